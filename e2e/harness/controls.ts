/**
 * Controls found as a reader finds them, by the words on or beside them, and pressed with a real
 * click of the pointer (a user gesture) in either browser. The `in*` functions run in the page and,
 * like those of `in-page.ts`, close over nothing.
 */
import type { BrowserPage } from './browser-page.ts';

/** An element to find: matching `selector` (inside `host`'s shadow root if given) and named `name`. */
export interface Target {
  selector: string;
  /** Its accessible words: its `aria-label`, else an input's label, else its text (trimmed, exact). */
  name?: string;
  host?: string;
}

/** The visible element a target names, scrolled into view; its centre, or null while there is none. */
export function inPointAt(target: Target): { x: number; y: number } | null {
  const scope: ParentNode | null | undefined = target.host ? document.querySelector(target.host)?.shadowRoot : document;
  const nameOf = (el: Element) => {
    const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const el = [...(scope?.querySelectorAll<HTMLElement>(target.selector) ?? [])].find(
    (e) => (target.name === undefined || nameOf(e) === target.name) && e.getClientRects().length > 0,
  );
  if (!el) return null;
  // Only as far as needed: a page that scrolls closes an open card, whose buttons are found here too.
  el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
}

/** Brings the page's tab to the front, waits for the target to be on screen, then clicks its centre with the pointer. */
export async function clickOn(page: BrowserPage, target: Target, timeoutMs?: number): Promise<void> {
  // The reader looks at the page they click in: its tab comes to the front.
  await page.bringToFront();
  const at = await page.waitFor(inPointAt, target, timeoutMs);
  await page.clickAt(at.x, at.y);
}

/** A checkbox or radio button named by its label, once it can be used: whether it is checked; null before. */
export function inUsableChoice(target: Target): { checked: boolean } | null {
  const input = [...document.querySelectorAll<HTMLInputElement>(target.selector)].find(
    (e) =>
      (e.getAttribute('aria-label') ?? e.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim() === target.name,
  );
  return input && !input.disabled ? { checked: input.checked } : null;
}

const CHOICES = 'input[type="checkbox"], input[type="radio"]';

/** Whether a checkbox or radio button named by its label is checked (null while it cannot be used). */
export function choiceChecked(page: BrowserPage, name: string): Promise<boolean> {
  return page.waitFor(inUsableChoice, { selector: CHOICES, name }).then((s) => s.checked);
}

/** Sets a checkbox or radio button named by its label as a reader does (a click); waits until it shows so. */
export async function setChoice(page: BrowserPage, name: string, on: boolean): Promise<void> {
  const target = { selector: CHOICES, name };
  if ((await page.waitFor(inUsableChoice, target)).checked !== on) await clickOn(page, target);
  await page.waitFor(
    ([t, want]) => {
      const input = [...document.querySelectorAll<HTMLInputElement>(t.selector)].find(
        (e) =>
          (e.getAttribute('aria-label') ?? e.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim() === t.name,
      );
      return input?.checked === want;
    },
    [target, on] as [Target, boolean],
  );
}

/** The visible text of each element matching `selector`, in document order. */
export function inTexts(selector: string): string[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.innerText.trim());
}

/** The text content of each element matching `selector` (hidden parts too, as `textContent` has it). */
export function inContents(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

/**
 * Whether some element matching `selector` that is on screen (it has a box) has `text` in its text;
 * null while none has. Its text as written, not as styled (`innerText` would be upper-cased by CSS).
 */
export function inShowsText([selector, text]: [string, string]): true | null {
  return [...document.querySelectorAll<HTMLElement>(selector)].some(
    (e) => e.getClientRects().length > 0 && (e.textContent ?? '').includes(text),
  )
    ? true
    : null;
}
