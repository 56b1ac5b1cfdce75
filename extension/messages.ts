/**
 * The whole message contract between the extension's contexts, typed, in one file.
 * Results cross the boundary as `{ok: true, value} | {ok: false, error}`, never as thrown exceptions.
 */
import type { Runtime } from 'webextension-polyfill';
import type { PageFacts } from '../src/article/page-facts.ts';
import type { PriceCheck, PriceMove } from '../src/claims/price-move-types.ts';
import type { Published } from '../src/quotes/history-types.ts';
import type { Minutes, QuoteTarget } from '../src/quotes/types.ts';
import type { Analysis, Claim, Company, KeyPoints, Security } from '../src/types.ts';
import { api as browser } from './platform.ts';
import type { SinceAnswer, TimedAnswer } from './quotes/answers.ts';

/** What the popup shows of a tab. */
export interface PageState {
  /** Whether security highlights are in the page right now. */
  highlighted: boolean;
  /** Names are not highlighted on this page (not about finance): the popup lists them as "also mentioned". */
  namesQuiet: boolean;
  /** Whether claims are highlighted in the page right now. */
  claimsHighlighted: boolean;
  /** Whether the page is an article, and its title, byline, date and language. */
  page: PageFacts;
  securities: Security[];
  /** An article's companies named by their registered form with no listing FinLens knows (none on other pages). */
  companies: Company[];
  /** An article's claims (none on other pages), in text order. */
  claims: Claim[];
  /** An article's headline, gist and key points (no points on other pages). */
  keyPoints: KeyPoints;
  /** Where key points and claims stopped reading, on a story longer than the content script reads. */
  readUpTo?: number;
  /** The page's site (host name), and whether the reader switched FinLens off there. */
  site: string;
  siteOff: boolean;
}

/** Calls the content script of a tab answers (popup → content). */
export type ContentCalls = {
  getPageState: { args: Record<string, never>; result: PageState };
  /** Scrolls to and focuses the first mention of a security; false when it is not in the page. */
  reveal: { args: { securityId: string }; result: boolean };
  /**
   * Scrolls to a stretch of the analysed text (a key point, a claim) and marks it for a moment;
   * false when that text is no longer in the page.
   */
  revealText: { args: { start: number; end: number; text: string }; result: boolean };
};

/**
 * What the content script sends to be analysed: the text it read from its page (a snapshot's text
 * and links), never anything else of the page. It goes to the extension's own background, not off
 * the device.
 */
export interface AnalyzeRequest {
  text: string;
  links: { start: number; end: number; href: string }[];
  title?: string;
  /** False for a page that is not an article, and for text a page added: securities only. */
  article: boolean;
  /** Claims and key points read at most this much of the text. */
  limit?: number;
}

/** The analysis as it comes back: everything but the text, which the content script already has. */
export type RemoteAnalysis = Omit<Analysis, 'article'> & {
  article: Omit<Analysis['article'], 'text'>;
  /** The price moves its claims state, to be checked against the daily record once the page's date is known. */
  priceMoves?: PriceMove[];
};

