import { describe, expect, test } from 'vitest';
import { runQueue } from '../../scripts/lib/publisher/run-queue.ts';
import { timerDelay } from '../../scripts/lib/publisher/timer-delay.ts';

/** A publish the test ends by hand, and the reasons each one was started with. */
function harness() {
  const runs: string[][] = [];
  const finish: (() => void)[] = [];
  const queue = runQueue(
    (reasons) =>
      new Promise<void>((resolve) => {
        runs.push([...reasons]);
        finish.push(resolve);
      }),
  );
  const endRun = async (i: number) => {
    finish[i]?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { queue, runs, endRun };
}

describe('the publisher runs one publish at a time and loses no request', () => {
  test('a request while idle starts a publish at once', () => {
    const { queue, runs } = harness();
    void queue.request('start');
    expect(runs).toEqual([['start']]);
    expect(queue.busy()).toBe(true);
  });

  test('requests during a publish are served by exactly one more publish, with all their reasons', async () => {
    const { queue, runs, endRun } = harness();
    void queue.request('start');
    void queue.request('change');
    void queue.request('change');
    void queue.request('scheduled');
    expect(runs).toHaveLength(1);
    await endRun(0);
    expect(runs).toEqual([['start'], ['change', 'change', 'scheduled']]);
    await endRun(1);
    expect(queue.busy()).toBe(false);
  });

  test('a request resolves only after a publish that began after it has ended', async () => {
    const { queue, endRun } = harness();
    const first = queue.request('start');
    let secondDone = false;
    void queue.request('change').then(() => (secondDone = true));
    await endRun(0);
    await first;
    expect(secondDone).toBe(false);
    await endRun(1);
    expect(secondDone).toBe(true);
  });

  test('a failed publish does not stop the next one', async () => {
    const runs: number[] = [];
    const queue = runQueue(async () => {
      runs.push(runs.length);
      if (runs.length === 1) throw new Error('content:check found errors');
    });
    await queue.request('change');
    await queue.request('change');
    expect(runs).toEqual([0, 1]);
  });
});

describe('waking for a scheduled article', () => {
  const now = new Date('2026-11-22T12:00:00+08:00');
  test('a second after its time, never before now', () => {
    expect(timerDelay(new Date('2026-11-22T12:00:30+08:00'), now)).toBe(31_000);
    expect(timerDelay(new Date('2026-11-22T11:00:00+08:00'), now)).toBe(0);
  });
  test('an article months ahead is capped at what a timer holds (it would otherwise fire at once)', () => {
    expect(timerDelay(new Date('2027-11-22T12:00:00+08:00'), now)).toBe(2 ** 31 - 1);
  });
});
