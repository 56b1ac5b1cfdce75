import { describe, expect, it } from 'vitest';
import type { PageState } from '../messages.ts';
import { nothingReason } from './nothing-here-reason.ts';

const security = { id: 'US:BIDU', mentions: [{ start: 0, end: 5 }] } as unknown as PageState['securities'][number];
const claim = { start: 0, end: 10 } as unknown as PageState['claims'][number];

function state(patch: Partial<PageState> = {}, page: Partial<PageState['page']> = {}): PageState {
  return {
    highlighted: false,
    namesQuiet: false,
    claimsHighlighted: false,
    page: { isArticle: false, isFinance: false, ...page },
    securities: [],
    companies: [],
    claims: [],
    keyPoints: { headline: '', gist: '', points: [] },
    site: 'example.com',
    siteOff: false,
    ...patch,
  };
}

describe('nothingReason', () => {
  it('names a page that is no article and names no security', () => {
    expect(nothingReason(state())).toBe('not-article');
  });

  it('says FinLens is off on the site before anything else', () => {
    expect(nothingReason(state({ siteOff: true, securities: [security] }))).toBe('site-off');
  });

  it('has nothing to say where there is a security to list, names listed apart included', () => {
    expect(nothingReason(state({ securities: [security] }))).toBeNull();
    expect(nothingReason(state({ securities: [security], namesQuiet: true }))).toBeNull();
  });

  it('lists an article with claims, key points or other companies even when it names no security', () => {
    expect(nothingReason(state({ claims: [claim] }, { isArticle: true }))).toBeNull();
    const keyPoints = { headline: 'h', gist: '', points: [{ start: 0, end: 3, text: 'abc', score: 1 }] };
    expect(nothingReason(state({ keyPoints }, { isArticle: true }))).toBeNull();
    const company = {
      name: '星河智能（上海）有限公司',
      mentions: [{ start: 0, end: 12, text: '星河智能（上海）有限公司', kind: 'name' }],
    };
    expect(nothingReason(state({ companies: [company] as PageState['companies'] }, { isArticle: true }))).toBeNull();
    expect(nothingReason(state({}, { isArticle: true }))).toBe('empty-article');
  });
});
