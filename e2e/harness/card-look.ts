/**
 * The open card as the reader sees it: its colours, whether it shows a price, and where it is (for
 * a screenshot). The `card*` functions run in the page and close over nothing.
 */
import type { Box, BrowserPage } from './browser-page.ts';
import { cardGone } from './in-page.ts';

/**
 * The open card's colours: whether its change reads up or down (its sign), the hue it is painted
 * in, and whether the card itself is dark (the luminance of its background).
 */
export function cardColours() {
  const host = document.querySelector<HTMLElement>('finlens-card');
  const root = host && getComputedStyle(host).display !== 'none' ? host.shadowRoot : null;
  const change = root?.querySelector<HTMLElement>('.change');
  const card = root?.querySelector<HTMLElement>('.card');
  if (!change || !card) return null;
  const rgb = (css: string) => (/rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css) ?? []).slice(1).map(Number);
  const [r, g] = rgb(getComputedStyle(change).color);
  const [br, bg, bb] = rgb(getComputedStyle(card).backgroundColor).map((v) => v / 255);
  const text = change.innerText.trim();
  return {
    rising: text.startsWith('+'),
    falling: /^[-−]/.test(text),
    hue: r > g ? 'red' : 'green',
    dark: 0.2126 * br + 0.7152 * bg + 0.0722 * bb < 0.4,
  };
}

/** Whether the card on screen shows a price and the day's sparkline. */
export function cardPriced(): boolean {
  const host = document.querySelector<HTMLElement>('finlens-card');
  const root = host && getComputedStyle(host).display !== 'none' ? host.shadowRoot : null;
  const price = root?.querySelector('.price')?.getBoundingClientRect();
  return Boolean(price && price.width > 0 && root?.querySelector('svg.spark polyline'));
}

/** The hue a move in this direction takes under a convention. */
export const expectedHue = (c: { rising: boolean }, redUp: boolean) => (c.rising === redUp ? 'red' : 'green');

/** Brings the page to the front and opens the card of a security's first mark by hover (any open card closed first); waits for its price. */
export async function openPricedCard(page: BrowserPage, id: string): Promise<void> {
  await page.bringToFront();
  await page.moveMouseTo(0, 0);
  await page.waitFor(cardGone, null);
  await page.hover(`finlens-mark[data-finlens-id="${id}"]`);
  await page.waitFor(cardPriced, undefined, 15_000);
}

/** The open card and its mark, with a margin, for a screenshot. */
export async function cardClip(page: BrowserPage): Promise<Box> {
  const box = await page.evaluate(() => {
    const r = document.querySelector('finlens-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
  if (!box) throw new Error('no card open');
  return { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 50), width: box.width + 80, height: box.height + 70 };
}
