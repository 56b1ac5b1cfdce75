import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';
import { locatedMentions } from '../src/securities/located.ts';
import { explicit, highlightedCount, mentionsToMark, namesQuiet } from './quiet.ts';

const GAMING =
  "We streamed games on the commute with Microsoft's Xbox Cloud Gaming, Nvidia's GeForce Now and Amazon Luna. Google closed Stadia last year. The Nintendo Switch still wins on a train. The chip maker trades as NASDAQ: NVDA.";

describe('quiet pages', () => {
  it('a page not about finance marks explicit forms only, and lists its names apart', () => {
    const a = analyze({ text: GAMING });
    expect(a.article.finance.isFinance).toBe(false);
    const quiet = namesQuiet(a.article.finance, false);
    expect(quiet).toBe(true);
    expect(mentionsToMark(locatedMentions(a), quiet).map((m) => m.text)).toEqual(['NASDAQ: NVDA']);
    expect(a.securities.filter(explicit).map((s) => s.id)).toEqual(['US:NVDA']);
    expect(
      a.securities
        .filter((s) => !explicit(s))
        .map((s) => s.id)
        .sort(),
    ).toEqual(['US:AMZN', 'US:GOOGL', 'US:MSFT']);
    expect(highlightedCount(a.securities, quiet)).toBe(1);
  });

  it('a finance page, or the option, marks names too', () => {
    const finance = analyze({
      text: "Shares of Microsoft rose 3.2% on Tuesday after quarterly earnings beat analysts' forecasts, while Amazon fell 1% and Google parent Alphabet was flat in New York trading.",
    });
    expect(finance.article.finance.isFinance).toBe(true);
    expect(namesQuiet(finance.article.finance, false)).toBe(false);
    const gaming = analyze({ text: GAMING });
    expect(namesQuiet(gaming.article.finance, true)).toBe(false);
    expect(mentionsToMark(locatedMentions(gaming), false)).toHaveLength(locatedMentions(gaming).length);
    // Before the page is read there is nothing to be quiet about.
    expect(namesQuiet(undefined, false)).toBe(false);
  });
});
