import type { ResolvedCode } from './securities/symbol-code.ts';
import { findCashtags } from './tickers/cashtag.ts';
import { findXueqiuCashtags } from './tickers/xueqiu-cashtag.ts';
import type { Analysis, LocatedMention, Mention, MentionKind, Security } from './types.ts';

export type { Analysis, LocatedMention, Mention, Security } from './types.ts';

/** What `analyze()` reads: the text of a page (or a plain-text document). */
export interface AnalyzeInput {
  text: string;
}

/** Finds the securities a text names, each with every mention and its UTF-16 offsets. */
export function analyze(input: AnalyzeInput): Analysis {
  const text = typeof input?.text === 'string' ? input.text : '';
  const securities = new Map<string, Security>();
  const add = (code: ResolvedCode, mention: Mention, nameInText?: string) => {
    let security = securities.get(code.id);
    if (!security) {
      security = {
        id: code.id,
        symbol: code.symbol,
        market: code.market,
        type: code.type,
        name: { ...code.name },
        mentions: [],
      };
      securities.set(code.id, security);
    }
    if (nameInText && !security.name.zh && /\p{Script=Han}/u.test(nameInText)) security.name.zh = nameInText;
    security.mentions.push(mention);
  };
  const mention = (start: number, end: number, kind: MentionKind): Mention => ({
    start,
    end,
    text: text.slice(start, end),
    kind,
  });

  const xueqiu = findXueqiuCashtags(text);
  for (const m of xueqiu) add(m.security, mention(m.start, m.end, 'xueqiu'), m.nameInText);
  for (const m of findCashtags(text, xueqiu)) add(m.security, mention(m.start, m.end, 'cashtag'));

  const list = [...securities.values()];
  for (const s of list) {
    s.mentions.sort((a, b) => a.start - b.start);
    s.name = dropEmpty(s.name);
  }
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { article: { text }, securities: list };
}

/** Every mention of every security, in text order, as the annotator wraps them. */
export function locatedMentions(analysis: Analysis): LocatedMention[] {
  return analysis.securities
    .flatMap((s) => s.mentions.map((m) => ({ ...m, securityId: s.id })))
    .sort((a, b) => a.start - b.start);
}

function dropEmpty(name: { zh?: string; en?: string }): { zh?: string; en?: string } {
  const out: { zh?: string; en?: string } = {};
  if (name.zh) out.zh = name.zh;
  if (name.en) out.en = name.en;
  return out;
}
