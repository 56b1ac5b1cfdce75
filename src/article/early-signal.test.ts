import { describe, expect, it } from 'vitest';
import { EARLY_SIGNAL_LIMIT, earlySignal } from './early-signal.ts';

describe('earlySignal', () => {
  it('sees cashtags, Xueqiu tags, codes and exchange prefixes', () => {
    for (const text of [
      'Weekend weather: sunny. Our favourite is $BIDU, by the way.',
      '周末天气晴。顺便一提 $百度(BIDU)$。',
      '今天看了看SH600519的走势',
      '腾讯 00700.HK 收盘',
      '台積電 2330.TW 收盤',
      'Alphabet (NASDAQ: GOOGL) said',
      '600519.SH',
    ]) {
      expect(earlySignal(text), text).toBe(true);
    }
  });

  it('sees words mostly finance text uses, in Chinese and English', () => {
    expect(earlySignal('Shares of the carmaker fell after its earnings call.')).toBe(true);
    expect(earlySignal('台積電第三季營收年增36%')).toBe(true);
    expect(earlySignal('今日两市成交额破万亿，大盘震荡')).toBe(true);
  });

  it('stays silent on text with nothing of finance', () => {
    for (const text of [
      'The home side won 3-1 after a late goal; the coach praised his defence.',
      'Add $5 of sugar? No: add 5 g of sugar and stir for $ 2 minutes.',
      '周末去公园散步，天气晴朗，孩子们在草地上放风筝。',
      'Prices from $12 a month. Cancel any time.',
    ]) {
      expect(earlySignal(text), text).toBe(false);
    }
  });

  it('reads only the head of a very long glance', () => {
    const quiet = 'The home side won after a late goal. '.repeat(Math.ceil(EARLY_SIGNAL_LIMIT / 30));
    expect(earlySignal(`${quiet} $NVDA`)).toBe(false);
    expect(earlySignal(`$NVDA ${quiet}`)).toBe(true);
  });
});
