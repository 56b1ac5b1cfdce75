import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImages } from './check-images.ts';
import { type ListingImages, loadListings, ROOT } from './listing.ts';
import { pngHeader, readPngHeader } from './png-header.ts';

/** The first bytes of a PNG as an encoder writes them: signature, then the IHDR chunk (its CRC left zero: not read). */
function pngStart(width: number, height: number, colourType = 2, bitDepth = 8, chunk = 'IHDR'): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set(
    [...chunk].map((c) => c.charCodeAt(0)),
    12,
  );
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes[24] = bitDepth;
  bytes[25] = colourType;
  return bytes;
}

describe('pngHeader', () => {
  it('reads the size, bit depth and colour type from IHDR', () => {
    expect(pngHeader(pngStart(1280, 800))).toEqual({ width: 1280, height: 800, bitDepth: 8, colourType: 2 });
    expect(pngHeader(pngStart(440, 280, 6))).toEqual({ width: 440, height: 280, bitDepth: 8, colourType: 6 });
  });

  it('refuses what is not a PNG: another signature, a short file, another first chunk', () => {
    const jpeg = pngStart(1280, 800);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(pngHeader(jpeg)).toBeUndefined();
    expect(pngHeader(pngStart(1280, 800).subarray(0, 20))).toBeUndefined();
    expect(pngHeader(pngStart(1280, 800, 2, 8, 'IDAT'))).toBeUndefined();
  });

  it('reads a PNG written by Chromium (a committed store screenshot)', () => {
    const [shot] = loadListings().en!.images.screenshots;
    expect(readPngHeader(join(ROOT, 'store', shot!))).toEqual({ width: 1280, height: 800, bitDepth: 8, colourType: 2 });
  });
});

describe('checkImages finds pictures a store would refuse', () => {
  let store: string;
  const put = (name: string, bytes: Uint8Array) => writeFileSync(join(store, 'images', name), bytes);
  const images = (patch: Partial<ListingImages> = {}): ListingImages => ({
    tagline: 'Stocks and claims, marked as you read',
    screenshots: ['images/shot.png'],
    promoTile: 'images/tile.png',
    ...patch,
  });

  beforeAll(() => {
    store = mkdtempSync(join(tmpdir(), 'finlens-store-test-'));
    mkdirSync(join(store, 'images'));
    put('shot.png', pngStart(1280, 800));
    put('small.png', pngStart(640, 400));
    put('tile.png', pngStart(440, 280));
    put('wide.png', pngStart(1100, 800));
    put('alpha.png', pngStart(1280, 800, 6));
    put('sixteen.png', pngStart(1280, 800, 2, 16));
    put('photo.jpg.png', new TextEncoder().encode('\xff\xd8 not a png at all, just bytes'));
  });
  afterAll(() => rmSync(store, { recursive: true, force: true }));

  it('passes 1280×800 and 640×400 screenshots and a 440×280 tile, all 24-bit RGB', () => {
    expect(checkImages('en', images({ screenshots: ['images/shot.png', 'images/small.png'] }), store)).toEqual([]);
  });

  it('a listed picture that is missing', () => {
    expect(checkImages('en', images({ screenshots: ['images/gone.png'] }), store)).toEqual([
      'en: images/gone.png does not exist (npm run store:images makes it)',
    ]);
  });

  it('a screenshot of another size, and a tile of a screenshot size', () => {
    expect(
      checkImages('zh_CN', images({ screenshots: ['images/wide.png'], promoTile: 'images/shot.png' }), store),
    ).toEqual([
      'zh_CN: images/wide.png is 1100×800, not 1280×800 or 640×400',
      'zh_CN: images/shot.png is 1280×800, not 440×280',
    ]);
  });

  it('alpha or 16 bits a channel', () => {
    expect(checkImages('en', images({ screenshots: ['images/alpha.png', 'images/sixteen.png'] }), store)).toEqual([
      'en: images/alpha.png is not opaque 24-bit RGB (colour type 6, 8 bits a channel)',
      'en: images/sixteen.png is not opaque 24-bit RGB (colour type 2, 16 bits a channel)',
    ]);
  });

  it('a file that is not a PNG, and a path out of store/', () => {
    expect(checkImages('en', images({ screenshots: ['images/photo.jpg.png', '../README.md'] }), store)).toEqual([
      'en: images/photo.jpg.png is not a PNG',
      'en: ../README.md is outside store/',
    ]);
  });

  it('no screenshots, more than the five the store shows, an empty tagline', () => {
    expect(checkImages('en', images({ screenshots: [], tagline: ' ' }), store)).toEqual([
      'en: empty images.tagline',
      'en: no screenshots',
    ]);
    expect(checkImages('en', images({ screenshots: Array(6).fill('images/shot.png') }), store)).toEqual([
      "en: 6 screenshots, over the store's 5",
    ]);
  });
});

describe('the committed pictures', () => {
  it('weigh under 2 MB together, and each listing names its own', () => {
    const listings = loadListings();
    let total = 0;
    for (const [locale, { images }] of Object.entries(listings)) {
      const files = [...images.screenshots, images.promoTile];
      expect(files.every((f) => f.startsWith(`images/${locale}/`))).toBe(true);
      for (const file of files) total += statSync(join(ROOT, 'store', file)).size;
    }
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});
