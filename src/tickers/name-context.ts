import type { Range } from './candidate.ts';
import type { NameCandidate } from './company-name.ts';

/**
 * Words that make an ordinary-word Chinese name (`苹果`, `天津港`) mean the listed company: talk of
 * its shares, filings, results, board, deals and capital (减持, 回购, 定增, 中标, 并购). Sector talk (`机器人概念股`, `农产品板块`) and bare figures
 * (`农产品出口增长5%`) are not enough.
 */
const CHINESE_CONTEXT =
  /股价|股份|股票|个股|市值|涨停|跌停|停牌|连板|封板|公告|披露|财报|年报|季报|业绩|营收|净利|亏损|股东|董事|估值|减持|增持|回购|定增|募资|分红|并购|重组|中标|退市|摘牌|\bshares?\b|\bstock\b|\bInc\b|\bCorp|\bearnings\b|\bNYSE\b|\bNasdaq\b/i;
const CHINESE_REACH = 16;

/**
 * Words that make an English name that is also a word (Apple, Visa, Caterpillar, UBS) mean the
 * company: its shares, results, deals, executives, filings, ratings. Looked for in the name's
 * sentence.
 */
const ENGLISH_CONTEXT =
  /\b(?:shares?|stocks?|shareholders?|investors?|earnings|results|revenues?|profits?|sales|quarter(?:ly)?|fiscal|dividends?|guidance|forecasts?|outlook|analysts?|valuation|market (?:value|cap)|IPO|listed|NYSE|Nasdaq|S&P|CEO|CFO|chief executive|executives?|chairman|board|(?:co-)?founder|deal|merger|acquisitions?|acquire[sd]?|takeover|bid|stake|filings?|SEC|regulators?|lawsuit|sued|layoffs|jobs|company|companies|firm|maker|retailer|lender|bank|brand|rival|suppliers?|customers?|Inc|Corp|Co|plc|Ltd|AG|[Tt]icker|price target|rating|upgraded?|downgraded?|billion|million)\b|\d%/;
/** How far a sentence is looked at on each side of an English name. */
const ENGLISH_REACH = 200;

/** A Reuters code right after a name, of any exchange: `Shell <SHEL.L>`, `ASML (ASML.AS)`. */
const CODE_AFTER = /^\s?[<(（][A-Za-z0-9]{1,8}\.[A-Za-z]{1,3}[>)）]/;

/** What joins the names of a list: `Apple, Intel and TSMC`, `BP and Chevron`, `上海机场、白云机场`. */
const LIST_JOINER = /^(?:,\s?|\s(?:and|or|&)\s|,\s(?:and|or)\s|、|和|与|及)$/;

/**
 * Whether a name stands in a list with a company found on its own (`BP and Chevron`, `CureVac and
 * GSK`, `同仁堂、信邦制药`): being listed with companies is a company's context.
 */
export function listedWithCompany(text: string, n: Range, found: readonly Range[]): boolean {
  // `found` is sorted by start and its ranges do not overlap: look at the neighbours only.
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].start < n.start) lo = mid + 1;
    else hi = mid;
  }
  const before = found[lo - 1];
  const after = found[lo];
  return (
    (before !== undefined && n.start - before.end <= 6 && LIST_JOINER.test(text.slice(before.end, n.start))) ||
    (after !== undefined && after.start - n.end <= 6 && LIST_JOINER.test(text.slice(n.end, after.start)))
  );
}

/** Where a sentence or clause ends: context is looked for within the name's own sentence. */
const SENTENCE_END = /[。！？!?；;\n]/;

/** Whether a Chinese name has finance words next to it, within its sentence. */
export function hasChineseContext(text: string, r: Range): boolean {
  let before = text.slice(Math.max(0, r.start - CHINESE_REACH), r.start);
  let after = text.slice(r.end, r.end + CHINESE_REACH);
  const cut = Math.max(...[...'。！？!?；;\n'].map((c) => before.lastIndexOf(c)));
  if (cut >= 0) before = before.slice(cut + 1);
  const stop = after.search(SENTENCE_END);
  if (stop >= 0) after = after.slice(0, stop);
  return CHINESE_CONTEXT.test(before) || CHINESE_CONTEXT.test(after);
}

/** The sentence around `r` (at most ENGLISH_REACH characters on each side). */
function englishSentence(text: string, r: Range): string {
  let from = Math.max(0, r.start - ENGLISH_REACH);
  for (let i = r.start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    // ". " ends a sentence unless it follows a single capital (J. P. Morgan, U.S.).
    if (
      c === 10 ||
      ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && !/[A-Z]/.test(text.charAt(i - 1)))
    ) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, r.end + ENGLISH_REACH);
  for (let i = r.end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || text.charCodeAt(i + 1) === 32))) {
      to = i;
      break;
    }
  }
  return text.slice(from, r.start) + text.slice(r.end, to);
}

/** A capitalised word right before the name… */
const CAPITALISED_BEFORE = /[A-Z][A-Za-z]*\s$/;
/** …that is not a sentence's first word or a word news puts before company names. */
const PLAIN_WORD_BEFORE =
  /(?:^|[\s"“(])(?:The|In|At|For|On|And|But|As|From|With|By|To|Of|Rival|Shares|Analysts|Investors)\s$/;
/** A capitalised word right after the name that is not a company word. */
const CAPITALISED_AFTER = /^\s(?!Inc|Corp|Co\b|Ltd|[Pp]lc|AG|SE|Group|Holdings)[A-Z][a-z]/;

/** A capitalised word right before or after the name: it is part of a longer name (Southern California, Apple Music). */
function insideLongerName(text: string, r: Range): boolean {
  const before = text.slice(Math.max(0, r.start - 20), r.start);
  if (CAPITALISED_BEFORE.test(before) && !PLAIN_WORD_BEFORE.test(before)) return true;
  return CAPITALISED_AFTER.test(text.slice(r.end, r.end + 12));
}

/**
 * Whether a name that is also a word names the company here. A Chinese name needs finance words
 * within a few characters (a place or a person's name: or a text about finance); an English one a company word after it (Inc, Corp), or finance talk in
 * its sentence without being part of a longer capitalised name. The commonest words (`needsCompanyWord`)
 * take the company word only.
 */
export function namesTheCompany(text: string, n: NameCandidate, financeText: () => boolean): boolean {
  if (n.companyWord || CODE_AFTER.test(text.slice(n.end, n.end + 16))) return true;
  if (n.entry.needsCompanyWord) return false;
  const first = text.charCodeAt(n.start);
  // A place or a person's name (白云山, 张家界) is the company in a text about finance; a word
  // (农产品, 大酒店, 美的) needs finance words beside it.
  if (first >= 0x3400) return hasChineseContext(text, n) || (n.entry.financeTextSuffices && financeText());
  if (insideLongerName(text, n)) return false;
  return ENGLISH_CONTEXT.test(englishSentence(text, n));
}
