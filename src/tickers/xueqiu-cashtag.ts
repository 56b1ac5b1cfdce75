import type { ResolvedCode } from '../securities/symbol-code.ts';
import { resolveXueqiuCode } from '../securities/symbol-code.ts';

/** A Xueqiu cashtag found in text, with the name it carries. */
export interface XueqiuMatch {
  start: number;
  end: number;
  nameInText: string;
  security: ResolvedCode;
}

/**
 * `$名称(代码)$`, written back to back with no separator on Xueqiu. The name may itself hold
 * parentheses (`易方达中证海外中国互联网50(QDII-ETF)`), so the lazy name stops at the last
 * parenthesised group directly before the closing `$`. Full-width `＄（）` are accepted too.
 */
const XUEQIU = /[$＄]([^$＄\n\r]{1,60}?)[(（]([A-Za-z0-9.-]{1,16})[)）][$＄]/gu;

/** Finds every Xueqiu cashtag whose code has a known form. */
export function findXueqiuCashtags(text: string): XueqiuMatch[] {
  const found: XueqiuMatch[] = [];
  for (const m of text.matchAll(XUEQIU)) {
    const security = resolveXueqiuCode(m[2]);
    const nameInText = m[1].trim();
    if (!security || nameInText === '') continue;
    found.push({ start: m.index, end: m.index + m[0].length, nameInText, security });
  }
  return found;
}
