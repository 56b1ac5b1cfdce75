import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode.ts';
import { analyzeHtml } from './html-input.ts';

/** A page declaring `charset`, with `body` given as the bytes of that charset. */
function page(charset: string, body: number[]): Uint8Array {
  const head = new TextEncoder().encode(`<html><head><meta charset="${charset}"></head><body><p>`);
  const tail = new TextEncoder().encode('</p></body></html>');
  return new Uint8Array([...head, ...body, ...tail]);
}

describe('decodeHtml', () => {
  it('reads a GBK page (declared gb2312, as Sina and Eastmoney pages are)', () => {
    // 腾讯控股涨3% in GBK.
    const bytes = page('gb2312', [0xcc, 0xda, 0xd1, 0xb6, 0xbf, 0xd8, 0xb9, 0xc9, 0xd5, 0xc7, 0x33, 0x25]);
    expect(decodeHtml(bytes)).toContain('<p>腾讯控股涨3%</p>');
  });

  it('reads a Big5 page in Traditional Chinese, and the engine finds its securities', () => {
    // 騰訊控股漲3% in Big5.
    const bytes = page('big5', [0xc4, 0xcb, 0xb0, 0x54, 0xb1, 0xb1, 0xaa, 0xd1, 0xba, 0xa6, 0x33, 0x25]);
    const html = decodeHtml(bytes);
    expect(html).toContain('<p>騰訊控股漲3%</p>');
    expect(analyzeHtml(html).securities.map((s) => [s.id, s.mentions[0].text])).toEqual([['HK:00700', '騰訊控股']]);
  });

  it('falls back to UTF-8 for an unknown charset, and honours a UTF-8 BOM', () => {
    expect(decodeHtml(page('x-unknown', [...new TextEncoder().encode('百度')]))).toContain('百度');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>百度</p>')]))).toBe(
      '<p>百度</p>',
    );
  });
});
