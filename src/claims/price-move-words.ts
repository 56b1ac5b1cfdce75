/**
 * The words of a price move, in Simplified Chinese (Traditional is folded to it first) and English:
 * which way, on what basis, about which session. Matched on claim text, never on HTML.
 */
import type { MoveBasis, MoveDirection, SessionRef } from './price-move-types.ts';

/**
 * Direction words, longest first. 涨/跌 alone cover 涨幅, 涨超, 跌逾; the words that hold 涨/跌 but
 * say no move of the stock (看涨, 涨价, 涨跌) are refused by `NOT_A_MOVE` around the match.
 */
export const DIRECTION =
  /涨停|跌停|收涨|收跌|大涨|暴涨|大跌|暴跌|上涨|下跌|飙升|重挫|高开|低开|走高|走低|上扬|攀升|下挫|回落|涨|跌|\blimit[- ]up\b|\blimit[- ]down\b|\b(?:closed|opened|ended|finished|were|was|is|are|trading|traded) (?:up|down|higher|lower)\b|\b(?:rose|risen|rises|fell|fallen|falls|jumped|jumps|slid|slides|gained|gains|lost|loses|climbed|climbs|dropped|drops|tumbled|tumbles|surged|surges|added|adds|shed|sheds|rallied|rallies|sank|sinks|plunged|plunges|soared|soars|slumped|slumps|declined|declines|advanced|advances|edged (?:up|down|higher|lower))\b|\b(?:up|down)(?= (?:by )?(?:as much as |nearly |almost |about |around |more than |over |some )?\d)|\b(?:higher|lower)\b/gi;

const DOWN =
  /跌|低开|走低|下挫|回落|重挫|limit[- ]down|down|lower|fell|fallen|falls|slid|slides|lost|loses|dropped|drops|tumbled|tumbles|shed|sheds|sank|sinks|plunged|plunges|slumped|slumps|declined|declines/i;

/** The direction a matched word says. */
export function directionOf(word: string): MoveDirection {
  return DOWN.test(word) ? 'down' : 'up';
}

