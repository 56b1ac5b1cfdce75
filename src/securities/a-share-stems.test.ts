import { describe, expect, it } from 'vitest';
import { aShareStems } from './a-share-stems.ts';

// Rows in the generated format, the project's own: two names share the stem 华峰, one is delisted,
// one is an index, one is caught in a display form.
const ROWS = [
  'SH:688001|s|SSE|华峰测控|',
  'SH:688002|s|SSE|华峰铝业|',
  'SH:688003|s|SSE|中钢洛耐|',
  'SH:600004|s|SSE|邯郸钢铁||D2009-12-29',
  'SH:000005|i|SSE|上证指数|',
  'SH:600006|s|SSE|XD南钢股|',
  'HK:00007|s|HKEX|井松控股|',
].join('\n');

describe('aShareStems', () => {
  const stems = aShareStems(ROWS);
  it('keeps the first two or three characters and the last two of one listing', () => {
    expect(stems.get('中钢')).toBe('SH:688003');
    expect(stems.get('中钢洛')).toBe('SH:688003');
    expect(stems.get('洛耐')).toBe('SH:688003');
    expect(stems.get('华峰测')).toBe('SH:688001');
  });
  it('leaves out a stem two listings share', () => {
    expect(stems.has('华峰')).toBe(false);
  });
  it('reads a display form by its base', () => {
    expect(stems.get('南钢股')).toBe('SH:600006');
    expect(stems.get('南钢')).toBe('SH:600006');
  });
  it('leaves out delisted companies, indices and other markets', () => {
    expect(stems.has('邯郸')).toBe(false);
    expect(stems.has('上证')).toBe(false);
    expect(stems.has('井松')).toBe(false);
  });
  it('gives nothing for no rows', () => {
    expect(aShareStems('').size).toBe(0);
  });
});
