/**
 * The verdicts of an article's price-move claims, beside the claims: a small badge at the end of
 * each checked claim (an icon: ✓ matches, ≠ differs, ? not checked), which says in words what the
 * record shows when the reader hovers or focuses it, or hovers the claim itself. Colour-blind safe:
 * the icon and the words carry the verdict, colour only repeats it. The badges live in one shadow
 * root laid over the page, so the page's text and markup are untouched.
 */

import type { Segment } from '../../src/article/snapshot.ts';
import type { PriceCheck } from '../../src/claims/price-move-types.ts';
import type { Claim } from '../../src/types.ts';
import type { UiLocale } from '../i18n.ts';
import { VERDICT_ICONS, verdictText } from '../verdict-text.ts';
import { MARK_TAG } from './annotator.ts';
import { rangeOf } from './text-range.ts';

const HOST_TAG = 'finlens-verdicts';

const CSS = `
:host { all: initial; }
:host([hidden]), [hidden] { display: none !important; }
.badge { position: absolute; pointer-events: auto; font: 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
button { all: unset; box-sizing: border-box; display: inline-block; min-width: 18px; height: 18px; padding: 0 4px; border-radius: 9px; text-align: center; font-weight: 700; cursor: default; color: #fff; }
.matches button { background: #1f6f43; }
.differs button { background: #a3271f; }
.unverifiable button { background: #5b6777; }
button:focus-visible { outline: 2px solid #0f5fb4; outline-offset: 2px; }
.tip { display: none; pointer-events: none; position: absolute; left: 0; top: 22px; width: max-content; max-width: 320px; padding: 6px 8px; border-radius: 6px; background: #1b2430; color: #f3f5f8; box-shadow: 0 4px 16px rgba(15, 30, 60, 0.25); z-index: 1; }
.badge:hover .tip, .badge.open .tip, button:focus-visible + .tip { display: block; }
.badge.flip .tip { left: auto; right: 0; }
`;

interface Badge {
  range: Range;
  element: HTMLElement;
}

/**
 * Lays the verdicts of `claims` (those with a `priceCheck`) over the page; returns the function that
 * takes them out again.
 */
export function showVerdicts(
  doc: Document,
  segments: readonly Segment<Text>[],
  claims: readonly Claim[],
  /** The UI's locale, asked only when there is a verdict to write (the i18n API costs a page to set up). */
  localeOf: () => UiLocale,
): () => void {
  const checked = claims.filter((c) => c.priceCheck);
  const view = doc.defaultView;
  if (checked.length === 0 || !view) return () => {};
  const locale = localeOf();
  const host = doc.createElement(HOST_TAG);
  Object.assign(host.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    zIndex: '2147483646',
  });
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  shadow.append(style);
  const badges: Badge[] = [];
  for (const claim of checked) {
    const range = rangeOf(segments, claim.start, claim.end);
    const check = claim.priceCheck as PriceCheck;
    if (!range) continue;
    const element = doc.createElement('span');
    element.className = `badge ${check.verdict}`;
    element.dataset.verdict = check.verdict;
    element.dataset.claimStart = String(claim.start);
    if (check.record) element.dataset.recordPct = check.record.pct.toFixed(2);
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = VERDICT_ICONS[check.verdict];
    const text = verdictText(check, locale);
    button.setAttribute('aria-label', text);
    const tip = doc.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = text;
    element.append(button, tip);
    shadow.append(element);
    badges.push({ range, element });
  }
  (doc.body ?? doc.documentElement).append(host);
  const listening = new AbortController();
  const place = () => {
    for (const { range, element } of badges) {
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      element.hidden = !last;
      if (!last) continue;
      element.style.left = `${Math.round(last.right + view.scrollX + 2)}px`;
      // In the right half of the view the words open leftwards, so they stay on screen.
      element.classList.toggle('flip', last.right > view.innerWidth / 2);
      element.style.top = `${Math.round(last.top + view.scrollY + (last.height - 18) / 2)}px`;
    }
  };
  place();
  // One frame's work at most: re-place after a resize, re-test the pointer after it moved.
  let frame = 0;
  let resized = false;
  let moved = false;
  let pointer = { x: 0, y: 0 };
  // Over a security's mark the reader is after its card: the claim's words keep quiet there.
  let onMark = false;
  const hover = () => {
    for (const { range, element } of badges) {
      const over =
        !onMark &&
        [...range.getClientRects()].some(
          (r) => pointer.x >= r.left && pointer.x <= r.right && pointer.y >= r.top && pointer.y <= r.bottom,
        );
      element.classList.toggle('open', over);
    }
  };
  const soon = () => {
    frame ||= view.requestAnimationFrame(() => {
      frame = 0;
      if (resized) place();
      if (moved) hover();
      resized = moved = false;
    });
  };
  const relayout = () => {
    resized = true;
    soon();
  };
  view.addEventListener('resize', relayout, { signal: listening.signal, passive: true });
  // The page's own layout moves text too (images arriving, a section opening): its body's size says so.
  const body = doc.body;
  const observer = body && typeof ResizeObserver === 'function' ? new ResizeObserver(relayout) : null;
  if (body) observer?.observe(body);
  // Hovering the claim's own words opens its verdict, as hovering the badge does.
  doc.addEventListener(
    'mousemove',
    (e) => {
      pointer = { x: e.clientX, y: e.clientY };
      onMark = e.target instanceof Element && e.target.closest(`${MARK_TAG}, a[data-finlens-id]`) !== null;
      moved = true;
      soon();
    },
    { signal: listening.signal, passive: true, capture: true },
  );
  return () => {
    observer?.disconnect();
    listening.abort();
    if (frame) view.cancelAnimationFrame(frame);
    host.remove();
  };
}
