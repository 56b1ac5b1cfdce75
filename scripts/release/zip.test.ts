import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zip } from './zip.ts';

const entries = [
  { name: 'README.md', data: Buffer.from('# FinLens\n'.repeat(50)) },
  { name: 'src/数据.json', data: Buffer.from('{"a":1}') },
  { name: 'icons/empty.txt', data: Buffer.alloc(0) },
  { name: 'bin/random.bin', data: Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 97 + 13) % 256)) },
];

describe('zip', () => {
  it('is read back by another zip reader, every file byte for byte', async () => {
    const read = await JSZip.loadAsync(zip(entries));
    expect(Object.keys(read.files).sort()).toEqual(entries.map((e) => e.name).sort());
    for (const e of entries) {
      const file = read.file(e.name);
      expect(file, e.name).not.toBeNull();
      expect(Buffer.from(await (file as JSZip.JSZipObject).async('uint8array'))).toEqual(e.data);
    }
  });

  it('gives the same bytes for the same files, whenever it runs', () => {
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });

  it('compresses what compresses', () => {
    expect(zip(entries.slice(0, 1)).length).toBeLessThan(entries[0].data.length);
  });
});

describe('zip limits', () => {
  it('refuses more files than a zip without Zip64 can count', () => {
    const many = Array.from({ length: 0x10000 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(0) }));
    expect(() => zip(many)).toThrow(RangeError);
  });
});
