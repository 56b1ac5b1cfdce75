import { describe, expect, it } from 'vitest';
import { isSourceFile, REQUIRED_SOURCE_FILES, sourceFiles } from './source-files.ts';

describe('the source package', () => {
  it('holds what the build reads', () => {
    for (const path of [
      'src/index.ts',
      'src/tsconfig.json',
      'extension/background/index.ts',
      'extension/options/index.html',
      'scripts/build-icons.ts',
      'scripts/no-html-sinks.ts',
      'icons/finlens.svg',
      '_locales/zh_CN/messages.json',
      'manifest.json',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'vite.config.ts',
      'BUILD.md',
      'README.md',
    ])
      expect(isSourceFile(path), path).toBe(true);
  });

  it('holds nothing generated, and nothing the build does not need', () => {
    for (const path of [
      'dist/firefox/manifest.json',
      'dist/finlens-chrome-0.1.0.zip',
      'node_modules/preact/package.json',
      'test-results/unit.json',
      'reports/bench.json',
      'release/finlens-0.1.0-source.zip',
      'icons/png/icon-16.png',
      'scripts/eval/node_modules/x.js',
      'e2e/card.e2e.ts',
      'docs/ARCHITECTURE.md',
      '.ci/run',
      '.gitignore',
      'notes.txt',
      '../outside/src/x.ts',
      'src/../../x.ts',
      '/src/index.ts',
    ])
      expect(isSourceFile(path), path).toBe(false);
  });

  it('sorts, drops duplicates and reads Windows separators', () => {
    expect(sourceFiles(['vite.config.ts', 'src\\b.ts', 'dist/a.js', 'src/b.ts', 'README.md'])).toEqual([
      'README.md',
      'src/b.ts',
      'vite.config.ts',
    ]);
  });

  it('requires only files it would include', () => {
    for (const path of REQUIRED_SOURCE_FILES) expect(isSourceFile(path), path).toBe(true);
  });
});
