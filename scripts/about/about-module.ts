/**
 * The `virtual:finlens-about` module: what the options page's About section shows, generated at
 * each build from the files that are true of it (package.json, package-lock.json, the generated
 * data files' headers, PRIVACY.md), so it cannot drift from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { AboutData, ShippedPackage } from '../../extension/options/about-types.ts';
import { runtimePackages } from '../release/runtime-packages.ts';
import { dataPackages, modelHeader, securitiesHeader } from './data-headers.ts';
import { markdownBlocks } from './privacy-blocks.ts';

const ID = 'virtual:finlens-about';
const RESOLVED = `\0${ID}`;

/** The files the About section is generated from, relative to the project. */
export const ABOUT_INPUTS = {
  pkg: 'package.json',
  lock: 'package-lock.json',
  securities: 'src/securities/data/securities.generated.ts',
  model: 'src/claims/checkworthy-model.ts',
  privacy: 'PRIVACY.md',
} as const;

/** The About section's data from the project at `root`; throws when a file lacks what it must say. */
export function aboutData(root: string): AboutData {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const pkg = JSON.parse(read(ABOUT_INPUTS.pkg)) as { license?: unknown };
  const lock: unknown = JSON.parse(read(ABOUT_INPUTS.lock));
  const securities = securitiesHeader(read(ABOUT_INPUTS.securities));
  const libraries: ShippedPackage[] = runtimePackages(pkg, lock).map((p) => {
    if (!p.version || !p.license) throw new Error(`package-lock.json gives no version or licence for ${p.name}`);
    return { name: p.name, version: p.version, license: p.license, use: 'library' };
  });
  if (typeof pkg.license !== 'string') throw new Error('package.json names no licence');
  return {
    license: pkg.license,
    securities,
    claimsModel: modelHeader(read(ABOUT_INPUTS.model)),
    packages: [...libraries, ...dataPackages(securities.notes, lock)],
    privacy: markdownBlocks(read(ABOUT_INPUTS.privacy)),
  };
}

/** Serves `virtual:finlens-about` to the build, and rebuilds it when one of its inputs changes. */
export function aboutModule(root: string): Plugin {
  return {
    name: 'finlens:about',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const path of Object.values(ABOUT_INPUTS)) this.addWatchFile(join(root, path));
      return `export default ${JSON.stringify(aboutData(root))};`;
    },
  };
}
