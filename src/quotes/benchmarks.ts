/**
 * The index an article's security is measured against: its own market's broad index. Ids are the
 * securities catalogue's (`US:.IXIC`, `US:.INX`, `SH:000300`, `HK:HSI`, `INTL:TWII`), so the card
 * and the popup can name them as they name any security.
 */
import type { Security } from '../types.ts';
import type { QuoteTarget } from './types.ts';

const index = (id: string, exchange?: string): QuoteTarget => {
  const colon = id.indexOf(':');
  const market = id.slice(0, colon) as QuoteTarget['market'];
  return { id, market, symbol: id.slice(colon + 1), type: 'index', ...(exchange ? { exchange } : {}) };
};

/** The benchmark indices, by what they measure. */
export const BENCHMARKS = {
  nasdaqComposite: index('US:.IXIC'),
  sp500: index('US:.INX'),
  csi300: index('SH:000300', 'SSE'),
  hangSeng: index('HK:HSI'),
  taiex: index('INTL:TWII'),
} as const satisfies Record<string, QuoteTarget>;

/**
 * The benchmark of a security: Nasdaq listings → Nasdaq Composite, every other US listing (NYSE,
 * NYSE American, Arca, Cboe, OTC) → S&P 500, Shanghai/Shenzhen/Beijing → CSI 300, Hong Kong → Hang
 * Seng, Taiwan (TWSE and TPEx) → TAIEX. None for an index itself, crypto, off-exchange funds (`CN`,
 * which have no daily bars here) or other markets' listings (`INTL`).
 */
export function benchmarkFor(security: Pick<Security, 'market' | 'type' | 'exchange'>): QuoteTarget | undefined {
  if (security.type === 'index') return undefined;
  switch (security.market) {
    case 'US':
      return security.exchange === 'NASDAQ' ? BENCHMARKS.nasdaqComposite : BENCHMARKS.sp500;
    case 'SH':
    case 'SZ':
    case 'BJ':
      return BENCHMARKS.csi300;
    case 'HK':
      return BENCHMARKS.hangSeng;
    case 'TW':
    case 'TWO':
      return BENCHMARKS.taiex;
    default:
      return undefined;
  }
}
