import { resolveXueqiuCode } from '../securities/resolve.ts';
import type { Candidate } from './candidate.ts';

/**
 * `$名称(代码)$`, written back to back with no separator on Xueqiu. The name may itself hold
 * parentheses (`易方达中证海外中国互联网50(QDII-ETF)`), so the lazy name stops at the last
 * parenthesised group directly before the closing `$`. Full-width `＄（）` are accepted too.
 */
const XUEQIU = /[$＄]([^$＄\n\r]{1,60}?)[(（]([A-Za-z0-9.-]{1,16})[)）][$＄]/g;

/** Finds every Xueqiu cashtag whose code has a known form. */
export function findXueqiuCashtags(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(XUEQIU)) {
    const security = resolveXueqiuCode(m[2]);
    const nameInText = m[1].trim();
    if (!security || nameInText === '') continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'xueqiu', security, nameInText });
  }
  return found;
}

/** `https://xueqiu.com/S/SH600519` (and `/s/`, with or without a query) → the code. */
const XUEQIU_STOCK_URL = /^(?:https?:)?\/\/(?:www\.|m\.)?xueqiu\.com\/[Ss]\/([A-Za-z0-9.-]{1,16})(?:[/?#]|$)/;

/** A link whose target is a Xueqiu security page (Xueqiu's rendered cashtag): its text is the mention. */
export function findXueqiuLinks(links: readonly { start: number; end: number; href: string }[]): Candidate[] {
  const found: Candidate[] = [];
  for (const link of links) {
    const m = XUEQIU_STOCK_URL.exec(link.href);
    const security = m ? resolveXueqiuCode(decodeURIComponentSafe(m[1])) : undefined;
    if (security && link.end > link.start) found.push({ start: link.start, end: link.end, kind: 'link', security });
  }
  return found;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
