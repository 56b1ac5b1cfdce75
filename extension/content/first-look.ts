/**
 * The first stage: what FinLens runs in every page. It waits for the page to be idle and glances
 * at its text (one TreeWalker pass, `glance.ts`), and keeps that glance for the background, which
 * takes it (`take`, over `scripting.executeScript`) when the page has loaded and tells with the
 * full engine whether the page names a security or talks money; only then does it inject the full
 * content script (`full-stage.iife.ts`). A glance with an early sign of finance (a cashtag, a
 * code, a finance word: `earlySignal`) knocks (`knock`) so the background takes it at once.
 *
 * So a page with nothing for FinLens never calls an extension API: no message, no listener, no
 * binding set up in the page. What such a page adds later (a single-page app's story, a feed's
 * items, a late line with a cashtag) is glanced at and knocks; a settings change (the site
 * switched back on) has the background take a fresh glance of the whole page.
 */
import { earlySignal } from '../../src/article/early-signal.ts';
import { callBackground } from '../messages.ts';
import { contextAlive } from '../platform.ts';
import { GLANCE_LIMIT, glance } from './glance.ts';
import { type Growth, watchPageGrowth } from './page-growth.ts';
import { grewIntoStory } from './reading.ts';
import { isAbandoned, whenIdle } from './schedule.ts';

/** Where the first stage keeps its handle in the content scripts' shared scope, for the background. */
export const FIRST_STAGE = Symbol.for('finlens.firstStage');
/** What the full content script sets there when it starts (`full-stage.iife.ts`). */
const FULL_STAGE = Symbol.for('finlens.fullStage');

/** The first look starts when the page is idle, or after this long at the latest (ms). */
const IDLE_TIMEOUT_MS = 2000;

/** A glance the background has not taken yet: of the whole page, or of what it added. */
export interface Glanced {
  text: string;
  whole: boolean;
}

/** What the background reaches in the page (`background/first-looks.ts`). */
export interface FirstStage {
  /**
   * What was glanced since the last call, once the first glance is done; with `fresh`, a new
   * glance of the whole page first. None once the full script has the page.
   */
  take(fresh: boolean): Promise<Glanced[]>;
}

type Scope = Record<symbol, unknown>;

export function startFirstLook(doc: Document): void {
  const scope = globalThis as unknown as Scope;
  if (scope[FIRST_STAGE]) return;
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let pending: Glanced[] = [];
  /** Characters in `pending`; past the glance's limit, what the page added is glanced anew, whole. */
  let pendingChars = 0;
  let stale = false;
  /** The background said FinLens is off on this site: no knocking until the settings change. */
  let off = false;
  let glancedLength = 0;
  let grown = 0;
  let jobs: Promise<unknown> = Promise.resolve();

  const stop = () => lifetime.abort();
  const done = () => signal.aborted || FULL_STAGE in scope;
  /** Runs `job` after those before it, unless the first stage is done by then. */
  const enqueue = <T>(job: () => Promise<T>): Promise<T | undefined> => {
    const run = jobs.then(() => (done() ? undefined : job()));
    jobs = run.catch((error: unknown) => {
      if (!isAbandoned(error) && !signal.aborted)
        console.warn('FinLens:', error instanceof Error ? error.message : error);
    });
    return run;
  };

  /** Asks the background to take the glance now. A script orphaned by an update stops here. */
  const knock = () => {
    if (off) return;
    callBackground('knock', {}).then(
      (answer) => {
        if (answer.ok) off = answer.value.off;
        // The knock has set up the runtime API in the page already: asking it costs nothing more.
        else if (!contextAlive()) stop();
      },
      () => stop(),
    );
  };

  /** Glances at the whole page; what it added before is in this glance too. Tells whether to knock. */
  const lookWhole = async (): Promise<boolean> => {
    const text = await glance([doc.body ?? doc.documentElement], signal);
    glancedLength = text.length;
    grown = 0;
    pending = [{ text, whole: true }];
    pendingChars = text.length;
    stale = false;
    return earlySignal(text);
  };

  const onGrown = (growth: Growth) => {
    if (done()) return stop();
    grown += growth.chars;
    // A page that grew into a story (a single-page app rendering it) is glanced at whole again.
    void enqueue(async () => {
      if (grewIntoStory(glancedLength, grown)) await lookWhole();
      else {
        const text = await glance(growth.nodes, signal);
        if (!/\S/.test(text)) return;
        pendingChars += text.length;
        // A page that keeps adding while nothing is taken (a feed on a site switched off) is
        // not copied without end: the whole page is glanced again when it is next taken.
        if (pendingChars > GLANCE_LIMIT) {
          pending = [];
          pendingChars = 0;
          stale = true;
        } else pending.push({ text, whole: false });
      }
      // The page has loaded: what it adds is taken at once, whatever it says.
      knock();
    });
  };

  const stage: FirstStage = {
    async take(fresh) {
      const taken = await enqueue(async () => {
        if (fresh) off = false;
        if (fresh || stale) await lookWhole();
        const out = pending.filter((g) => /\S/.test(g.text));
        pending = [];
        pendingChars = 0;
        return out;
      });
      return taken ?? [];
    },
  };
  scope[FIRST_STAGE] = stage;

  void enqueue(async () => {
    await whenIdle(IDLE_TIMEOUT_MS);
    try {
      if (await lookWhole()) knock();
    } finally {
      if (!done()) watchPageGrowth(doc.body ?? doc.documentElement, onGrown, signal);
    }
  });
}
