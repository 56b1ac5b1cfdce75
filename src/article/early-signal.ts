/**
 * The first stage's early signal: whether a glance at a page shows, without the securities tables,
 * a sign that FinLens may have something to say there. A cashtag, a Xueqiu tag, a code, an
 * exchange prefix or a word that mostly finance text uses. Such a page asks the background at once;
 * any other page waits for the background to take its glance when the page has loaded, so a page
 * with nothing for FinLens never calls an extension API. The background decides with the full
 * engine either way: this only chooses how early it is asked. Pure, and small enough for every page.
 */

/** Tickers, codes and tags as finance text writes them. */
const MARKS =
  /\$[A-Z]{1,6}\b|\$[^$\n]{1,30}\([A-Z0-9.]{1,12}\)\$|\b(?:S[HZ]|BJ)\d{6}\b|\b\d{6}\.(?:S[HZ]|BJ)\b|\b\d{4,5}\.HK\b|\b\d{4,6}\.TWO?\b|\b(?:NYSE|NASDAQ|Nasdaq|AMEX|HKEX|TWSE|SSE|SZSE|TSX|LSE)\s?:\s?[A-Z0-9]/;

/** Words that mostly finance text uses (Simplified and Traditional Chinese, English). */
const WORDS =
  /股|涨停|跌停|漲停|市值|营收|營收|财报|財報|亿元|億元|基金|证券|證券|指数|指數|大盘|大盤|\b(?:stocks?|shares|shareholders?|stock market|Nasdaq|NYSE|S&P 500|Dow Jones|Wall Street|earnings|dividends?|IPO|investors?|analysts?|hedge funds?)\b/;

/** The most of a glance the early signal reads (characters): the background reads it all later anyway. */
export const EARLY_SIGNAL_LIMIT = 100_000;

/** Whether `text` (a glance) shows an early sign of finance. */
export function earlySignal(text: string): boolean {
  const head = text.length > EARLY_SIGNAL_LIMIT ? text.slice(0, EARLY_SIGNAL_LIMIT) : text;
  return MARKS.test(head) || WORDS.test(head);
}
