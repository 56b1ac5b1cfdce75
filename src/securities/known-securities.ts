import type { Market, SecurityType } from '../types.ts';

/** A listing we can name without reading it from the text. */
export interface KnownSecurity {
  symbol: string;
  market: Market;
  type: SecurityType;
  zh?: string;
  en?: string;
}

/**
 * Hand-checked names of the most-discussed listings (codes and names checked against the
 * exchanges' published lists). The generated reference data of the securities engine extends
 * this; this table stays as the curated layer on top of it.
 */
const TABLE: readonly KnownSecurity[] = [
  { symbol: 'BIDU', market: 'US', type: 'stock', zh: '百度', en: 'Baidu' },
  { symbol: 'BABA', market: 'US', type: 'stock', zh: '阿里巴巴', en: 'Alibaba' },
  { symbol: 'PDD', market: 'US', type: 'stock', zh: '拼多多', en: 'PDD Holdings' },
  { symbol: 'JD', market: 'US', type: 'stock', zh: '京东', en: 'JD.com' },
  { symbol: 'NIO', market: 'US', type: 'stock', zh: '蔚来', en: 'NIO' },
  { symbol: 'TSLA', market: 'US', type: 'stock', zh: '特斯拉', en: 'Tesla' },
  { symbol: 'NVDA', market: 'US', type: 'stock', zh: '英伟达', en: 'NVIDIA' },
  { symbol: 'AAPL', market: 'US', type: 'stock', zh: '苹果', en: 'Apple' },
  { symbol: 'MSFT', market: 'US', type: 'stock', zh: '微软', en: 'Microsoft' },
  { symbol: 'GOOGL', market: 'US', type: 'stock', zh: '谷歌', en: 'Alphabet' },
  { symbol: 'BRK.B', market: 'US', type: 'stock', zh: '伯克希尔-哈撒韦B', en: 'Berkshire Hathaway Class B' },
  {
    symbol: 'KWEB',
    market: 'US',
    type: 'etf',
    zh: '中概互联网指数ETF-KraneShares',
    en: 'KraneShares CSI China Internet ETF',
  },
  { symbol: '.IXIC', market: 'US', type: 'index', zh: '纳斯达克综合指数', en: 'Nasdaq Composite' },
  { symbol: '.DJI', market: 'US', type: 'index', zh: '道琼斯工业平均指数', en: 'Dow Jones Industrial Average' },
  { symbol: '.INX', market: 'US', type: 'index', zh: '标普500指数', en: 'S&P 500' },
  { symbol: '600519', market: 'SH', type: 'stock', zh: '贵州茅台', en: 'Kweichow Moutai' },
  { symbol: '000001', market: 'SH', type: 'index', zh: '上证指数', en: 'SSE Composite Index' },
  { symbol: '300750', market: 'SZ', type: 'stock', zh: '宁德时代', en: 'CATL' },
  { symbol: '00700', market: 'HK', type: 'stock', zh: '腾讯控股', en: 'Tencent' },
  { symbol: '09988', market: 'HK', type: 'stock', zh: '阿里巴巴-W', en: 'Alibaba' },
  { symbol: 'HSI', market: 'HK', type: 'index', zh: '恒生指数', en: 'Hang Seng Index' },
];

const BY_ID = new Map(TABLE.map((s) => [canonicalId(s.market, s.symbol), s]));

/** The canonical id of a listing: `MARKET:SYMBOL`. */
export function canonicalId(market: Market, symbol: string): string {
  return `${market}:${symbol}`;
}

/** The curated entry for a canonical id, if there is one. */
export function knownSecurity(id: string): KnownSecurity | undefined {
  return BY_ID.get(id);
}