/** Words around 涨/跌 that make it something else: a view (看涨), a product price (涨价), both ways (涨跌), a stop (止跌). */
export const NOT_A_MOVE_BEFORE = /(?:看|止|抗|补|助|逼近|接近|近|未|没有|没|不|并未|未能)$/;
export const NOT_A_MOVE_AFTER = /^(?:价|跌|涨|势|破|停板打开)/;
/** English: the move is denied or only possible. */
export const DENIED = /\b(?:not|n't|never|no longer|could|would|might|may|should|if|unless)\b/i;
/** Only possible, or conditional, in Chinese. */
export const CONDITIONAL = /可能|或将|若|如果|假如|一旦|明日|明天|下周|tomorrow|next week/i;

/**
 * What a percentage of a non-price thing looks like: a result (营收, revenue), a product's or a
 * market's price (出厂价, oil prices), a rate, a year-on-year change.
 */
export const NOT_A_PRICE =
  /营收|营业收入|收入|净利|利润|毛利|销量|销售|出货|交付|产量|价格|售价|出厂价|房价|油价|金价|报价|均价|成交量|成交额|交易量|份额|用户|订单|收益率|利率|股息|分红|市盈率|估值|规模|业绩|每股收益|现金流|负债|资产|存款|贷款|同比|环比|年增|年减|季增|月增|较上年|较去年|增速|占比|比例|渗透率|\b(?:revenues?|sales|profits?|earnings|income|EPS|margins?|volumes?|shipments|deliveries|output|production|orders|users|subscribers|yields?|rates?|dividends?|valuation|market share|bookings|guidance|costs?|spending|expenses|inflation|GDP|CPI|PPI|prices|year[- ]over[- ]year|yoy|y\/y|a year (?:earlier|ago)|quarterly)\b/i;

/**
 * What may stand before the move when it names no subject of its own ("股价收涨5%", "Shares rose
 * 3%"): the claim's security, or the article's main one, is then its subject.
 */
export const SUBJECTLESS =
  /今日|今天|今早|今晨|本月|上月|月内|近期|近日|此前|随后|昨日|昨天|昨夜|昨晚|隔夜|本周|上周|这周|[周星期礼拜][一二三四五六日天]|年初至今|今年以来|今年|年内|盘中|一度|日内|早盘|午盘|午后|尾盘|收盘|开盘|全天|当天|当日|截至|发稿|报收|收报|股价|该股|公司|个股|股票|其|它|均|亦|也|则|再度|继续|大幅|小幅|最高|最低|盘初|随后|累计|涨幅|跌幅|\d+年|\d+月|\d+日|\b(?:its|the|company's|firm's|group's|stock|stocks|shares?|of|it|they|and|then|on|in|early|late|trading|trade|session|today|yesterday|overnight|this|last|week|year|to|date|Monday|Tuesday|Wednesday|Thursday|Friday|\w+day)\b|[\s,，、.：:;；\-—()（）]/gi;

/** A move on an intraday basis: 盘中, 一度, as much as. */
export const INTRADAY =
  /盘中|一度|日内|最高|最多|最低|曾|\b(?:intraday|at one point|as much as|as high as|as low as|session high|session low)\b/i;
/** A move on the open: 高开, 低开, 开盘, opened. */
export const OPENING = /高开|低开|开盘|\b(?:opened|at the open)\b/i;
/** A record high: 创新高, 历史新高, record high, 52-week high, 年内新高. */
export const RECORD_HIGH =
  /(?:创|刷新)(?:历史|上市以来|年内|52周|阶段性)?新高|历史新高|历史高位|年内新高|52周新高|纪录高位|\b(?:record|all-time|52-week|year) (?:high|close)s?\b|\bnew high\b/i;
/** A record close, not an intraday high. */
export const RECORD_CLOSE = /收盘新高|收于历史新高|\brecord close\b|\bclosed at (?:a|an) (?:record|all-time)\b/i;
/** The claim says the session closed. */
export const CLOSING = /收涨|收跌|收盘|报收|收报|尾盘|全天|终盘|\b(?:closed|ended|finished|settled)\b/i;
/** English simple past: the claim reports a finished move. */
export const ENGLISH_PAST =
  /\b(?:rose|fell|jumped|slid|gained|lost|climbed|dropped|tumbled|surged|added|shed|rallied|sank|plunged|soared|slumped|declined|advanced|edged|closed|ended|finished|opened)\b/i;

/** How the record high is measured, from the words. */
export function recordScope(text: string): 'all-time' | '52-week' | 'year' {
  if (/年内|\byear high\b/i.test(text)) return 'year';
  if (/52周|52-week/i.test(text)) return '52-week';
  return 'all-time';
}

/** The basis of a move from the words around it. */
export function basisOf(words: string, limit: boolean): MoveBasis {
  if (limit) return 'limit';
  if (OPENING.test(words)) return 'open';
  if (INTRADAY.test(words)) return 'intraday';
  return 'close';
}

const ZH_WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEKDAY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const OVERNIGHT = /昨夜|昨晚|隔夜|\bovernight\b|\blast night\b/i;
const TODAY = /今日|今天|今早|今晨|\btoday\b|\bthis morning\b/i;
const YESTERDAY = /昨日|昨天|\byesterday\b/i;
const ZH_WEEKDAY_RE = /(上周|上星期|上礼拜|本周|这周|本星期|)(?:周|星期|礼拜)([一二三四五六日天])/;
const EN_WEEKDAY_RE = /\b(last |this |)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const ZH_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const EN_DATE = new RegExp(`\\b${MONTH_NAME}\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`, 'i');
const EN_DATE_DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s${MONTH_NAME}(?:\\s(\\d{4}))?\\b`, 'i');
const THIS_WEEK = /本周|这周|本星期|\bthis week\b|\bweek to date\b|\bweek-to-date\b/i;
const LAST_WEEK = /上周|上星期|上礼拜|\blast week\b/i;
const YTD =
  /年初至今|今年以来|年初以来|年内(?!新高|高点|最高)|今年(?!一|二|三|四|上|下|前|第|\d)|\bthis year\b|\byear[- ]to[- ]date\b|\bYTD\b|\bso far this year\b/i;
/** Time words that name no session we resolve: never guessed as one. */
const OTHER =
  /本月|这个月|上月|上个月|月内|本季度|上半年|下半年|去年|过去|近\d+(?=个|日|天|周|月|年)|盘前|盘后|夜盘|近[一二三四五六七八九十两]+[个日天周月年]|连续|\d+个交易日|\d+月(?!\d)|[一二三四五六七八九十]月(?!\d)|此前|以来|\b(?:pre-?market|after-hours|after hours|extended trading|this month|last month|this quarter|last year|since|over the past|in the past|past (?:\d+|few|several|two|three|four|five) (?:days|weeks|sessions|months)|in (?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\d+ (?:days|weeks|sessions|months)|(?:19|20)\d{2}(?![.\d]))\b/i;

/** The session words of a piece of text, if any; `undefined` when it has none (see `sessionOf`). */
export function sessionWords(text: string): SessionRef | undefined {
  if (OVERNIGHT.test(text)) return { kind: 'overnight' };
  let m = ZH_WEEKDAY_RE.exec(text);
  if (m)
    return {
      kind: 'weekday',
      weekday: ZH_WEEKDAY[m[2]],
      week: m[1] === '' ? 'recent' : /上/.test(m[1]) ? 'last' : 'this',
    };
  m = EN_WEEKDAY_RE.exec(text);
  if (m) {
    const which = m[1].trim().toLowerCase();
    return {
      kind: 'weekday',
      weekday: EN_WEEKDAY.indexOf(m[2].toLowerCase()),
      week: which === 'last' ? 'last' : which === 'this' ? 'this' : 'recent',
    };
  }
  const date = dateWords(text);
  if (date) return date;
  if (TODAY.test(text)) return { kind: 'today' };
  if (YESTERDAY.test(text)) return { kind: 'yesterday' };
  if (THIS_WEEK.test(text)) return { kind: 'week', which: 'this' };
  if (LAST_WEEK.test(text)) return { kind: 'week', which: 'last' };
  if (YTD.test(text)) return { kind: 'ytd' };
  return undefined;
}

/** An explicit calendar date: 2023年10月14日, 10月14日, Oct. 14, 2023, 14 October, 2023-10-14. */
function dateWords(text: string): SessionRef | undefined {
  const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const make = (year: string | undefined, month: number, day: number): SessionRef | undefined => {
    if (!valid(month, day)) return undefined;
    return year ? { kind: 'date', year: Number(year), month, day } : { kind: 'date', month, day };
  };
  let m = ZH_DATE.exec(text);
  if (m) return make(m[1], Number(m[2]), Number(m[3]));
  m = ISO_DATE.exec(text);
  if (m) return make(m[1], Number(m[2]), Number(m[3]));
  m = EN_DATE.exec(text);
  if (m) return make(m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  m = EN_DATE_DAY_FIRST.exec(text);
  if (m) return make(m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, Number(m[1]));
  return undefined;
}

/** Time words that name something other than a session we resolve (本月, since March), if any. */
export function otherTimeWords(text: string): string | undefined {
  return OTHER.exec(text)?.[0];
}
