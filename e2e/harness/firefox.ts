/** Debian's Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi. */
import puppeteer, { type Page } from 'puppeteer-core';
import type { BrowserPage, ExtensionBrowser } from './browser-page.ts';
import { browserExecutable, builtExtension } from './paths.ts';

/** Launches headless Firefox and installs `dist/firefox` as a temporary add-on. */
export async function launchFirefox(): Promise<ExtensionBrowser> {
  const extension = builtExtension('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      // Keep the closed network quiet: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(extension);
  return {
    name: 'firefox',
    newPage: async () => wrapPuppeteerPage(await browser.newPage()),
    close: () => browser.close(),
  };
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
    moveMouseTo: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}
