/** Which files of the repository go into the source package AMO asks for with bundled code. */

/** Top-level folders whose files are the sources of the build. */
const SOURCE_DIRS = ['src/', 'extension/', 'scripts/', 'icons/', '_locales/', 'bin/'];
/** Top-level files the build reads or a reviewer needs to run it. */
const SOURCE_FILES = new Set([
  'manifest.json',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'vitest.config.ts',
  'biome.json',
  'BUILD.md',
  'README.md',
  'CHANGELOG.md',
  'PRIVACY.md',
  'SECURITY.md',
]);
/** What a build or a run writes: never shipped as source, wherever it sits. */
const GENERATED = [/(^|\/)node_modules\//, /(^|\/)dist\//, /(^|\/)test-results\//, /(^|\/)reports\//, /^release\//];

/** Whether `path` (relative, `/`-separated) is a source file of the build. */
export function isSourceFile(path: string): boolean {
  if (path.startsWith('/') || path.split('/').includes('..')) return false;
  if (GENERATED.some((re) => re.test(path))) return false;
  // The PNG icons are drawn from icons/finlens.svg by `npm run icons`.
  if (path.startsWith('icons/png/')) return false;
  if (SOURCE_FILES.has(path) || /^tsconfig[\w.-]*\.json$/.test(path)) return true;
  return SOURCE_DIRS.some((dir) => path.startsWith(dir));
}

/** The source files among `paths`, sorted (so the package's order does not depend on the file system). */
export function sourceFiles(paths: readonly string[]): string[] {
  return [...new Set(paths.map((p) => p.replaceAll('\\', '/')))].filter(isSourceFile).sort();
}

/** The files the source package cannot do without; a release stops when one is missing. */
export const REQUIRED_SOURCE_FILES: readonly string[] = [
  'BUILD.md',
  'README.md',
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
];
