import type { Plugin } from 'vite';

/**
 * Removes Preact's one HTML sink from the built extension. Preact writes `dangerouslySetInnerHTML`
 * through `el.innerHTML = value.__html` (and clears it with `el.innerHTML = ""`). FinLens never
 * uses that prop, and page text and quote data must never become HTML, so the sink is rewritten to
 * `textContent`: were the prop ever passed, its value would show as text. This also keeps
 * `web-ext lint` free of UNSAFE_VAR_ASSIGNMENT. Runs on the final bundle because crxjs builds the
 * content-script IIFE in a sub-build that does not take the parent's plugins.
 */
export function noHtmlSinks(): Plugin {
  const SINKS: [RegExp, string][] = [
    [/\b([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*([A-Za-z_$][\w$]*)\.__html\b/g, '$1.textContent = $2.__html'],
    [/\b([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*""/g, '$1.textContent = ""'],
  ];
  const ANY_SINK = /\.innerHTML\s*=(?!=)|\.outerHTML\s*=(?!=)|insertAdjacentHTML|document\.write\(/;
  return {
    name: 'finlens:no-html-sinks',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!file.fileName.endsWith('.js')) continue;
        const source = file.type === 'chunk' ? file.code : String(file.source);
        let patched = source;
        for (const [pattern, replacement] of SINKS) patched = patched.replace(pattern, replacement);
        if (ANY_SINK.test(patched)) {
          this.error(
            `${file.fileName} writes HTML (${ANY_SINK.exec(patched)?.[0]}): FinLens builds may not contain HTML sinks.`,
          );
        }
        if (file.type === 'chunk') file.code = patched;
        else file.source = patched;
      }
    },
  };
}
