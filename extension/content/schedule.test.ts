import { describe, expect, it } from 'vitest';
import type { Steps } from '../../src/steps.ts';
import { Abandoned, eachStep, type Pacer, runSliced } from './schedule.ts';

/** A clock that moves only when work says it took time, and records every slice's length. */
function fakePacer(): Pacer & { slices: number[]; advance(ms: number): void } {
  let now = 0;
  let sliceStart = 0;
  const slices: number[] = [];
  return {
    slices,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    async yield() {
      slices.push(now - sliceStart);
      sliceStart = now;
    },
  };
}

describe('runSliced', () => {
  it('keeps every slice within its budget plus one step on a large input, and keeps order', async () => {
    const pacer = fakePacer();
    const done: number[] = [];
    const items = Array.from({ length: 20_000 }, (_, i) => i);
    // Steps of uneven cost: 0.1 ms to 2 ms each.
    await runSliced(
      eachStep(items, (i) => {
        pacer.advance(0.1 + (i % 20) / 10);
        done.push(i);
      }),
      { pacer, budgetMs: 8 },
    );
    expect(done).toEqual(items);
    expect(pacer.slices.length).toBeGreaterThan(100);
    // A slice yields at the first step that reaches the budget: at most budget + the largest step.
    expect(Math.max(...pacer.slices)).toBeLessThanOrEqual(8 + 2);
  });

  it("returns the steps' result", async () => {
    function* sum(): Steps<number> {
      let total = 0;
      for (let i = 1; i <= 100; i++) {
        total += i;
        yield;
      }
      return total;
    }
    expect(await runSliced(sum(), { pacer: fakePacer() })).toBe(5050);
  });

  it('stops at the next step once its signal aborts, and says it was abandoned', async () => {
    const pacer = fakePacer();
    const controller = new AbortController();
    let ran = 0;
    let cleanedUp = false;
    function* work(): Steps<void> {
      try {
        for (let i = 0; i < 1000; i++) {
          ran++;
          pacer.advance(1);
          if (i === 41) controller.abort();
          yield;
        }
      } finally {
        cleanedUp = true;
      }
    }
    await expect(runSliced(work(), { pacer, signal: controller.signal })).rejects.toBeInstanceOf(Abandoned);
    expect(ran).toBe(42);
    expect(cleanedUp).toBe(true);
  });

  it('yields to the page for real: a timer queued before the work runs before it ends', async () => {
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    let sawTimer = false;
    function* busy(): Steps<void> {
      const until = performance.now() + 40;
      while (performance.now() < until) yield;
      sawTimer = timerRan;
    }
    await runSliced(busy(), { budgetMs: 2 });
    expect(sawTimer).toBe(true);
  });
});
