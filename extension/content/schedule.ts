/**
 * How the content script shares the page's main thread: work starts when the page is idle and runs
 * in slices of a few milliseconds, each ending by giving the thread back (`scheduler.yield` where
 * the browser has it, else a fresh macrotask), so no task of FinLens comes near the 50 ms of a long
 * task, whatever the page's size.
 */
import type { Steps } from '../../src/steps.ts';

/** The most a slice runs before it yields (ms): well under a frame, far under a long task. */
export const SLICE_MS = 5;

/** What slicing needs from the world: a clock and a way to yield. Tests give a fake one. */
export interface Pacer {
  now(): number;
  /** Resolves in a later task, after the page has had its turn. */
  yield(): Promise<void>;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A new macrotask: a message to ourselves runs after pending input and rendering, unclamped (unlike setTimeout). */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The page's clock and the best way this browser has to yield. */
export const pagePacer: Pacer = {
  now: () => performance.now(),
  yield: () => {
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    return typeof scheduler?.yield === 'function' ? scheduler.yield() : macrotask();
  },
};

/** Thrown (as a rejection) when sliced work is abandoned because its signal aborted. */
export class Abandoned extends Error {
  constructor() {
    super('FinLens work abandoned');
    this.name = 'Abandoned';
  }
}

/** Whether an error is only work abandoned on purpose (a newer reading replaced it, the session stopped). */
export function isAbandoned(error: unknown): boolean {
  return error instanceof Abandoned;
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** How long one slice may run (ms). */
  budgetMs?: number;
  pacer?: Pacer;
}

/**
 * Runs `steps` to the end in slices: after each step, once the slice has run `budgetMs`, it yields
 * to the page. A slice overruns its budget by at most one step, so the steps must be small. Rejects
 * with `Abandoned` (and runs no further step) once `signal` aborts.
 */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { signal, budgetMs = SLICE_MS, pacer = pagePacer } = options;
  let sliceStart = pacer.now();
  for (;;) {
    if (signal?.aborted) {
      steps.return(undefined as never);
      throw new Abandoned();
    }
    const next = steps.next();
    if (next.done) return next.value;
    if (pacer.now() - sliceStart >= budgetMs) {
      await pacer.yield();
      sliceStart = pacer.now();
    }
  }
}

/** Steps that apply `each` to every item in order, yielding after each one. */
export function* eachStep<T>(items: Iterable<T>, each: (item: T) => void): Steps<void> {
  for (const item of items) {
    each(item);
    yield;
  }
}

/**
 * Resolves when the page is idle (`requestIdleCallback`), or after `timeoutMs` at the latest; on a
 * browser without idle callbacks, after a macrotask.
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (typeof idle !== 'function') return macrotask();
  return new Promise((resolve) => idle(() => resolve(), { timeout: timeoutMs }));
}
