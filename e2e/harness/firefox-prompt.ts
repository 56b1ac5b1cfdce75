/**
 * Firefox's own permission prompt: the doorhanger `permissions.request` opens in the browser window.
 * It is not part of any page, so the test reaches it over WebDriver BiDi in the browser's chrome
 * scope (`moz:scope`), which Firefox opens to a session started with `--remote-allow-system-access`
 * (the test profile's flag; nothing of it is in the build). The test reads what the prompt says and
 * presses its buttons, as a reader does.
 */
import type { Browser } from 'puppeteer-core';

/** The slice of puppeteer-core's BiDi connection these commands use (the Firefox browser has one). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** What Firefox's prompt for an add-on's optional permissions says while it is open. */
export interface PermissionPrompt {
  /** Its heading: which add-on asks. */
  heading: string;
  /** Each permission it asks for, as Firefox lists it (a host's name alone, for a host). */
  permissions: string[];
}

/** Runs in the browser window (chrome scope): the open prompt, or pressing one of its buttons. */
const IN_CHROME = (press: 'accept' | 'cancel' | null) => `(() => {
  const n = document.getElementById('addon-webext-permissions-notification');
  const panel = n && n.closest('panel');
  if (!n || n.hidden || !panel || panel.state !== 'open') return null;
  const press = ${JSON.stringify(press)};
  if (press === 'accept') n.button.click();
  else if (press === 'cancel') n.secondaryButton.click();
  const text = (el) => (el && el.textContent || '').replace(/\\s+/g, ' ').trim();
  return JSON.stringify({
    heading: text(n.querySelector('.popup-notification-description')),
    permissions: [...n.querySelectorAll('li')].filter((li) => !li.querySelector('li')).map(text).filter(Boolean),
  });
})()`;

async function inBrowserWindow(browser: Browser, press: 'accept' | 'cancel' | null): Promise<PermissionPrompt | null> {
  // puppeteer-core's Firefox browser speaks BiDi and exposes its connection (not in the base type).
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in the chrome scope');
  const evaluated = (
    await connection.send('script.evaluate', {
      expression: IN_CHROME(press),
      target: { context: window.context },
      awaitPromise: false,
    })
  ).result as { type: string; result?: { type: string; value?: string } };
  if (evaluated.type !== 'success') throw new Error(`the browser window did not answer: ${JSON.stringify(evaluated)}`);
  const value = evaluated.result?.value;
  return typeof value === 'string' ? (JSON.parse(value) as PermissionPrompt) : null;
}

/** Waits for Firefox's permission prompt and returns what it says; with `press`, then presses that button. */
export async function permissionPrompt(
  browser: Browser,
  press: 'accept' | 'cancel' | null = null,
  timeoutMs = 10_000,
): Promise<PermissionPrompt> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await inBrowserWindow(browser, press);
    if (shown) return shown;
    if (Date.now() > deadline) throw new Error('Firefox showed no permission prompt');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether Firefox's permission prompt is open now. */
export async function permissionPromptOpen(browser: Browser): Promise<boolean> {
  return (await inBrowserWindow(browser, null)) !== null;
}
