/**
 * The popup on a page with nothing to show, in any browser that can open it for a tab: it says why
 * (no article and no security, FinLens off on the site, a page it cannot read) and what FinLens
 * does, and shows no empty lists. Read as the reader reads it: the popup's visible text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './browser-page.ts';
import type { SuiteContext } from './extension-suite.ts';

/** Opens the popup for a page's tab, as a page of its own. */
export type PopupOpener = (page: BrowserPage) => Promise<BrowserPage>;

/** What FinLens does, as the popup says it on a page with nothing to list (its first sentence). */
const WHAT_IT_DOES = 'FinLens reads finance articles with you: it highlights the securities they name';
/** What a popup with something to list shows, and one with nothing must not. */
const LISTS = ['Securities on this page', 'Key points', 'No securities named', 'Refresh'];

/** The popup's text as rendered (`innerText`: hidden elements leave it out), once `want` is in it. */
const visibleText = (popup: BrowserPage, want: string) =>
  popup.waitFor((w) => (document.body.innerText.includes(w) ? document.body.innerText : null), want);

export function describeQuietPopup(ctx: SuiteContext, openPopup: PopupOpener): void {
  describe('the popup on a page with nothing to show', () => {
    let page: BrowserPage;
    beforeAll(async () => {
      page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('not-article'));
    });
    afterAll(async () => {
      await ctx.browser.setSettings({ offSites: [] });
      await page?.close();
    });

    it('on a quiet page that is no article (not-article): says why, and what FinLens does, without lists', async () => {
      const popup = await openPopup(page);
      const text = await visibleText(popup, 'Not an article; no securities found on this page.');
      expect(text).toContain(WHAT_IT_DOES);
      expect(text).toContain('Hover over or Tab to a highlighted security for its quote.');
      for (const list of LISTS) expect(text).not.toContain(list);
      expect(await popup.isVisible('.nothing-here .why')).toBe(true);
      expect(popup.errors).toEqual([]);
      await popup.close();
    });

    it('on a site the reader switched FinLens off: says so, how to turn it back on, and what FinLens does', async () => {
      await ctx.browser.setSettings({ offSites: [new URL(ctx.server.origin).hostname] });
      const popup = await openPopup(page);
      const text = await visibleText(popup, 'FinLens is off on this site.');
      expect(text).toContain('Turn on “FinLens on this site” above');
      expect(text).toContain(WHAT_IT_DOES);
      for (const list of LISTS) expect(text).not.toContain(list);
      await ctx.browser.setSettings({ offSites: [] });
      await popup.close();
    });

    it('on a page it cannot read (about:blank): says so, and what FinLens does', async () => {
      const blank = await ctx.browser.newPage();
      await blank.goto('about:blank');
      const popup = await openPopup(blank);
      const text = await visibleText(popup, "FinLens can't read this page");
      expect(text).toContain(WHAT_IT_DOES);
      for (const list of LISTS) expect(text).not.toContain(list);
      await popup.close();
      await blank.close();
    });
  });
}
