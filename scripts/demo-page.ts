/**
 * One demo page, read and shown: its findings once they stop changing (a single-page app renders
 * after load), then, without a display, its card, each kind of verdict's words and its popup as
 * screenshots, each printed with what it shows.
 */
import { join, relative } from 'node:path';
import type { ChromiumExtension } from '../e2e/harness/chromium.ts';
import { pageStateOf } from '../e2e/harness/chromium-extension.ts';
import type { PageState, Result } from '../extension/messages.ts';
import { type CardSeen, closeCard, shootPopup, shootVerdict, showCard, verdictsOf } from './demo-shots.ts';

/** How long the page's findings must stay the same to be read as final. */
const SETTLE_MS = 2_000;
const SETTLE_LIMIT_MS = 12_000;

/** A path as the reader will type it: from the folder `npm start` ran in. */
export const shown = (path: string) => relative(process.cwd(), path);

/** The tab's state once its securities have stopped changing (or after 12 s): what the popup would list. */
export async function settledState(browser: ChromiumExtension, tabId: number): Promise<Result<PageState>> {
  const start = Date.now();
  let last = '';
  let since = Date.now();
  for (;;) {
    const state = await pageStateOf(browser, tabId);
    const key = state.ok ? state.value.securities.map((s) => s.id).join() : `!${state.error}`;
    if (key !== last) [last, since] = [key, Date.now()];
    if (Date.now() - since >= SETTLE_MS || Date.now() - start >= SETTLE_LIMIT_MS) return state;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The card in one line: symbol, price, sparkline, the since row (or why none), the sample label. */
export function cardLine(card: CardSeen, article: boolean): string {
  const parts = [card.symbol, card.price ?? `(${card.face})`, card.spark ? 'sparkline' : 'no sparkline'];
  parts.push(card.since ?? card.gap ?? (article ? '(no since row)' : '(not an article: no since row)'));
  if (card.sample) parts.push('[Sample data]');
  return parts.join(' · ');
}

/** Screenshots a page (card open), one tooltip of each verdict it shows, and its popup; prints each. */
export async function shootPage(
  browser: ChromiumExtension,
  page: Parameters<ChromiumExtension['raw']>[0],
  tabId: number,
  slug: string,
  article: boolean,
  outDir: string,
): Promise<void> {
  const raw = browser.raw(page);
  const card = await showCard(raw, article);
  const cardPath = join(outDir, `${slug}.png`);
  await raw.screenshot({ path: cardPath });
  if (card) {
    console.log(`  card: ${cardLine(card, article)}`);
    await closeCard(raw);
  }
  console.log(`  screenshot: ${shown(cardPath)}`);

  const verdicts = await verdictsOf(raw, article);
  if (verdicts.length > 0) console.log(`  verdicts: ${verdicts.join(', ')}`);
  // One tooltip of each verdict (a "not checked" one only when it is all there is).
  const shot = new Set<string>();
  for (const [i, verdict] of verdicts.entries()) {
    if (shot.has(verdict) || (verdict === 'unverifiable' && verdicts.some((v) => v !== 'unverifiable'))) continue;
    shot.add(verdict);
    const path = join(outDir, `${slug}-verdict-${verdict}.png`);
    const tip = await shootVerdict(raw, i, path);
    console.log(`  verdict tooltip: "${tip.text.replace(/\s+/g, ' ')}"${tip.inView ? '' : ' (NOT fully in view)'}`);
    console.log(`  screenshot: ${shown(path)}`);
  }

  const popupPath = join(outDir, `${slug}-popup.png`);
  const popup = await shootPopup(browser, tabId, article, popupPath);
  const note = popup.sampleNote ? ', sample-data note' : '';
  console.log(`  popup: ${popup.prices} prices, ${popup.sinces} since chips, ${popup.verdicts} verdicts${note}`);
  console.log(`  screenshot: ${shown(popupPath)}`);
}
