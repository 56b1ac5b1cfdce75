/**
 * GBK bytes for test answers (Tencent answers in GBK; Node can decode GBK but has no encoder). The
 * table is the decoder run backwards over every two-byte GBK code.
 */
let table: Map<string, number[]> | undefined;

function encodeTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** `text` as GBK bytes; throws on a character GBK cannot write (a test's own mistake). */
export function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = encodeTable().get(char);
      if (!pair) throw new Error(`GBK has no ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
