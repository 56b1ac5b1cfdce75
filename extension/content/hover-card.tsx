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

/** One hover card per page. Page CSS cannot reach into it, and its CSS does not leak out. */
export class HoverCard {
  private readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private shownFor: Element | null = null;

  constructor(doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    // CSSOM, not a style attribute: allowed under strict page CSPs.
    Object.assign(this.host.style, { position: 'fixed', zIndex: '2147483647', top: '0', left: '0' });
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
    (doc.body ?? doc.documentElement).append(this.host);
  }

  /** The element the card lives in, for pointer tracking. */
  get element(): HTMLElement {
    return this.host;
  }

  /** The mark the card is showing for, if it is open. */
  get anchor(): Element | null {
    return this.shownFor;
  }

  /** Shows the card for `security` under (or above) `anchor`. */
  show(anchor: Element, security: Security): void {
    render(<Card security={security} />, this.mount);
    this.host.hidden = false;
    this.shownFor = anchor;
    this.place(anchor.getBoundingClientRect());
  }

  hide(): void {
    this.host.hidden = true;
    this.shownFor = null;
  }

  /** Unmounts the tree and removes the host from the page. */
  destroy(): void {
    render(null, this.mount);
    this.host.remove();
    this.shownFor = null;
  }

  private place(anchor: DOMRect): void {
    const view = this.host.ownerDocument.documentElement;
    const card = this.host.getBoundingClientRect();
    const gap = 6;
    const below = anchor.bottom + gap;
    const top = below + card.height <= view.clientHeight ? below : Math.max(gap, anchor.top - gap - card.height);
    const left = Math.min(Math.max(gap, anchor.left), Math.max(gap, view.clientWidth - card.width - gap));
    this.host.style.top = `${Math.round(top)}px`;
    this.host.style.left = `${Math.round(left)}px`;
  }
}
