import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

/**
 * Builds a script the background injects with `scripting.executeScript` (the full content script)
 * as one self-contained IIFE at a fixed path in the extension. crxjs builds a `?script` import the
 * same way but also lists the file in `web_accessible_resources`, where any page could probe for it
 * to detect the extension; a file injected by the background needs no such entry. Runs after the
 * bundle is made, in a sub-build of its own (as crxjs does for manifest content scripts), so the
 * plugins after this one (`noHtmlSinks`) see its output.
 */
export function injectedScript(entry: string, fileName: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'finlens:injected-script',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root: config.root,
        mode: config.mode,
        resolve: config.resolve,
        define: config.define,
        oxc: config.oxc,
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          lib: { entry, formats: ['iife'], name: 'finlensFullStage', fileName: () => fileName },
          rolldownOptions: { output: { entryFileNames: fileName, inlineDynamicImports: true } },
          minify: config.build.minify,
          sourcemap: false,
          target: config.build.target,
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rolldown.RolldownOutput).output);
      const chunk = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) this.error(`${entry} built to no script`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}
