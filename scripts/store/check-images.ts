/** What is wrong with a listing's pictures: each listed file must exist under `store/` and be a PNG of a size the stores take. */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { IMAGE_SIZES, type ListingImages, MAX_SCREENSHOTS } from './listing.ts';
import { isOpaqueRgb24, readPngHeader } from './png-header.ts';

type Sizes = readonly (readonly [number, number])[];

const sizeText = (sizes: Sizes) => sizes.map(([w, h]) => `${w}×${h}`).join(' or ');

/** One listed file's problems: outside `store/`, missing, not a PNG, a size the store refuses, alpha. */
function checkImageFile(locale: string, path: unknown, sizes: Sizes, storeDir: string): string[] {
  if (typeof path !== 'string' || path.trim() === '') return [`${locale}: an image path is empty`];
  const file = resolve(storeDir, path);
  const inside = relative(storeDir, file);
  if (isAbsolute(path) || inside.startsWith('..') || isAbsolute(inside))
    return [`${locale}: ${path} is outside store/`];
  if (!existsSync(file)) return [`${locale}: ${path} does not exist (npm run store:images makes it)`];
  const header = readPngHeader(file);
  if (!header) return [`${locale}: ${path} is not a PNG`];
  const problems: string[] = [];
  if (!sizes.some(([w, h]) => header.width === w && header.height === h)) {
    problems.push(`${locale}: ${path} is ${header.width}×${header.height}, not ${sizeText(sizes)}`);
  }
  if (!isOpaqueRgb24(header)) {
    problems.push(
      `${locale}: ${path} is not opaque 24-bit RGB (colour type ${header.colourType}, ${header.bitDepth} bits a channel)`,
    );
  }
  return problems;
}

/** A listing's pictures: a tagline for the tile, one to five screenshots, the promotional tile; each file as the stores take it. */
export function checkImages(locale: string, images: ListingImages | undefined, storeDir: string): string[] {
  if (!images || typeof images !== 'object') return [];
  const problems: string[] = [];
  if (typeof images.tagline !== 'string' || images.tagline.trim() === '')
    problems.push(`${locale}: empty images.tagline`);
  const shots = Array.isArray(images.screenshots) ? images.screenshots : [];
  if (shots.length === 0) problems.push(`${locale}: no screenshots`);
  if (shots.length > MAX_SCREENSHOTS) {
    problems.push(`${locale}: ${shots.length} screenshots, over the store's ${MAX_SCREENSHOTS}`);
  }
  for (const shot of shots) problems.push(...checkImageFile(locale, shot, IMAGE_SIZES.screenshot, storeDir));
  problems.push(...checkImageFile(locale, images.promoTile, IMAGE_SIZES.promoTile, storeDir));
  return problems;
}
