/** Debian's Chromium with the built extension, through Playwright. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { BrowserPage, ExtensionBrowser } from './browser-page.ts';
import { badgeOf, tabIdOf } from './chromium-extension.ts';
import { setStoredSettings } from './in-page.ts';
import { browserExecutable, builtExtension } from './paths.ts';
import type { QuoteServer } from './quote-server.ts';

/** Chromium with the extension, plus what only Chromium lets a test reach: the service worker. */
export interface ChromiumExtension extends ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  /** The first-run page FinLens opened on install; undefined when launched on a profile it was installed in before. */
  readonly firstRun: Page | undefined;
  /** The Playwright page behind a BrowserPage made by this browser. */
  raw(page: BrowserPage): Page;
}

/** Whether a page is FinLens's first-run page. */
export const isFirstRun = (page: Page) => new URL(page.url()).pathname === '/extension/first-run/index.html';

/**
 * Launches Chromium (headless unless `headed`) with `dist/chrome` loaded. `lang` is the browser's UI
 * language (the extension's, through chrome.i18n); `pageLocale` the language pages are asked in and
 * their default locale (`navigator.language`, Accept-Language, `Intl`), `lang` unless set apart.
 * A fresh profile (no `userDataDir`) installs the extension, which opens its first-run page: the
 * launch waits for it, so it never takes the active tab from a test's page later.
 */
export async function launchChromium(
  options: { headed?: boolean; lang?: string; pageLocale?: string; quotes?: QuoteServer; userDataDir?: string } = {},
): Promise<ChromiumExtension> {
  const lang = options.lang ?? 'en-US';
  const extension = builtExtension('chrome');
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: browserExecutable('chromium'),
    headless: !options.headed,
    viewport: { width: 1100, height: 800 },
    locale: options.pageLocale ?? lang,
    // Dates the popup shows are in the reader's time zone: pin it, so they read the same on any machine.
    timezoneId: 'Asia/Shanghai',
    // Chromium on Linux takes its UI language (chrome.i18n) from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
      // The quote providers' hosts go to the local stand-in, whose certificate is self-signed.
      ...(options.quotes
        ? [`--host-resolver-rules=${options.quotes.resolverRules()}`, '--ignore-certificate-errors']
        : []),
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  const firstRun =
    options.userDataDir === undefined
      ? (context.pages().find(isFirstRun) ?? (await context.waitForEvent('page', { predicate: isFirstRun })))
      : undefined;
  const pages = new WeakMap<BrowserPage, Page>();
  const wrap = (page: Page) => {
    const wrapped = wrapPlaywrightPage(page);
    pages.set(wrapped, page);
    return wrapped;
  };
  const browser: ChromiumExtension = {
    name: 'chromium',
    context,
    extensionId,
    firstRun,
    // The worker Chromium runs now: after it was stopped, the one that started again.
    get serviceWorker() {
      const live = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live[live.length - 1] ?? first;
    },
    async setSettings(patch) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/extension/popup/index.html`);
      await page.evaluate(setStoredSettings, patch);
      await page.close();
    },
    raw: (page) => {
      const p = pages.get(page);
      if (!p) throw new Error('not a page of this browser');
      return p;
    },
    newPage: async () => wrap(await context.newPage()),
    async openExtensionPage(path) {
      const page = wrap(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitFor(() => document.querySelector('main') !== null);
      return page;
    },
    tabIdOf: (page) => tabIdOf(browser, page),
    badgeOf: (tabId) => badgeOf(browser, tabId),
    close: () => context.close(),
  };
  return browser;
}

function wrapPlaywrightPage(page: Page): BrowserPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return {
    errors,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs })).jsonValue() as never,
    hover: (selector) => page.hover(selector),
    isVisible: (selector) => page.locator(selector).first().isVisible(),
    moveMouseTo: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, options) => {
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path, ...options });
    },
    addScript: async (source) => {
      await page.evaluate(source);
    },
    close: () => page.close(),
  };
}
