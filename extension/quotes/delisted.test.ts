import { describe, expect, it } from 'vitest';
import type { QuoteTarget } from '../../src/quotes/types.ts';
import { withoutDelisted } from './delisted.ts';

const target = (id: string): QuoteTarget => {
  const [market, symbol] = id.split(':') as [QuoteTarget['market'], string];
  return { id, market, symbol, type: 'stock' };
};

describe('withoutDelisted', () => {
  it('answers a delisted company itself and passes the rest on to the providers', () => {
    const { live, answered } = withoutDelisted([target('SH:600001'), target('SH:601127')], 1_000);
    expect(live.map((t) => t.id)).toEqual(['SH:601127']);
    expect(answered).toEqual({
      'SH:600001': { answer: { kind: 'delisted', date: '2009-12-29' }, expires: 1_000 + 24 * 60 * 60 * 1000 },
    });
  });

  it('goes by the data, not by what the caller says (the type or a made-up flag changes nothing)', () => {
    const forged = { ...target('SZ:300367'), type: 'etf', delisted: false } as QuoteTarget;
    expect(withoutDelisted([forged], 0).live).toEqual([]);
  });

  it('passes an id the data does not know on unchanged', () => {
    expect(withoutDelisted([target('US:ZZZZQ')], 0)).toEqual({ live: [target('US:ZZZZQ')], answered: {} });
  });
});
