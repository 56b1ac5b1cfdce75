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

/**
 * A share's move right after its name: a percentage (`涨超8%`, `跌5.9%`, `也涨0.72%`) or a run of
 * limit-up days (`2板`, `7天6板`, `首板`). A price or a volume between them (`苹果价格跌5%`) is not.
 */
const PRICE_MOVE =
  /^(?:也|则|盘中|午后|早盘|尾盘|一度|股价)?(?:上|大|暴|急|收|微)?(?:[涨跌](?:超|逾|近)?\d+(?:\.\d+)?%|\d+天\d+板|\d+连?板|首板)/;

/**
 * A product in Latin letters right after a Chinese name (`苹果iPhone15`, `小米SU7`):
 * the company, not the fruit. An acronym alone (`机器人AI`) is no product.
 */
const PRODUCT_AFTER = /^(?:i?[A-Z][a-z]+(?:\s?\d{1,3})?|[A-Z]{1,4}\d{1,3})(?![A-Za-z0-9])/;

/** Whether the name is followed at once by the move of its shares. */
export function movesAfter(text: string, r: Range): boolean {
  return PRICE_MOVE.test(text.slice(r.end, r.end + 16));
}

/** What may open a line or a sentence before a headline's name: nothing, spaces, or an opening bracket. */
const HEADLINE_START = /(?:^|[。！？!?；;\n])[\s【「『《“(（[]*$/;

/**
 * What a company's announcement headline says it did or received: a filing, a contract, an
 * approval, a change of name or of people, an amount (`…签署协议`, `…获得批准`, `…辞去公司董事`).
 */
const HEADLINE_WORDS =
  /公司|公告|证券|股份|股东|董事|签署|签订|合同|协议|中标|获得|收到|取得|拟|预计|发布|披露|变更|辞去|聘任|选举|项目|投资|收购|[亿万]元/;

/** How much of a headline is read for what it says. */
const HEADLINE_REACH = 40;

/**
 * Whether the name opens a one-line announcement headline: at the start of a line or a sentence,
 * a full-width colon right after it, and the headline says what the company did
 * (`中环股份：6月20日起公司证券简称变更`). A review's headings (`爱迪尔：动力输出温和`) say no such thing.
 */
export function opensHeadline(text: string, r: Range): boolean {
  if (text.charCodeAt(r.end) !== 0xff1a) return false;
  // Four characters before it; past the text's start, a stand-in letter keeps `^` from matching mid-line.
  const from = Math.max(0, r.start - 4);
  if (!HEADLINE_START.test((from > 0 ? 'x' : '') + text.slice(from, r.start))) return false;
  const rest = text.slice(r.end + 1, r.end + 1 + HEADLINE_REACH);
  const stop = rest.search(SENTENCE_END);
  return HEADLINE_WORDS.test(stop >= 0 ? rest.slice(0, stop) : rest);
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
 * Whether a name that is also a word names the company here. Any name does with a company word or
 * its code after it, or its shares' move right after it (`Booking涨超5%`, `苹果跌超3%`). A Chinese
 * name needs finance words within a few characters, a product of its right after it (`苹果iPhone15`),
 * or to open an announcement headline (an
 * ordinary word: in a text about finance); a place or a person's name takes a text about finance
 * too. An English one needs finance talk in its sentence without being part of a longer
 * capitalised name. The commonest words (`needsCompanyWord`) take a company word, code or move only.
 */
export function namesTheCompany(text: string, n: NameCandidate, financeText: () => boolean): boolean {
  if (n.companyWord || CODE_AFTER.test(text.slice(n.end, n.end + 16)) || movesAfter(text, n)) return true;
  if (n.entry.needsCompanyWord) return false;
  // Chinese by either end: `XD贵州茅` and `TCL中环` are read as Chinese names are.
  const first = Math.max(text.charCodeAt(n.start), text.charCodeAt(n.end - 1));
  if (first >= 0x3400) {
    if (hasChineseContext(text, n) || PRODUCT_AFTER.test(text.slice(n.end, n.end + 16))) return true;
    if (opensHeadline(text, n)) return n.entry.financeTextSuffices || financeText();
    return n.entry.financeTextSuffices && financeText();
  }
  if (insideLongerName(text, n)) return false;
  return ENGLISH_CONTEXT.test(englishSentence(text, n));
}
