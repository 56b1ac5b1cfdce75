import type { Security } from '../types.ts';

/** A page about a security on a public quote site. */
export interface SecurityLink {
  site: 'xueqiu' | 'eastmoney' | 'yahoo';
  url: string;
}

const YAHOO_INDEX: Record<string, string> = { '.IXIC': '^IXIC', '.DJI': '^DJI', '.INX': '^GSPC', HSI: '^HSI' };
/** Yahoo's symbols of the catalogue's international indices (TAIEX is `INTL:TWII`); Yahoo carries no others (the Baltic Dry). */
const YAHOO_INTL_INDEX: Record<string, string> = {
  TWII: '^TWII',
  N225: '^N225',
  FTSE: '^FTSE',
  GDAXI: '^GDAXI',
  FCHI: '^FCHI',
  KS11: '^KS11',
  SOX: '^SOX',
  NBI: '^NBI',
  HXC: '^HXC',
  VIX: '^VIX',
  STOXX: '^STOXX',
  BKX: '^BKX',
  // The dollar index is ICE's future there.
  UDI: 'DX-Y.NYB',
};

/** Xueqiu's code for a security (`SH600519`, `00700`, `HKHSI`, `.IXIC`, `BIDU`). */
export function xueqiuCode(s: Pick<Security, 'market' | 'symbol' | 'type'>): string {
  switch (s.market) {
    case 'SH':
    case 'SZ':
    case 'BJ':
      return `${s.market}${s.symbol}`;
    case 'HK':
      return s.type === 'index' ? `HK${s.symbol}` : s.symbol;
    case 'CN':
      return `F${s.symbol}`;
    case 'US':
    case 'INTL':
    case 'CRYPTO':
      return s.symbol;
    case 'TW':
    case 'TWO':
      return s.symbol; // Xueqiu has no Taiwan pages: securityLinks leaves them out.
  }
}

/** Yahoo Finance's symbol, where Yahoo lists the security. */
export function yahooSymbol(s: Pick<Security, 'market' | 'symbol' | 'type'>): string | undefined {
  if (YAHOO_INDEX[s.symbol] && (s.market === 'US' || s.market === 'HK')) return YAHOO_INDEX[s.symbol];
  switch (s.market) {
    case 'US':
      return s.type === 'index' ? undefined : s.symbol.replace('.', '-');
    case 'SH':
      return `${s.symbol}.SS`;
    case 'SZ':
      return `${s.symbol}.SZ`;
    case 'HK':
      return s.type === 'index' ? undefined : `${s.symbol.slice(-4)}.HK`;
    case 'TW':
      return `${s.symbol}.TW`;
    case 'TWO':
      return `${s.symbol}.TWO`;
    case 'INTL':
      // Other markets' listings are kept in Yahoo's spelling (`SIE.DE`, `005930.KS`).
      if (s.type === 'index') return Object.hasOwn(YAHOO_INTL_INDEX, s.symbol) ? YAHOO_INTL_INDEX[s.symbol] : undefined;
      return /^[A-Z0-9][A-Z0-9.=-]{0,14}$/.test(s.symbol) ? s.symbol : undefined;
    default:
      return undefined;
  }
}

/** Eastmoney's quote page for a security, where it has one. */
export function eastmoneyUrl(s: Pick<Security, 'market' | 'symbol' | 'type'>): string | undefined {
  const code = encodeURIComponent(s.symbol);
  switch (s.market) {
    case 'SH':
    case 'SZ':
    case 'BJ':
      return `https://quote.eastmoney.com/${s.market.toLowerCase()}${code}.html`;
    case 'HK':
      return s.type === 'index' ? undefined : `https://quote.eastmoney.com/hk/${code}.html`;
    case 'US':
      return s.type === 'index' ? undefined : `https://quote.eastmoney.com/us/${code}.html`;
    case 'CN':
      return `https://fund.eastmoney.com/${code}.html`;
    default:
      return undefined;
  }
}

/** Links for the hover card, with every code URL-encoded. */
export function securityLinks(s: Pick<Security, 'market' | 'symbol' | 'type'>): SecurityLink[] {
  // `600001~D`: a delisted company whose code is another's today; the sites' pages are the other's.
  if (s.symbol.includes('~')) return [];
  // Xueqiu has no pages for Taiwan's listings or other markets'.
  const links: SecurityLink[] =
    s.market === 'TW' || s.market === 'TWO' || s.market === 'INTL'
      ? []
      : [{ site: 'xueqiu', url: `https://xueqiu.com/S/${encodeURIComponent(xueqiuCode(s))}` }];
  const eastmoney = eastmoneyUrl(s);
  if (eastmoney) links.push({ site: 'eastmoney', url: eastmoney });
  const yahoo = yahooSymbol(s);
  if (yahoo) links.push({ site: 'yahoo', url: `https://finance.yahoo.com/quote/${encodeURIComponent(yahoo)}` });
  return links;
}
