/**
 * Functions the tests run inside the page (main world). Each is self-contained: test drivers
 * serialise them, so they may not close over anything in this module.
 */

/** A highlighted mention as the page shows it: its marks joined, in text order. */
export interface MarkedMention {
  text: string;
  id: string;
  kind: string;
}

/** Groups the page's highlights by mention: marks, and security links decorated in place. */
export function markedMentions(): MarkedMention[] {
  const byMention = new Map<string, MarkedMention>();
  for (const mark of document.querySelectorAll<HTMLElement>('finlens-mark, a[data-finlens-id]')) {
    const key = mark.dataset.finlensMention ?? '';
    const entry = byMention.get(key);
    if (entry) entry.text += mark.textContent;
    else
      byMention.set(key, {
        text: mark.textContent ?? '',
        id: mark.dataset.finlensId ?? '',
        kind: mark.dataset.finlensKind ?? '',
      });
  }
  return [...byMention.values()];
}

/** Where a card was on screen: its box, in viewport pixels. */
export interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The card as the reader sees it, or null when it is not on screen: displayed (computed style, not
 * an attribute), with a box, and the element the pointer meets at the box's centre; with `symbol`,
 * only a card showing that security.
 */
export function visibleCard(symbol?: string): { symbol: string; text: string; box: CardBox } | null {
  const host = document.querySelector('finlens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const style = getComputedStyle(host);
  if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) === 0) return null;
  const card = root.querySelector('.card');
  const r = card?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return null;
  // A shadow root's content is met as its host from the page.
  if (document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) !== host) return null;
  const text = (card as HTMLElement).innerText ?? '';
  const shown = root.querySelector('.symbol')?.textContent ?? '';
  if (symbol !== undefined && shown !== symbol) return null;
  return {
    symbol: shown,
    text,
    box: { x: r.x, y: r.y, width: r.width, height: r.height },
  };
}

/**
 * Whether a closed card has left the screen: nothing of it is displayed, and the pointer meets the
 * page, not the card, at every corner and the centre of where it was.
 */
export function cardGone(box: CardBox | null): boolean {
  const host = document.querySelector('finlens-card') as HTMLElement | null;
  if (!host) return true;
  if (getComputedStyle(host).display !== 'none') return false;
  if (host.getBoundingClientRect().width > 0 || host.getBoundingClientRect().height > 0) return false;
  if (!box) return true;
  const inset = 2;
  const points: [number, number][] = [
    [box.x + box.width / 2, box.y + box.height / 2],
    [box.x + inset, box.y + inset],
    [box.x + box.width - inset, box.y + inset],
    [box.x + inset, box.y + box.height - inset],
    [box.x + box.width - inset, box.y + box.height - inset],
  ];
  return points.every(([x, y]) => document.elementFromPoint(x, y) !== host);
}

/** The centre of an element's first box, in viewport pixels; null when it has none. */
export function centreOf(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getClientRects()[0];
  return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
}

/**
 * The page's markup and text as the server sent them, parsed by this browser without the
 * extension. A page that renders later (a single-page app) keeps what it renders in a
 * `<template data-render-into="selector">`; that rendering is done here too, as its script does.
 */
export async function pristineBody(): Promise<{ html: string; text: string }> {
  const source = await (await fetch(location.href, { cache: 'no-store' })).text();
  const doc = new DOMParser().parseFromString(source, 'text/html');
  for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[data-render-into]')) {
    doc.querySelector(template.dataset.renderInto ?? '')?.replaceChildren(template.content.cloneNode(true));
  }
  return { html: doc.body.innerHTML, text: doc.body.textContent ?? '' };
}

/** The live page's markup and text. */
export function liveBody(): { html: string; text: string } {
  return { html: document.body.innerHTML, text: document.body.textContent ?? '' };
}

