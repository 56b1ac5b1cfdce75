import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkListings } from './check-listing.ts';
import { charCount, type Listing, loadListings, loadManifest, type ManifestPart, ROOT } from './listing.ts';

const manifest = loadManifest();
const listings = loadListings();

/** A deep copy of the real listings, to break one thing in. */
const copy = (): Record<string, Listing> => structuredClone(listings);

describe('store listings (the real files)', () => {
  it('has an English and a Chinese listing', () => {
    expect(Object.keys(listings).sort()).toEqual(['en', 'zh_CN']);
  });

  it('passes every check against the real manifest', () => {
    expect(checkListings(listings, manifest)).toEqual([]);
  });

  it("uses the manifest's own name and description (the store shows the package's description as the summary)", () => {
    for (const [locale, listing] of Object.entries(listings)) {
      const messages = JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8'));
      expect(listing.name, locale).toBe(messages.extName.message);
      expect(listing.shortDescription, locale).toBe(messages.extDescription.message);
    }
  });

  it('the Chinese listing is written in Chinese, with the UI terms', () => {
    const zh = listings.zh_CN!;
    const text = [zh.singlePurpose, ...zh.longDescription, ...Object.values(zh.hosts)].join('');
    const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(han / charCount(text)).toBeGreaterThan(0.5);
    for (const term of ['行情源', '论断', '要点', '发布以来', '设置']) expect(text).toContain(term);
  });
});

describe('checkListings finds what a store or reviewer would refuse', () => {
  it('a short description over 132 characters, counted as characters', () => {
    const broken = copy();
    broken.zh_CN!.shortDescription = '财'.repeat(133);
    expect(checkListings(broken, manifest)).toEqual(['zh_CN: shortDescription has 133 characters, over 132']);
    broken.zh_CN!.shortDescription = '财'.repeat(132); // 132 characters, 132 UTF-16 units, 396 UTF-8 bytes
    expect(checkListings(broken, manifest)).toEqual([]);
    broken.zh_CN!.shortDescription = '𠀀'.repeat(100); // 100 characters, 200 UTF-16 units
    expect(checkListings(broken, manifest)).toEqual([]);
  });

  it('a name over 75 characters', () => {
    const broken = copy();
    broken.en!.name = 'F'.repeat(76);
    expect(checkListings(broken, manifest)).toEqual(['en: name has 76 characters, over 75']);
  });

  it('a permission without a justification in one locale', () => {
    const broken = copy();
    delete (broken.zh_CN!.permissions as Record<string, string>).storage;
    expect(checkListings(broken, manifest)).toContain('zh_CN: no justification for the permission storage');
  });

  it('a host without a justification, or an empty one', () => {
    const broken = copy();
    broken.en!.hosts['https://qt.gtimg.cn/*'] = ' ';
    expect(checkListings(broken, manifest)).toEqual(['en: no justification for the host https://qt.gtimg.cn/*']);
  });

  it('a permission or host the manifest gains', () => {
    const more: ManifestPart = {
      ...manifest,
      permissions: [...(manifest.permissions ?? []), 'tabs'],
      optional_host_permissions: ['https://api.example.com/*'],
    };
    const problems = checkListings(listings, more);
    expect(problems).toContain('en: no justification for the permission tabs');
    expect(problems).toContain('zh_CN: no justification for the host https://api.example.com/*');
  });

  it('a justification for a host the manifest does not have, as a key or in the text', () => {
    const broken = copy();
    broken.en!.hosts['https://hq.sinajs.cn/*'] = 'Sina quotes.';
    broken.zh_CN!.hosts['https://hq.sinajs.cn/*'] = '新浪行情。';
    broken.zh_CN!.hosts['https://qt.gtimg.cn/*'] += ' 失败时改用 hq.sinajs.cn。';
    expect(checkListings(broken, manifest).sort()).toEqual([
      'en: host https://hq.sinajs.cn/* is justified but not in the manifest',
      'zh_CN: host https://hq.sinajs.cn/* is justified but not in the manifest',
      'zh_CN: the justification of https://qt.gtimg.cn/* names hq.sinajs.cn, not in the manifest',
    ]);
  });

  it('locales whose keys differ', () => {
    const broken = copy();
    (broken.en as unknown as Record<string, unknown>).privacyPolicy = 'https://…';
    broken.zh_CN!.category = { chromeWebStore: broken.zh_CN!.category.chromeWebStore! };
    expect(checkListings(broken, manifest)).toEqual([
      'zh_CN: lacks category.firefoxAddons, which en has',
      'zh_CN: lacks privacyPolicy, which en has',
      "zh_CN: category differs from en's",
    ]);
  });

  it('a listed picture that is not there, or lists of pictures that differ', () => {
    const broken = copy();
    broken.en!.images.promoTile = 'images/en/tile.png';
    delete (broken.zh_CN as Partial<Listing>).images;
    expect(checkListings(broken, manifest)).toEqual([
      'en: images/en/tile.png does not exist (npm run store:images makes it)',
      'zh_CN: no images',
      'zh_CN: lacks images, which en has',
      'zh_CN: lacks images.promoTile, which en has',
      'zh_CN: lacks images.screenshots, which en has',
      'zh_CN: lacks images.tagline, which en has',
    ]);
  });

  it('a missing or empty field', () => {
    const broken = copy();
    broken.en!.singlePurpose = '';
    broken.en!.longDescription = ['', ''];
    expect(checkListings(broken, manifest)).toEqual(['en: empty singlePurpose', 'en: empty longDescription']);
  });
});
