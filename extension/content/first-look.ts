/**
 * The first stage: what FinLens runs in every page. It waits for the page to be idle, glances at
 * its text (one TreeWalker pass, `glance.ts`) and hands that text to the background, which tells
 * whether the page names a security or talks money and, only then, injects the full content script
 * (`full-stage.iife.ts`) to read and mark it. A page with nothing for FinLens costs this and nothing
 * more: no engine, no annotator, no card. What such a page adds later (a single-page app's story,
 * a feed's items, late short content) is glanced at too, and the settings changing (the site
 * switched back on) is a new look. The popup has the background inject the full script on demand.
 */
import { callBackground } from '../messages.ts';
import { api, contextAlive } from '../platform.ts';
import { glance } from './glance.ts';
import { type Growth, watchPageGrowth } from './page-growth.ts';
import { grewIntoStory } from './reading.ts';
import { isAbandoned, whenIdle } from './schedule.ts';

/** The first look starts when the page is idle, or after this long at the latest (ms). */
const IDLE_TIMEOUT_MS = 2000;

export function startFirstLook(doc: Document): void {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let glancedLength = 0;
  let grown = 0;
  let jobs: Promise<unknown> = Promise.resolve();

  const stop = () => lifetime.abort();
  const enqueue = (job: () => Promise<void>) => {
    jobs = jobs
      .then(() => (signal.aborted ? undefined : job()))
      .catch((error: unknown) => {
        if (isAbandoned(error) || signal.aborted) return;
        if (!contextAlive()) stop();
        else console.warn('FinLens:', error instanceof Error ? error.message : error);
      });
  };

  /** Sends what was glanced; the background injects the full script when the text is worth reading. */
  const look = async (roots: readonly Node[], whole: boolean) => {
    const text = await glance(roots, signal);
    if (whole) {
      glancedLength = text.length;
      grown = 0;
    }
    if (!/\S/.test(text)) return;
    const answer = await callBackground('glanced', { text, whole });
    if (!answer.ok) throw new Error(answer.error);
    // The full script has the page now (growth included): the first stage's work is done.
    if (answer.value.reading) stop();
  };

  const lookWhole = async () => {
    const start = await callBackground('firstLook', {});
    // Off on this site: nothing is read or sent until the settings change.
    if (!start.ok || !start.value.look) return;
    await look([doc.body ?? doc.documentElement], true);
  };

  const onGrown = (growth: Growth) => {
    if (!contextAlive()) return stop();
    grown += growth.chars;
    // A page that grew into a story (a single-page app rendering it) is glanced at whole again.
    enqueue(() => (grewIntoStory(glancedLength, grown) ? lookWhole() : look(growth.nodes, false)));
  };

  const onStorage = (changes: Record<string, unknown>) => {
    if (!contextAlive()) return stop();
    if ('settings' in changes) enqueue(lookWhole);
  };
  api.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(onStorage), { once: true });

  enqueue(async () => {
    await whenIdle(IDLE_TIMEOUT_MS);
    try {
      await lookWhole();
    } finally {
      if (!signal.aborted) watchPageGrowth(doc.body ?? doc.documentElement, onGrown, signal);
    }
  });
}