/** Calls the background answers (content → background). */
export type BackgroundCalls = {
  /** Analyses a page's text with the engine, which lives in the background for every tab. */
  analyze: { args: AnalyzeRequest; result: RemoteAnalysis };
  /**
   * A page's first stage has a glance worth taking now (an early sign of finance, or text the page
   * added): the background takes it from the page and decides (`background/first-looks.ts`);
   * `off` when FinLens is off on the page's site (the page knocks no more until the settings change).
   */
  knock: { args: Record<string, never>; result: { off: boolean } };
  /**
   * The page is about to paint claims or mark a passage: the background inserts the styles of
   * `::highlight()` (`content/passages.css`) into its frame.
   */
  passageStyles: { args: Record<string, never>; result: undefined };
  /** The popup opened on a tab: its page gets the full content script, which reads it for the popup. */
  startReader: { args: { tabId: number }; result: undefined };
  /** The content script analysed its page; the badge shows how many securities it names. */
  pageAnalyzed: { args: { count: number }; result: undefined };
  /**
   * Quotes for securities (only their codes leave the browser): cached answers at once, the rest in
   * one batch per provider. `fresh` skips the cache (the popup's refresh).
   */
  quotes: { args: { targets: QuoteTarget[]; fresh?: boolean }; result: Record<string, TimedAnswer> };
  /**
   * A security's price since the article was published, against its benchmark, from the daily
   * record (only its code and dates leave the browser); or why there is none.
   */
  since: { args: { target: QuoteTarget; published: Published; held?: boolean }; result: SinceAnswer };
  /** An article's price-move claims checked against the daily record: `[claim index, check]` pairs. */
  checkPrices: {
    args: { moves: PriceMove[]; published: Published | undefined; securities: Security[] };
    result: [number, PriceCheck][];
  };
  /** A security's intraday prices for the card's sparkline; null when no provider has them. */
  minutes: { args: { target: QuoteTarget }; result: Minutes | null };
  /** Opens the options page (the card's "allow" button: a content script cannot ask for permissions). */
  openOptions: { args: Record<string, never>; result: undefined };
};

type Calls = Record<string, { args: unknown; result: unknown }>;

/** A call's outcome as it crosses a context boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The handlers one context serves; `sender` says which tab or frame asked. */
export type Handlers<C extends Calls> = {
  [K in keyof C]: (args: C[K]['args'], sender: Runtime.MessageSender) => C[K]['result'] | Promise<C[K]['result']>;
};

interface Envelope {
  finlens: 1;
  method: string;
  args: unknown;
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).finlens === 1 &&
    typeof (message as Envelope).method === 'string'
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function settle<T>(promise: Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = await promise;
    if (typeof answer === 'object' && answer !== null && 'ok' in answer) return answer as Result<T>;
    return { ok: false, error: 'no FinLens handler answered' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Calls the content script in a tab (top frame). */
export function callTab<K extends keyof ContentCalls>(
  tabId: number,
  method: K,
  args: ContentCalls[K]['args'],
): Promise<Result<ContentCalls[K]['result']>> {
  const envelope: Envelope = { finlens: 1, method, args };
  return settle(browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}

/**
 * What a browser says when a message found no listener because the background was stopping or
 * not yet listening (Chrome stops an idle service worker after ~30 s, and at will).
 */
const LOST_CALL =
  /receiving end does not exist|could not establish connection|message port closed|message channel closed|no FinLens handler answered/i;

/** How long a call lost to a stopping background waits before it is sent once more (ms). */
const RETRY_AFTER_MS = 200;

/**
 * Calls the background. Sending wakes a stopped service worker (or event page), and the call waits
 * while it starts; a call lost to a worker that was stopping is sent once more.
 */
export async function callBackground<K extends keyof BackgroundCalls>(
  method: K,
  args: BackgroundCalls[K]['args'],
): Promise<Result<BackgroundCalls[K]['result']>> {
  const envelope: Envelope = { finlens: 1, method, args };
  const first = await settle<BackgroundCalls[K]['result']>(browser.runtime.sendMessage(envelope));
  if (first.ok || !LOST_CALL.test(first.error)) return first;
  await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
  return settle(browser.runtime.sendMessage(envelope));
}

/**
 * Answers the calls in `handlers` until `signal` aborts. Messages that are not ours, or name a
 * method this context does not serve, are left for other listeners (the listener returns undefined).
 */
export function serve<C extends Calls>(handlers: Handlers<C>, signal?: AbortSignal): void {
  // The answer goes back through `sendResponse` (the listener returns true to say one is coming):
  // both browsers support this natively, where returning a promise is Firefox's alone.
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.method)) return false;
    const handler = handlers[message.method as keyof C];
    Promise.resolve()
      .then(() => handler(message.args as C[keyof C]['args'], sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (error: unknown): Result<unknown> => ({ ok: false, error: errorText(error) }),
      )
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
