/** Debian's Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserPage, ExtensionBrowser } from './browser-page.ts';
import { type PermissionPrompt, permissionPrompt, permissionPromptOpen } from './firefox-prompt.ts';
import { setStoredSettings } from './in-page.ts';
import { browserExecutable, builtExtension } from './paths.ts';
import { startProviderProxy } from './provider-proxy.ts';
import { PROVIDER_HOSTS, type QuoteServer } from './quote-server.ts';

/** The add-on's id (its manifest's gecko id) and the internal UUID the tests pin for it, so they can open its pages. */
const ADDON_ID = 'finlens@finlens.app';
const ADDON_UUID = '5f1e7c2a-9b8d-4e3f-a6c1-0d2b4f6a8e10';
const ORIGIN = `moz-extension://${ADDON_UUID}/`;

/** Firefox with the add-on, plus what only Firefox lets a reader do: withhold its host permissions. */
export interface FirefoxExtension extends ExtensionBrowser {
  /**
   * Withholds the add-on's access to the quote providers while it keeps the pages it reads, as a
   * reader who allowed FinLens on the sites they read but not the providers has it (Firefox asks
   * for an MV3 add-on's hosts and lets each be withheld): the providers' hosts, and "all https
   * sites", which covers them, go; plain-http pages (the fixtures) keep their access.
   */
  withholdProviders(): Promise<void>;
  /** Whether the add-on may reach every quote provider now. */
  providersGranted(): Promise<boolean>;
  /** The add-on's page at `path` that the add-on opened in a tab itself (not the harness), once it has rendered. */
  extensionPageOpened(path: string, timeoutMs?: number): Promise<BrowserPage>;
  /** Waits for Firefox's permission prompt, returns what it says and presses `press` (or nothing). */
  permissionPrompt(press?: 'accept' | 'cancel' | null): Promise<PermissionPrompt>;
  permissionPromptOpen(): Promise<boolean>;
}

/** The `browser` namespace of an extension page, as the snippets below use it. */
interface AddonApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  permissions: {
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
}

/** Launches headless Firefox and installs `dist/firefox` as a temporary add-on. */
export async function launchFirefox(quotes?: QuoteServer): Promise<FirefoxExtension> {
  const extension = builtExtension('firefox');
  const proxy = quotes && (await startProviderProxy(PROVIDER_HOSTS, quotes.port));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: true,
    // Firefox 153+ lets WebDriver open the add-on's own pages (moz-extension://) only with this flag,
    // and with it the browser window itself (its permission prompt: firefox-prompt.ts).
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
      // Test profile only: https goes through the local proxy, which tunnels the quote providers' hosts
      // to the stand-in and refuses the rest (fixture pages are plain http on 127.0.0.1: direct).
      ...(proxy
        ? { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxy.port }
        : {}),
    },
  });
  await browser.installExtension(extension);
  await waitForFirstRun(browser);
  const openPage = (path: string) => openAddonPage(browser, path);
  // One add-on page kept open behind the tabs under test, to reach the extension's API from (opened
  // first, so no page under test is hidden by it). It is the popup speaking for a tab id no tab has:
  // it reads, and so changes, no page.
  const control = await openPage('extension/popup/index.html?tabId=2147483647');
  // Pages the harness opened; an add-on page not among them was opened by the add-on itself.
  const known = new WeakSet<Page>([control]);
  const inAddon = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    control.evaluate(fn as never, arg) as Promise<R>;
  const wrapped = new WeakMap<BrowserPage, Page>();
  const wrap = (page: Page) => {
    known.add(page);
    const w = wrapPuppeteerPage(page);
    wrapped.set(w, page);
    return w;
  };
  const providerOrigins = PROVIDER_HOSTS.map((h) => `https://${h}/*`);
  return {
    name: 'firefox',
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (path) => wrap(await openPage(path)),
    async tabIdOf(page) {
      const raw = wrapped.get(page);
      if (!raw) throw new Error('not a page of this browser');
      await raw.bringToFront();
      const id = await inAddon(async () => {
        const api = (globalThis as unknown as { browser: AddonApi }).browser;
        return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      }, undefined);
      if (typeof id !== 'number') throw new Error('no active tab');
      return id;
    },
    badgeOf: (tabId) =>
      inAddon(
        (id) => (globalThis as unknown as { browser: AddonApi }).browser.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    setSettings: (patch) => inAddon(setStoredSettings, patch),
    async withholdProviders() {
      const removed = await inAddon(
        (origins) => (globalThis as unknown as { browser: AddonApi }).browser.permissions.remove({ origins }),
        [...providerOrigins, 'https://*/*'],
      );
      if (!removed) throw new Error('Firefox kept the providers’ permissions');
    },
    providersGranted: () =>
      inAddon(
        (origins) => (globalThis as unknown as { browser: AddonApi }).browser.permissions.contains({ origins }),
        providerOrigins,
      ),
    async extensionPageOpened(path, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // WebDriver BiDi reports an add-on page's URL as about:blank: ask each new tab where it is.
        for (const p of (await browser.pages()).filter((p) => !known.has(p))) {
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(ORIGIN + path)) return wrap(await rendered(p));
        }
        if (Date.now() > deadline) throw new Error(`no tab opened ${path}`);
        await sleep(100);
      }
    },
    permissionPrompt: (press = null) => permissionPrompt(browser, press),
    permissionPromptOpen: () => permissionPromptOpen(browser),
    async close() {
      await browser.close();
      await proxy?.close();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens one of the add-on's pages in a new tab, once its script has rendered. */
async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  // WebDriver BiDi never reports an extension page's load: navigate, then wait for its script.
  void page.goto(ORIGIN + path).catch(() => {});
  return rendered(page);
}

/** Waits until an add-on page's script has rendered its `<main>`. */
async function rendered(page: Page): Promise<Page> {
  // A look taken while the page is still swapping its realm fails: ask again until it answers.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ready = await page.evaluate(() => document.querySelector('main') !== null).catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`the add-on page did not open: ${page.url()}`);
    await sleep(100);
  }
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
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, options) => {
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png`, ...options });
    },
    addScript: async (source) => {
      await page.evaluate(source);
    },
    close: () => page.close(),
  };
}
