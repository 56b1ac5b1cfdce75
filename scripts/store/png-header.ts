/**
 * A PNG's size and pixel format, read from its IHDR chunk (the first 33 bytes of every PNG), so the
 * listing check needs no image library.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** What a PNG's header says of its pixels. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey with alpha, 6 RGB with alpha. */
  colourType: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The signature, the IHDR chunk's length and type, and its 13 bytes of data. */
const HEADER_BYTES = 8 + 8 + 13;

/** The header of a PNG's first bytes; undefined when they are not a PNG's (no signature, no IHDR first). */
export function pngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < HEADER_BYTES || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colourType: bytes[25]! };
}

/** The header of the PNG file at `path`; undefined when it is not a PNG. Throws when the file cannot be read. */
export function readPngHeader(path: string): PngHeader | undefined {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(HEADER_BYTES);
    const read = readSync(fd, bytes, 0, HEADER_BYTES, 0);
    return pngHeader(bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Opaque 24-bit colour: 8 bits a channel, RGB, no alpha (what the Chrome Web Store asks of screenshots). */
export const isOpaqueRgb24 = (h: PngHeader): boolean => h.colourType === 2 && h.bitDepth === 8;
