/** The checks every browser must pass with the built extension loaded, on every fixture. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage, ExtensionBrowser } from './browser-page.ts';
import { describeCardScreen } from './card-suite.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { type Fixture, loadFixtures } from './fixtures.ts';
import { describeGrowth } from './growth-suite.ts';
import { describeHoldUpPopup } from './hold-up-popup-suite.ts';
import { describeHoldUp, setHoldUpSamples } from './hold-up-suite.ts';
import {
  cardGone,
  focused,
  liveBody,
  markedMentions,
  paintedHighlights,
  pristineBody,
  visibleCard,
} from './in-page.ts';
import { describeOptions } from './options-suite.ts';
import { describeQuietPopup } from './popup-quiet-suite.ts';
import { describePopup } from './popup-suite.ts';
import { describeQuietPage } from './quiet-suite.ts';
import { type QuoteServer, startQuoteServerForBrowsers } from './quote-server.ts';
import { describeQuotes } from './quote-suite.ts';

/** How long a page with nothing to highlight is given before "nothing highlighted" is believed. */
export const QUIET_PAGE_MS = 1500;

export interface SuiteContext {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** The local stand-in for the quote providers, which the browser reaches under their host names. */
  quotes: QuoteServer;
}

/**
 * Loads a fixture and waits until FinLens has handled it: marks appear, or (for a page with none)
 * `settled` says so, or the quiet period passes.
 */
export async function openFixture(
  ctx: SuiteContext,
  fixture: Fixture,
  settled?: (page: BrowserPage) => Promise<void>,
): Promise<BrowserPage> {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.server.url(fixture.slug));
  if (fixture.expected.mentions.length > 0) {
    await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
  } else if (settled) {
    await settled(page);
  } else {
    await new Promise((resolve) => setTimeout(resolve, QUIET_PAGE_MS));
  }
  return page;
}

/** Registers the shared checks; `extra` adds a browser's own checks inside the same describe. */
export function describeExtension(
  launch: (quotes: QuoteServer) => Promise<ExtensionBrowser>,
  options: {
    settled?: (ctx: SuiteContext, page: BrowserPage) => Promise<void>;
    extra?: (ctx: SuiteContext) => void;
  } = {},
): void {
  const ctx = {} as SuiteContext;
  beforeAll(async () => {
    ctx.server = await startFixtureServer();
    ctx.quotes = await startQuoteServerForBrowsers();
    // The holdup post's record and prices near it, before any quote is asked (answers are cached).
    setHoldUpSamples(ctx.quotes);
    ctx.browser = await launch(ctx.quotes);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
    await ctx.quotes?.close();
  });

  for (const fixture of loadFixtures()) {
    describe(fixture.slug, () => {
      let page: BrowserPage;
      beforeAll(async () => {
        page = await openFixture(ctx, fixture, options.settled && ((p) => options.settled!(ctx, p)));
      });
      afterAll(async () => {
        await page?.close();
      });

      it('highlights the expected securities and nothing else', async () => {
        const marked = await page.evaluate(markedMentions);
        expect(marked.map(({ text, id }) => ({ text, id }))).toEqual(fixture.expected.mentions);
      });

      it('paints the expected claims by type, and the figures in them', async () => {
        const painted = await page.evaluate(paintedHighlights);
        const expected: Record<string, string[]> = {};
        for (const { type, text } of fixture.expected.claims) {
          const name = `finlens-claim-${type}`;
          expected[name] = [...(expected[name] ?? []), text];
        }
        if (fixture.expected.figures.length > 0) expected['finlens-figure'] = fixture.expected.figures;
        expect(painted).toEqual(expected);
      });

      it("leaves the page's text unchanged", async () => {
        const pristine = await page.evaluate(pristineBody);
        const live = await page.evaluate(liveBody);
        expect(live.text).toBe(pristine.text);
      });

      const card = fixture.expected.card;
      if (card) {
        it('opens the card on hover, with the symbol and name', async () => {
          await page.hover('finlens-mark');
          const shown = await page.waitFor(visibleCard);
          expect(shown.symbol).toBe(card.symbol);
          for (const name of card.names) expect(shown.text).toContain(name);
          expect(await page.isVisible('finlens-card')).toBe(true);
          await page.moveMouseTo(0, 0);
          // Gone from the screen: not displayed, and the pointer meets the page where it stood.
          await page.waitFor(cardGone, shown.box);
          expect(await page.isVisible('finlens-card')).toBe(false);
        });

        it('opens the card on keyboard focus and closes it on Escape', async () => {
          let now = await page.evaluate(focused);
          for (let i = 0; i < 40 && now.tag !== 'finlens-mark'; i++) {
            await page.press('Tab');
            now = await page.evaluate(focused);
          }
          expect(now.tag).toBe('finlens-mark');
          const shown = await page.waitFor(visibleCard);
          // The card speaks for the focused mark: its symbol is the mark's id without the market.
          expect(shown.symbol).toBe(now.id?.slice(now.id.indexOf(':') + 1));
          expect(await page.isVisible('finlens-card')).toBe(true);
          await page.press('Escape');
          await page.waitFor(cardGone, shown.box);
          expect(await page.isVisible('finlens-card')).toBe(false);
          // The mark keeps the focus, and Tab no longer leads into a closed card.
          expect((await page.evaluate(focused)).tag).toBe('finlens-mark');
        });
      }

      it('logs no errors', () => {
        expect(page.errors).toEqual([]);
      });
    });
  }

  describeCardScreen(ctx);
  describeGrowth(ctx);
  describeQuietPage(ctx);
  describeQuotes(ctx);
  describeLongStory(ctx);
  describeHoldUp(ctx);
  describeHoldUpPopup(ctx);
  describePopup(ctx);
  describeOptions(ctx);
  options.extra?.(ctx);
  // Last: it switches FinLens off on the fixtures' site for a moment. The popup for a page's tab,
  // opened as a page of its own, in any browser.
  describeQuietPopup(ctx, async (page) =>
    ctx.browser.openExtensionPage(`extension/popup/index.html?tabId=${await ctx.browser.tabIdOf(page)}`),
  );
}

/** A finance story with 400 claims: those near the view are painted, and more as the reader scrolls. */
function describeLongStory(ctx: SuiteContext): void {
  describe('a long story (long-report)', () => {
    let page: BrowserPage;
    beforeAll(async () => {
      page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('long-report'));
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length >= 400);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('paints the claims near the view, not all 400', async () => {
      const painted = await page.waitFor((want) => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        const ids = [...(registry.get('finlens-claim-figure') ?? [])].map(
          (r) => (r.startContainer.parentElement as HTMLElement | null)?.closest('p')?.id,
        );
        return ids.includes(want) ? ids : null;
      }, 'p0');
      expect(painted.length).toBeGreaterThan(5);
      expect(painted.length).toBeLessThan(200);
      expect(painted).not.toContain('p399');
    });

    it('paints the claims the reader scrolls to', async () => {
      await page.evaluate(() => document.getElementById('p399')?.scrollIntoView());
      await page.waitFor(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        return [...(registry.get('finlens-claim-figure') ?? [])].some(
          (r) => (r.startContainer.parentElement as HTMLElement | null)?.closest('p')?.id === 'p399',
        );
      });
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
    });
  });
}