/** Remembers every text node under body (main world), to check later that the same nodes are back. */
export function rememberTextNodes(): number {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  (window as unknown as { __remembered: { node: Text; data: string }[] }).__remembered = nodes.map((node) => ({
    node,
    data: node.data,
  }));
  return nodes.length;
}

/** How many remembered text nodes are no longer in the page, or changed. */
export function lostTextNodes(): number {
  const remembered = (window as unknown as { __remembered: { node: Text; data: string }[] }).__remembered;
  return remembered.filter(({ node, data }) => !node.isConnected || node.data !== data).length;
}

/** Tries to load each path from the extension the way a page would; returns those that loaded. */
export async function probeExtensionFiles(args: { base: string; paths: string[] }): Promise<string[]> {
  const loaded: string[] = [];
  for (const path of args.paths) {
    const url = args.base + path;
    const viaFetch = await fetch(url).then(
      () => true,
      () => false,
    );
    const viaScript = await new Promise<boolean>((resolve) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => resolve(true);
      script.onerror = () => resolve(false);
      document.head.append(script);
      setTimeout(() => resolve(false), 3000);
    });
    if (viaFetch || viaScript) loaded.push(path);
  }
  return loaded;
}

/** The focused element's tag and security id. */
export function focused(): { tag: string; id: string | null } {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.localName ?? '', id: el?.dataset?.finlensId ?? null };
}

/**
 * The text of every range in each FinLens highlight (CSS Custom Highlight API), by highlight name.
 * The registry is the document's, so the main world sees what the content script registered.
 */
export function paintedHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return out;
  // Claims are StaticRanges (no toString): their text is read through a live Range over the same bounds.
  const text = (r: AbstractRange) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  };
  for (const [name, highlight] of registry) {
    if (name.startsWith('finlens-')) out[name] = [...highlight].map(text);
  }
  return out;
}

/** Runs in an extension page (either browser): merges `patch` into the stored settings, as the popup's switches do. */
export async function setStoredSettings(patch: Record<string, unknown>): Promise<void> {
  interface Area {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: object): Promise<void>;
  }
  const g = globalThis as unknown as { browser?: { storage: { sync: Area } }; chrome: { storage: { sync: Area } } };
  // Where the extension keeps its settings (settings.ts): storage.sync.
  const sync = (g.browser ?? g.chrome).storage.sync;
  const stored = ((await sync.get('settings')).settings ?? {}) as object;
  await sync.set({ settings: { ...stored, ...patch } });
}

/** An update the live-market fixture makes to itself: a short line, or a batch of feed items. */
export type LiveUpdate = { line: string } | { batch: [from: number, count: number] };

interface LiveApi {
  line(text: string, doc?: Document): void;
  batch(from: number, count: number, doc?: Document): void;
}

/** Applies updates to the live-market page, with its own script (main world). */
export function applyLiveUpdates(updates: LiveUpdate[]): void {
  const live = (window as unknown as { live: LiveApi }).live;
  for (const u of updates) {
    if ('line' in u) live.line(u.line);
    else live.batch(u.batch[0], u.batch[1]);
  }
}

/**
 * The live-market page as it would be without FinLens: the served page with the same updates
 * applied by the page's own script, to a parsed copy.
 */
export async function pristineLiveBody(updates: LiveUpdate[]): Promise<string> {
  const live = (window as unknown as { live: LiveApi }).live;
  const source = await (await fetch(location.href, { cache: 'no-store' })).text();
  const doc = new DOMParser().parseFromString(source, 'text/html');
  for (const u of updates) {
    if ('line' in u) live.line(u.line, doc);
    else live.batch(u.batch[0], u.batch[1], doc);
  }
  return doc.body.innerHTML;
}

/** The security ids marked in each feed item of the live-market page, in order. */
export function feedMarks(): string[] {
  return [...document.querySelectorAll('#feed li')].map((li) =>
    [...li.querySelectorAll<HTMLElement>('finlens-mark')].map((m) => m.dataset.finlensId).join(),
  );
}
