/** The card shown over a highlighted security: a Preact tree in its own shadow root. */
import { render } from 'preact';
import { securityLinks } from '../../src/securities/links.ts';
import type { Security } from '../../src/types.ts';
import { displayName, marketLabel, t } from '../i18n.ts';
import { CARD_CSS } from './hover-card-style.ts';

const HOST_TAG = 'finlens-card';

function Card({ security }: { security: Security }) {
  const name = displayName(security);
  const other = name === security.name.zh ? security.name.en : security.name.zh;
  return (
    <div class="card" role="tooltip" id="finlens-card-body">
      <div class="head">
        <span class="symbol">{security.symbol}</span>
        <span class="market">{marketLabel(security)}</span>
      </div>
      {name ? <div class="name">{name}</div> : null}
      {other && other !== name ? <div class="other-name">{other}</div> : null}
      <div class="links">
        {securityLinks(security).map((link) => (
          <a key={link.site} href={link.url} target="_blank" rel="noopener noreferrer">
            {t(link.site === 'xueqiu' ? 'cardOnXueqiu' : 'cardOnYahoo')}
          </a>
        ))}
      </div>
    </div>
  );
}

/**
 * One hover card per page, put into the page the first time it is shown (most pages are read
 * without a card ever opening). Page CSS cannot reach into it, and its CSS does not leak out.
 */
export class HoverCard {
  private built: { host: HTMLElement; mount: HTMLElement } | null = null;
  private shownFor: Element | null = null;

  constructor(private readonly doc: Document) {}

  private build(): { host: HTMLElement; mount: HTMLElement } {
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
    this.built = { host, mount };
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

  /** Shows the card for `security` under (or above) `anchor`. */
  show(anchor: Element, security: Security): void {
    const { host, mount } = this.build();
    render(<Card security={security} />, mount);
    host.hidden = false;
    this.shownFor = anchor;
    this.place(host, anchor.getBoundingClientRect());
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
