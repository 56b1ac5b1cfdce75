/** Renders icons/finlens.svg to the PNG sizes the manifest names (icons/png/icon-N.png). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'icons/finlens.svg'));
const outDir = join(root, 'icons/png');
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(outDir, `icon-${size}.png`), png);
}
console.log(`icons: wrote 16/32/48/128 px PNGs to ${outDir}`);
