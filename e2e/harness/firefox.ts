/** Debian's Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi. */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserPage, ExtensionBrowser } from './browser-page.ts';
import { setStoredSettings } from './in-page.ts';
import { browserExecutable, builtExtension } from './paths.ts';
import type { QuoteServer } from './quote-server.ts';

/** The add-on's id (its manifest's gecko id) and the internal UUID the tests pin for it, so they can open its pages. */
const ADDON_ID = 'finlens@finlens.app';
const ADDON_UUID = '5f1e7c2a-9b8d-4e3f-a6c1-0d2b4f6a8e10';

/** Launches headless Firefox and installs `dist/firefox` as a temporary add-on. */
export async function launchFirefox(quotes?: QuoteServer): Promise<ExtensionBrowser> {
  const extension = builtExtension('firefox');
  if (quotes && quotes.port !== 443)
    throw new Error('Firefox reaches the quote stand-in on port 443 only: run as root (CI does)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: true,
    // Firefox 153+ lets WebDriver open the add-on's own pages (moz-extension://) only with this flag.
    args: ['--remote-allow-system-access'],
    // The quote stand-in's certificate is self-signed (test profile only).
    acceptInsecureCerts: quotes !== undefined,
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      // Keep the closed network quiet: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // A test-profile setting (never in the build): the moz-extension:// host of the add-on's pages.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Test profile only: every host name resolves to this machine, so the add-on's requests to the
      // quote providers reach the local stand-in on 443 (fixture pages are on 127.0.0.1 anyway).
      ...(quotes ? { 'network.dns.forceResolve': '127.0.0.1' } : {}),
    },
  });
  await browser.installExtension(extension);
  await waitForFirstRun(browser);
  return {
    name: 'firefox',
    newPage: async () => wrapPuppeteerPage(await browser.newPage()),
    async setSettings(patch) {
      const page = await browser.newPage();
      // WebDriver BiDi never reports an extension page's load: navigate, then wait for its script.
      // A look taken while the page is still swapping its realm fails: ask again until it answers.
      void page.goto(`moz-extension://${ADDON_UUID}/extension/popup/index.html`).catch(() => {});
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ready = await page.evaluate(() => document.querySelector('main.popup') !== null).catch(() => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error('the add-on page did not open');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await page.evaluate(setStoredSettings, patch);
      await page.close();
    },
    close: () => browser.close(),
  };
}

/**
 * Waits for the first-run page FinLens opens on install, so it never takes the front from a test's
 * page later. WebDriver BiDi reports an extension page's URL as about:blank: each tab is asked.
 */
async function waitForFirstRun(browser: Browser): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const page of await browser.pages()) {
      const path = await page.evaluate(() => location.pathname).catch(() => '');
      if (path === '/extension/first-run/index.html') return;
    }
    if (Date.now() > deadline) throw new Error('the first-run page did not open on install');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function wrapPuppeteerPage(page: Page): BrowserPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  return {
    errors,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      const handle = await page.waitForFunction(
        fn as (arg: unknown) => unknown,
        { timeout: timeoutMs, polling: 100 },
        arg,
      );
      return (await handle.jsonValue()) as never;
    },
    hover: (selector) => page.hover(selector),
    isVisible: async (selector) => {
      const handle = await page.$(selector);
      try {
        return handle ? await handle.isVisible() : false;
      } finally {
        await handle?.dispose();
      }
    },
    moveMouseTo: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}
