/**
 * Work cut into steps: a generator that yields between steps and returns its result. The engine
 * stays synchronous and platform-free; a caller on a page's main thread drives the steps in slices
 * that give the page its thread back (`extension/content/schedule.ts`), any other caller runs them
 * to the end with `runSteps`.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many nodes a DOM walk visits between two yields: a few hundred microseconds of work. */
export const NODES_PER_STEP = 256;

/** Runs `steps` to the end, without yielding to anything. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
