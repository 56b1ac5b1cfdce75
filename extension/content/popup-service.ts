/** What the content script answers the popup: the page's state, and taking the reader to a place in it. */
import type { Segment } from '../../src/article/snapshot.ts';
import type { Security } from '../../src/types.ts';
import { type ContentCalls, type PageState, serve } from '../messages.ts';
import { flashRange } from './claim-marks.ts';
import { passageStyles } from './passage-styles.ts';
import type { Reading } from './reading.ts';
import { rangeOf } from './text-range.ts';

/** The session as the popup sees it. */
export interface PopupSource {
  /** Resolves once the work asked for so far (the first reading included) is done. */
  settled(): Promise<void>;
  state(): PageState;
  /** Scrolls to and focuses the first mark of a security; false when it has none in the page. */
  reveal(securityId: string): boolean;
  /**
   * Marks a stretch of the analysed text for a moment; false when that text has left the page, or
   * the page was read afresh since the popup listed it and `text` is no longer what stands there.
   */
  revealText(start: number, end: number, text: string): boolean;
}

/**
 * Answers the popup until `signal` aborts. Registered before the first reading is done, so a popup
 * opened during page load waits for it (it shows "loading", never a false "nothing found").
 */
export function servePopup(source: PopupSource, signal: AbortSignal): void {
  serve<ContentCalls>(
    {
      getPageState: async () => {
        await source.settled();
        return source.state();
      },
      reveal: async ({ securityId }) => {
        await source.settled();
        return typeof securityId === 'string' && source.reveal(securityId);
      },
      revealText: async ({ start, end, text }) => {
        await source.settled();
        return (
          Number.isInteger(start) &&
          Number.isInteger(end) &&
          typeof text === 'string' &&
          source.revealText(start, end, text)
        );
      },
    },
    signal,
  );
}

/** Scrolls to a security's first mark and focuses it; false when it has none in the page. */
export function revealMark(mark: HTMLElement | undefined): boolean {
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  return true;
}

/** Whether two passages read the same, whatever their white space. */
export function samePassage(a: string, b: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  return squeeze(a) === squeeze(b);
}

/** Marks `[start, end)` of the analysed text for a moment; false when that text has left the page. */
export function revealPassage(
  doc: Document,
  segments: readonly Segment<Text>[],
  start: number,
  end: number,
  signal: AbortSignal,
): boolean {
  const range = rangeOf(segments, start, end);
  if (!range) return false;
  passageStyles();
  flashRange(doc, range, signal);
  return true;
}

/** The page's state as the popup shows it: the reading's facts, claims and key points, and what is in the page now. */
export function pageStateOf(parts: {
  reading: Reading | null;
  securities: Iterable<Security>;
  highlighted: boolean;
  claimsHighlighted: boolean;
  namesQuiet: boolean;
  site: string;
  siteOff: boolean;
}): PageState {
  const { reading, securities, ...rest } = parts;
  return {
    ...rest,
    page: reading?.page ?? { isArticle: false, isFinance: false },
    securities: [...securities],
    companies: reading?.analysis.companies ?? [],
    claims: reading?.analysis.claims ?? [],
    keyPoints: reading?.analysis.keyPoints ?? { headline: '', gist: '', points: [] },
    readUpTo: reading?.analysis.article.readUpTo,
  };
}
