import { describe, expect, it } from 'vitest';
import type { Security } from '../../src/types.ts';
import { growthPlan, MENTIONS_KEPT, mergeSecurities, REREAD_UP_TO, STORY_GROWTH } from './reading.ts';

const page = (isArticle: boolean, length: number, grown: number, storyGrown = 0, finishedAt = 0, costMs = 20) => ({
  page: { isArticle, isFinance: isArticle },
  snapshot: { text: 'x'.repeat(length), segments: [], links: [] },
  finishedAt,
  costMs,
  grown,
  storyGrown,
});

describe('growthPlan', () => {
  it('reads only the added text of a page that grows a little', () => {
    expect(growthPlan(page(false, 2000, 40), 10_000)).toEqual({ reread: 'no' });
    // Outside the story of an article (comments, a related list), however much.
    expect(growthPlan(page(true, 2000, 4000, 0), 10_000)).toEqual({ reread: 'no' });
  });

  it('reads the whole page again when a page that was no article grows by half (a single-page app)', () => {
    expect(growthPlan(page(false, 30, 400), 10_000)).toEqual({ reread: 'now' });
    expect(growthPlan(page(false, 2000, 1000), 10_000)).toEqual({ reread: 'now' });
    expect(growthPlan(page(false, 2000, 999), 10_000)).toEqual({ reread: 'no' });
  });

  it('never reads a long feed whole again', () => {
    expect(growthPlan(page(false, REREAD_UP_TO, REREAD_UP_TO), 10_000)).toEqual({ reread: 'no' });
  });

  it('reads an article again once its story has grown by a tenth, so whole readings stay a bounded share', () => {
    expect(growthPlan(page(true, 50_000, 4999, 4999), 10_000)).toEqual({ reread: 'no' });
    expect(growthPlan(page(true, 50_000, 5000, STORY_GROWTH * 50_000), 10_000)).toEqual({ reread: 'now' });
    // Across a story that grows tenfold, a tenth at a time: about 24 whole readings, not one a line.
    let length = 1000;
    let readings = 0;
    for (let added = 0; added < 9000; added += 50) {
      const at = page(true, length, 0, 0);
      at.storyGrown = added - (length - 1000);
      if (growthPlan(at, 10_000).reread === 'now') {
        length = 1000 + added;
        readings++;
      }
    }
    expect(readings).toBeLessThanOrEqual(25);
  });

  it("waits ten times the last reading's cost, and at least half a second", () => {
    expect(growthPlan(page(true, 5000, 500, 500, 1000, 20), 1000 + 499)).toEqual({ reread: 'later', wait: 1 });
    expect(growthPlan(page(true, 5000, 500, 500, 1000, 200), 1500)).toEqual({ reread: 'later', wait: 1500 });
    expect(growthPlan(page(true, 5000, 500, 500, 1000, 200), 3000)).toEqual({ reread: 'now' });
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
