/**
 * A minimal, reproducible zip writer (deflate, Node's zlib): every entry carries the same fixed
 * time, so the same files give the same bytes, whoever packs them and whenever.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One file of the archive: a `/`-separated path and its bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

// 1980-01-01 00:00, the earliest time a zip can hold (DOS date format).
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The zip archive of `entries`, in the order given; a RangeError past 65,535 files or 4 GB (no Zip64). */
export function zip(entries: readonly ZipEntry[]): Buffer {
  // No Zip64: past these limits the archive would be corrupt, so say so instead.
  if (entries.length > 0xffff) throw new RangeError(`zip: ${entries.length} files, more than 65,535`);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    const packed = deflateRawSync(entry.data, { level: 9 });
    // Stored when deflate does not help (already compressed files such as PNG).
    const deflated = packed.length < entry.data.length;
    const body = deflated ? packed : Buffer.from(entry.data);
    const fields = { method: deflated ? 8 : 0, crc, size: body.length, raw: entry.data.length, name };
    const local = header(0x04034b50, fields, offset, false);
    locals.push(local, body);
    centrals.push(header(0x02014b50, fields, offset, true));
    offset += local.length + body.length;
    if (offset > 0xffffffff) throw new RangeError('zip: the archive would pass 4 GB');
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

type Fields = { method: number; crc: number; size: number; raw: number; name: Buffer };

function header(signature: number, f: Fields, offset: number, central: boolean): Buffer {
  const fixed = central ? 46 : 30;
  const out = Buffer.alloc(fixed + f.name.length);
  let at = 0;
  const u16 = (v: number) => {
    out.writeUInt16LE(v, at);
    at += 2;
  };
  const u32 = (v: number) => {
    out.writeUInt32LE(v >>> 0, at);
    at += 4;
  };
  u32(signature);
  if (central) u16(20); // made by: zip 2.0
  u16(20); // needed to extract: zip 2.0
  u16(0x0800); // flags: names are UTF-8
  u16(f.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(f.crc);
  u32(f.size);
  u32(f.raw);
  u16(f.name.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0o100644 << 16); // external attributes: a regular file, rw-r--r--
    u32(offset);
  }
  f.name.copy(out, at);
  return out;
}
