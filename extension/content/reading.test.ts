import { describe, expect, it } from 'vitest';
import type { Security } from '../../src/types.ts';
import type { RemoteAnalysis } from '../messages.ts';
import { GLANCE_SCORE, growthPlan, MENTIONS_KEPT, mergeSecurities, REREAD_UP_TO, worthReading } from './reading.ts';

const page = (isArticle: boolean, length: number, finishedAt = 0, costMs = 20) => ({
  page: { isArticle, isFinance: isArticle },
  snapshot: { text: 'x'.repeat(length), segments: [], links: [] },
  finishedAt,
  costMs,
});

describe('growthPlan', () => {
  it('reads only the added text of a page that grows a little', () => {
    expect(growthPlan(page(false, 2000), { chars: 40, inStory: false }, 10_000)).toEqual({ reread: 'no' });
    expect(growthPlan(page(true, 2000), { chars: 4000, inStory: false }, 10_000)).toEqual({ reread: 'no' });
  });

  it('reads the whole page again when a page that was no article grows by half (a single-page app)', () => {
    expect(growthPlan(page(false, 30), { chars: 400, inStory: false }, 10_000)).toEqual({ reread: 'now' });
    expect(growthPlan(page(false, 2000), { chars: 1000, inStory: false }, 10_000)).toEqual({ reread: 'now' });
  });

  it('never reads a long feed whole again', () => {
    expect(growthPlan(page(false, REREAD_UP_TO), { chars: REREAD_UP_TO, inStory: false }, 10_000)).toEqual({
      reread: 'no',
    });
  });

  it("reads an article again when its story grows, waiting ten times the last reading's cost", () => {
    expect(growthPlan(page(true, 5000, 1000, 20), { chars: 10, inStory: true }, 1000 + 499)).toEqual({
      reread: 'later',
      wait: 1,
    });
    expect(growthPlan(page(true, 5000, 1000, 200), { chars: 10, inStory: true }, 1500)).toEqual({
      reread: 'later',
      wait: 1500,
    });
    expect(growthPlan(page(true, 5000, 1000, 200), { chars: 10, inStory: true }, 3000)).toEqual({ reread: 'now' });
  });
});

const security = (id: string, mentions: number): Security => ({
  id,
  symbol: id.split(':')[1],
  market: 'US',
  type: 'stock',
  name: {},
  mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, text: 'x', kind: 'cashtag' as const })),
});

describe('mergeSecurities', () => {
  it('adds new securities and the mentions of known ones, up to a bound', () => {
    const into = new Map([['US:BIDU', security('US:BIDU', 2)]]);
    mergeSecurities(into, [security('US:BIDU', 3), security('US:NVDA', 1)]);
    expect([...into.keys()]).toEqual(['US:BIDU', 'US:NVDA']);
    expect(into.get('US:BIDU')?.mentions.length).toBe(5);
    for (let i = 0; i < 5; i++) mergeSecurities(into, [security('US:NVDA', 400)]);
    expect(into.get('US:NVDA')?.mentions.length).toBe(MENTIONS_KEPT);
  });
});

describe('worthReading', () => {
  const glance = (securities: number, score: number) =>
    ({
      securities: Array.from({ length: securities }, (_, i) => security(`US:X${i}`, 1)),
      article: { finance: { isFinance: false, score, mentions: securities, figures: 0, terms: 0 } },
      claims: [],
      keyPoints: { headline: '', gist: '', points: [] },
    }) as RemoteAnalysis;
  it('reads a page that names a security or talks money, and leaves the rest at a glance', () => {
    expect(worthReading(glance(1, 0))).toBe(true);
    expect(worthReading(glance(0, GLANCE_SCORE))).toBe(true);
    expect(worthReading(glance(0, GLANCE_SCORE - 0.1))).toBe(false);
  });
});
