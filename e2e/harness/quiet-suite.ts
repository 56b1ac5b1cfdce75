/**
 * A quiet page in every browser: a review that is not about finance has only its explicit form
 * highlighted, and the option to highlight names on every page marks its names too, and unmarks
 * them when turned off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './browser-page.ts';
import type { SuiteContext } from './extension-suite.ts';
import { markedMentions } from './in-page.ts';

export function describeQuietPage(ctx: SuiteContext): void {
  describe('a page that is not about finance (tech-review)', () => {
    let page: BrowserPage;
    const marked = async () => (await page.evaluate(markedMentions)).map((m) => m.text);
    beforeAll(async () => {
      page = await ctx.browser.newPage();
      await page.goto(ctx.server.url('tech-review'));
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length > 0);
    });
    afterAll(async () => {
      await ctx.browser.setSettings({ namesEverywhere: false });
      await page?.close();
    });

    it('highlights names too once the reader asks for names on every page, and not when asked back', async () => {
      expect(await marked()).toEqual(['NASDAQ: NVDA']);
      await ctx.browser.setSettings({ namesEverywhere: true });
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length >= 5);
      expect(await marked()).toEqual(['Microsoft', 'Nvidia', 'Amazon', 'Google', 'NASDAQ: NVDA']);
      await ctx.browser.setSettings({ namesEverywhere: false });
      await page.waitFor(() => document.querySelectorAll('finlens-mark').length === 1);
      expect(await marked()).toEqual(['NASDAQ: NVDA']);
      expect(page.errors).toEqual([]);
    });
  });
}
