/**
 * The card as the reader meets it: open, it is on screen and on top; closed, by whatever way, it is
 * gone from the screen (not displayed, catching no pointer), and a highlight it covered opens its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './browser-page.ts';
import type { SuiteContext } from './extension-suite.ts';
import { cardGone, centreOf, focused, visibleCard } from './in-page.ts';

/** Opens the page's first mark's card by hover and returns it as shown. */
async function hoverOpen(page: BrowserPage, selector: string) {
  await page.moveMouseTo(0, 0);
  await page.waitFor(cardGone, null);
  await page.hover(selector);
  return page.waitFor(visibleCard);
}

export function describeCardScreen(ctx: SuiteContext): void {
  describe('the card on screen (stacked highlights)', () => {
    let page: BrowserPage;
    beforeAll(async () => {
      page = await ctx.browser.newPage();
      await page.goto(`${ctx.server.origin}/_stacked/`);
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length >= 2);
    });
    afterAll(async () => {
      await ctx.browser.setSettings({ highlight: true });
      await page?.close();
    });

    it('leaves the screen when the pointer leaves, and the highlight it covered opens its own card', async () => {
      const first = await hoverOpen(page, '#first finlens-mark');
      expect(first.symbol).toBe('BIDU');
      // The second highlight lies under the first card: otherwise this test would prove nothing.
      const under = await page.evaluate(centreOf, '#second finlens-mark');
      expect(under).not.toBeNull();
      const { x, y } = under as { x: number; y: number };
      expect(x > first.box.x && x < first.box.x + first.box.width).toBe(true);
      expect(y > first.box.y && y < first.box.y + first.box.height).toBe(true);
      await page.moveMouseTo(0, 0);
      await page.waitFor(cardGone, first.box);
      expect(await page.isVisible('finlens-card')).toBe(false);
      await page.hover('#second finlens-mark');
      const second = await page.waitFor(visibleCard, 'BABA');
      expect(second.text).toContain('BABA');
      await page.moveMouseTo(0, 0);
      await page.waitFor(cardGone, second.box);
    });

    it('leaves the screen when the page scrolls', async () => {
      const shown = await hoverOpen(page, '#first finlens-mark');
      await page.evaluate(() => window.scrollBy(0, 30));
      await page.waitFor(cardGone, shown.box);
      expect(await page.isVisible('finlens-card')).toBe(false);
      // Scroll events arrive on the next frames: let them pass before the next test opens a card.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            window.scrollTo(0, 0);
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
          }),
      );
    });

    it('leaves the screen when the focus leaves the highlight', async () => {
      await page.evaluate(() => document.querySelector<HTMLElement>('#first finlens-mark')?.focus());
      const shown = await page.waitFor(visibleCard);
      expect(shown.symbol).toBe('BIDU');
      await page.evaluate(() => document.getElementById('after')?.focus({ preventScroll: true }));
      expect((await page.evaluate(focused)).tag).toBe('button');
      await page.waitFor(cardGone, shown.box);
      expect(await page.isVisible('finlens-card')).toBe(false);
    });

    it('leaves the screen when highlights are switched off with the card open', async () => {
      const shown = await hoverOpen(page, '#second finlens-mark');
      await ctx.browser.setSettings({ highlight: false });
      await page.waitFor(cardGone, shown.box);
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length === 0);
      // Back on with the pointer away from the marks: no card comes back with them.
      await page.moveMouseTo(0, 0);
      await ctx.browser.setSettings({ highlight: true });
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length >= 2);
      expect(await page.evaluate(cardGone, null)).toBe(true);
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
    });
  });
}
