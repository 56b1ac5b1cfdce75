/**
 * The Traditional → Simplified character fold the engine reads Traditional Chinese with, derived
 * from OpenCC's character table (opencc-js, TSCharacters; Apache-2.0). Only one-to-one pairs of
 * BMP characters are kept, so folding never moves an offset. A Traditional character that is also
 * written in Simplified text (a key of OpenCC's Simplified → Traditional table, or a character of
 * a name the engine matches) is left alone, so folding Simplified text changes nothing it reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** OpenCC's version and table, named in the generated file's header. */
export const OPENCC_SOURCE = 'opencc-js 1.4.2, dict/TSCharacters (OpenCC, Apache-2.0)';

function table(name: string): string[][] {
  // The package's exports hide its files: find its root from its main entry (dist/umd/full.js).
  const root = dirname(dirname(dirname(require.resolve('opencc-js'))));
  const source = readFileSync(join(root, 'dist/esm-lib/dict', `${name}.js`), 'utf8');
  const body = source.match(/"([^"]*)"/)?.[1];
  if (!body) throw new Error(`opencc-js ${name}: unexpected format`);
  return body.split('|').map((entry) => entry.split(' '));
}

const single = (s: string | undefined): s is string => s !== undefined && s.length === 1;

/** `TSTS…`: each Traditional character followed by its Simplified one, sorted by the Traditional. */
export function traditionalFold(nameChars: ReadonlySet<string>): string {
  const simplifiedKeys = new Set(table('STCharacters').map(([s]) => s));
  const pairs: [string, string][] = [];
  for (const [t, s] of table('TSCharacters')) {
    if (!single(t) || !single(s) || t === s) continue;
    if (simplifiedKeys.has(t) || nameChars.has(t)) continue;
    pairs.push([t, s]);
  }
  pairs.sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
  return pairs.map(([t, s]) => t + s).join('');
}
