/** Bytes of an HTML page to text, in the charset it declares (GBK and GB2312 pages are common in Chinese news). */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // The declaration sits in the first kilobytes, in ASCII whatever the page's charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = declared === 'gb2312' || declared === 'gbk' ? 'gb18030' : declared;
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label: UTF-8, with replacement characters where the bytes disagree.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
