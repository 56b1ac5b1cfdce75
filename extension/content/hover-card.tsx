/** The card shown over a highlighted security: a Preact tree in its own shadow root. */
import { render } from 'preact';
import { Card, type CardModel } from './card-view.tsx';
import { CARD_CSS } from './hover-card-style.ts';

const HOST_TAG = 'finlens-card';

/** Whether a page is dark behind the card: the luminance of the first opaque background of body or html. */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(view.getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * One hover card per page, put into the page the first time it is shown (most pages are read
 * without a card ever opening). Page CSS cannot reach into it, and its CSS does not leak out.
 */
export class HoverCard {
  private built: { host: HTMLElement; mount: HTMLElement; shadow: ShadowRoot } | null = null;
  private shownFor: Element | null = null;
  private model: CardModel | null = null;

  constructor(private readonly doc: Document) {}

  private build(): { host: HTMLElement; mount: HTMLElement; shadow: ShadowRoot } {
    if (this.built) return this.built;
    const doc = this.doc;
    const host = doc.createElement(HOST_TAG);
    // CSSOM, not a style attribute: allowed under strict page CSPs.
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483647', top: '0', left: '0' });
    host.hidden = true;
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    (doc.body ?? doc.documentElement).append(host);
    this.built = { host, mount, shadow };
    return this.built;
  }

  /** The element the card lives in, for pointer tracking; null until it is first shown. */
  get element(): HTMLElement | null {
    return this.built?.host ?? null;
  }

  /** The mark the card is showing for, if it is open. */
  get anchor(): Element | null {
    return this.shownFor;
  }

  /** The card's first control (a link or a button), for keyboard users moving into it. */
  firstControl(): HTMLElement | null {
    return this.built?.shadow.querySelector<HTMLElement>('button, a[href]') ?? null;
  }

  /** Shows the card for `model` under (or above) `anchor`. */
  show(anchor: Element, model: CardModel): void {
    const { host, mount } = this.build();
    this.model = model;
    render(<Card {...model} />, mount);
    host.hidden = false;
    this.shownFor = anchor;
    this.place(host, anchor.getBoundingClientRect());
  }

  /** Re-renders the open card with what has arrived (a quote, the sparkline), in place. */
  update(patch: Partial<CardModel>): void {
    if (!this.built || !this.shownFor || !this.model) return;
    this.model = { ...this.model, ...patch };
    render(<Card {...this.model} />, this.built.mount);
    this.place(this.built.host, this.shownFor.getBoundingClientRect());
  }

  /** The security the open card shows. */
  get securityId(): string | undefined {
    return this.shownFor ? this.model?.security.id : undefined;
  }

  hide(): void {
    if (this.built) this.built.host.hidden = true;
    this.shownFor = null;
  }

  /** Unmounts the tree and removes the host from the page. */
  destroy(): void {
    if (this.built) {
      render(null, this.built.mount);
      this.built.host.remove();
      this.built = null;
    }
    this.shownFor = null;
    this.model = null;
  }

  private place(host: HTMLElement, anchor: DOMRect): void {
    const view = this.doc.documentElement;
    const card = host.getBoundingClientRect();
    const gap = 6;
    const below = anchor.bottom + gap;
    const top = below + card.height <= view.clientHeight ? below : Math.max(gap, anchor.top - gap - card.height);
    const left = Math.min(Math.max(gap, anchor.left), Math.max(gap, view.clientWidth - card.width - gap));
    host.style.top = `${Math.round(top)}px`;
    host.style.left = `${Math.round(left)}px`;
  }
}
