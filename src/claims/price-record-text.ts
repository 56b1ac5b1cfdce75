/**
 * The neutral words for what the record says about a checked move: the popup and the page's hover
 * say whether it matches; this says only what the record is. Plain text, never HTML.
 */
import type { PriceCheck, UnverifiableReason } from './price-move-types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const REASONS: Record<UnverifiableReason, { en: string; zh: string }> = {
  'no-security': { en: 'no security named', zh: '未指明证券' },
  'ambiguous-security': { en: 'more than one security could be meant', zh: '所指证券不明确' },
  'no-publication': { en: 'publication date unknown', zh: '发布日期未知' },
  'publication-time-unknown': { en: 'publication time unknown', zh: '发布时间未知' },
  'no-session-words': { en: 'no session named', zh: '未指明交易日' },
  'unresolved-time': { en: 'period not resolved', zh: '时间段无法确定' },
  'future-session': { en: 'session after publication', zh: '交易日在发布之后' },
  'session-not-closed': { en: 'session not closed at publication', zh: '发布时尚未收盘' },
  'no-session': { en: 'no session on that date', zh: '该日无交易' },
  'no-market-hours': { en: 'market without sessions', zh: '该市场无交易时段' },
  'no-bars': { en: 'no daily record for that date', zh: '缺少该日行情' },
  'no-previous-close': { en: 'no previous close', zh: '缺少前收盘价' },
  'no-price-limit': { en: 'no daily price limit known', zh: '无已知涨跌幅限制' },
  'short-history': { en: 'too little history', zh: '历史行情不足' },
};

const pct2 = (n: number) => Math.abs(n).toFixed(2);
const signed = (n: number) => `${n < 0 ? '−' : '+'}${pct2(n)}%`;
const price = (n: number | undefined) => (n === undefined ? '?' : String(Number(n.toFixed(4))));

function day(date: string, lang: 'en' | 'zh', withYear: boolean): string {
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  if (lang === 'zh') return `${withYear ? `${y}年` : ''}${m}月${d}日`;
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** A move in Chinese words: 涨1.10%, 跌0.50%, or 平 for none. */
const zhMove = (n: number, up = '涨', down = '跌') => (n === 0 ? '平' : `${n > 0 ? up : down}${pct2(n)}%`);

/**
 * What the record says, in English or Chinese: "Record: +1.10% on 15 Oct, close to close" /
 * "记录：10月15日 收涨1.10%", and the intraday, open, limit, record-high and span variants; for an
 * unverifiable check, why it could not be checked.
 */
export function describeRecord(check: PriceCheck, lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const head = zh ? '记录：' : 'Record: ';
  const record = check.record;
  if (!record || !check.session || check.verdict === 'unverifiable') {
    const why = check.reason ? REASONS[check.reason][lang] : zh ? '无法核对' : 'not checked';
    return zh ? `${head}无法核对（${why}）` : `${head}not checked (${why})`;
  }
  if (typeof check.session !== 'string') {
    const { from, to } = check.session;
    const years = from.slice(0, 4) !== to.slice(0, 4);
    const [a, b] = [day(from, lang, years), day(to, lang, years)];
    return zh
      ? `${head}${a}至${b} 累计${zhMove(record.pct, '上涨', '下跌')}`
      : `${head}${signed(record.pct)} from ${a} to ${b}, close to close`;
  }
  const on = day(check.session, lang, false);
  switch (check.basis) {
    case 'intraday': {
      const high = check.stated.direction === 'up';
      return zh
        ? `${head}${on} 盘中${high ? '最高' : '最低'}${zhMove(record.pct)}`
        : `${head}${high ? 'high' : 'low'} ${signed(record.pct)} on ${on}, intraday against the previous close`;
    }
    case 'open':
      return zh
        ? `${head}${on} ${record.pct === 0 ? '平开' : `${record.pct > 0 ? '高开' : '低开'}${pct2(record.pct)}%`}`
        : `${head}opened ${signed(record.pct)} on ${on}, against the previous close`;
    case 'limit': {
      const limit = record.limitPct ?? 0;
      return zh
        ? `${head}${on} 收${zhMove(record.pct)}（${limit > 0 ? '涨' : '跌'}停价对应${zhMove(limit)}）`
        : `${head}${signed(record.pct)} on ${on}, close to close; the limit price was ${signed(limit)}`;
    }
    case 'record-high': {
      const close = check.closeRecord === true;
      const at = price(close ? record.close : record.high);
      const prior = record.priorHigh;
      const since = record.priorFrom ? day(record.priorFrom, lang, true) : '';
      if (zh)
        return `${head}${on} ${close ? '收盘价' : '最高价'}${at}${
          prior === undefined ? '' : `，此前最高${price(prior)}（自${since}）`
        }`;
      return `${head}${close ? 'close' : 'high'} ${at} on ${on}${
        prior === undefined ? '' : `; the highest before it since ${since} was ${price(prior)}`
      }`;
    }
    default:
      return zh ? `${head}${on} 收${zhMove(record.pct)}` : `${head}${signed(record.pct)} on ${on}, close to close`;
  }
}
