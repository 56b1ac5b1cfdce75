import { describe, expect, it } from 'vitest';
import { addDays, dateIn, sessionClose } from '../../src/quotes/sessions.ts';
import { MARKET_ZONES } from '../../src/quotes/types.ts';
import type { Market } from '../../src/types.ts';
import { barClosed } from './history-freshness.ts';

/** The rule itself, with no shortcut: a session market's bar at its close, any other at its zone's next midnight. */
function closedByRule(market: Market, date: string, at: number): boolean {
  const close = sessionClose(market, date);
  return close !== undefined ? close <= at : date < dateIn(at, MARKET_ZONES[market]);
}

describe('barClosed', () => {
  it('agrees with each bar’s own close, for bars days before, on and after the instant, in every zone', () => {
    const markets: Market[] = ['US', 'SH', 'HK', 'TW', 'CRYPTO', 'INTL'];
    // Instants around the day's closes and midnights, from Tokyo's evening to New York's.
    const instants = [0, 3, 7, 8, 12, 16, 20, 21, 23].map((h) => Date.UTC(2026, 10, 25, h, 30));
    for (const market of markets)
      for (const at of instants)
        for (let k = -6; k <= 2; k++) {
          const date = addDays('2026-11-25', k);
          expect(barClosed(market, date, at), `${market} ${date} at ${new Date(at).toISOString()}`).toBe(
            closedByRule(market, date, at),
          );
        }
  });

  it('a bad date or instant is not a closed bar, and does not throw', () => {
    expect(barClosed('US', 'yesterday', Date.now())).toBe(false);
    expect(() => barClosed('US', '2023-02-03', Number.NaN)).not.toThrow();
  });
});
