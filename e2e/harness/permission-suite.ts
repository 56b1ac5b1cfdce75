/**
 * Firefox: a reader may withhold the add-on's access to the quote providers (about:addons,
 * Permissions). The card then says so and offers to allow it; its button opens the options page,
 * whose button asks Firefox (`permissions.request`, on the reader's click); Firefox's own prompt
 * names the hosts, and what the reader answers there is what the add-on gets. Runs last: the
 * access to every https site it withholds is not asked back (no page of the add-on asks for it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import type { BrowserPage } from './browser-page.ts';
import { clickOn, inShowsText } from './controls.ts';
import type { SuiteContext } from './extension-suite.ts';
import type { FirefoxExtension } from './firefox.ts';
import { PROVIDER_HOSTS } from './quote-server.ts';
import { cashtagPage, hoverFace } from './quote-suite.ts';

/** The options page's words for the providers' permission, once shown. */
function permissionState(): string | null {
  const state = document.querySelector<HTMLElement>('.permission-state');
  return state && state.dataset.permitted !== 'undefined' ? state.innerText : null;
}

/** Whether the options page offers the button that asks for the permission. */
function offersAllow(): boolean {
  return [...document.querySelectorAll('section[aria-labelledby="permissions-heading"] button')].some(
    (b) => b.textContent === 'Allow',
  );
}

export function describeProviderPermission(ctx: SuiteContext): void {
  describe('the providers’ permission, withheld by the reader', () => {
    const firefox = () => ctx.browser as FirefoxExtension;
    let page: BrowserPage;
    let options: BrowserPage | undefined;
    beforeAll(async () => {
      await firefox().withholdProviders();
      expect(await firefox().providersGranted()).toBe(false);
      page = await cashtagPage(ctx, 'SH600030', '中信证券');
    });
    afterAll(async () => {
      await options?.close();
      await page?.close();
    });

    it('the card says FinLens may not reach the provider and offers to allow it; nothing is asked', async () => {
      const shown = await hoverFace(page);
      expect(shown.face).toBe('permission');
      expect(shown.text).toContain('FinLens is not allowed to reach Tencent for quotes.');
      expect(shown.text).toContain('Allow quotes…');
      expect(await axeViolations(page, [['finlens-card']])).toEqual([]);
      expect(ctx.quotes.log.some((r) => r.path.includes('sh600030'))).toBe(false);
    });

    it('its button opens the options page, which says the permission is not granted', async () => {
      await clickOn(page, { host: 'finlens-card', selector: 'button.allow', name: 'Allow quotes…' });
      options = await firefox().extensionPageOpened('extension/options/index.html');
      expect(await options.waitFor(permissionState)).toBe('Not granted: cards cannot show prices.');
      expect(await options.evaluate(offersAllow)).toBe(true);
      expect(await axeViolations(options)).toEqual([]);
    });

    it('Allow asks Firefox, whose prompt names the providers; cancelled, nothing is granted', async () => {
      const opts = options as BrowserPage;
      await clickOn(opts, { selector: 'section[aria-labelledby="permissions-heading"] button', name: 'Allow' });
      const prompt = await firefox().permissionPrompt('cancel');
      // "FinLens requests additional settings", then each provider's host.
      expect(prompt.heading).toContain('FinLens');
      expect([...prompt.permissions].sort()).toEqual([...PROVIDER_HOSTS].sort());
      await expect.poll(() => firefox().permissionPromptOpen()).toBe(false);
      expect(await firefox().providersGranted()).toBe(false);
      expect(await opts.waitFor(permissionState)).toBe('Not granted: cards cannot show prices.');
      expect(await opts.evaluate(offersAllow)).toBe(true);
    });

    it('accepted, the options page says so, and the card shows the price', async () => {
      const opts = options as BrowserPage;
      await clickOn(opts, { selector: 'section[aria-labelledby="permissions-heading"] button', name: 'Allow' });
      await firefox().permissionPrompt('accept');
      await opts.waitFor(inShowsText, ['.permission-state', 'Granted.']);
      expect(await opts.evaluate(offersAllow)).toBe(false);
      expect(await firefox().providersGranted()).toBe(true);
      const after = await hoverFace(page);
      expect(after.face).toBe('quote');
      expect(after.price).toBe(Number(ctx.quotes.priceOf('sh600030').toFixed(2)));
      expect(page.errors).toEqual([]);
      expect(opts.errors).toEqual([]);
    });
  });
}
