import { TRADITIONAL_FOLD } from '../securities/data/securities.generated.ts';

/** Traditional → Simplified (and full-width Latin letters → ASCII) by UTF-16 code unit; 0 where a character stays as it is. Built on first use. */
let table: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < TRADITIONAL_FOLD.length; i += 2)
      table[TRADITIONAL_FOLD.charCodeAt(i)] = TRADITIONAL_FOLD.charCodeAt(i + 1);
    // Full-width Latin letters, as Chinese text writes share classes (万科Ａ, 苏常柴Ａ): the names are NFKC.
    for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xfee0;
    for (let c = 0xff41; c <= 0xff5a; c++) table[c] = c - 0xfee0;
  }
  return table;
}

/**
 * `text` with its Traditional Chinese characters written in Simplified (騰訊 → 腾讯, 預計 → 预计)
 * and its full-width Latin letters in ASCII (万科Ａ → 万科A), one code unit for one, so every offset into it is an offset into `text`. The engine reads the
 * folded text and reports spans of the original. Text with nothing to fold is returned as is.
 */
export function foldTraditional(text: string): string {
  const map = foldTable();
  let i = 0;
  while (i < text.length && map[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    units[k] = map[c] || c;
  }
  // In slices: String.fromCharCode takes a bounded number of arguments.
  let out = '';
  for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.subarray(k, k + 8192));
  return out;
}
