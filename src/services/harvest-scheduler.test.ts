// The scheduler inside `serve`, on timers the test fires by hand: each source on its own jittered interval, never
// overlapping itself, backing off while it fails, and stopping cleanly — running harvests aborted and awaited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HarvestScheduler, nextDelayMs, type SchedulerTimers } from './harvest-scheduler.ts';
import type { HarvestStatus, HarvestSummary } from './harvest-summary.ts';

/** Timers that only run when the test says so. */
function manualTimers() {
  const waiting = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: SchedulerTimers = {
    set: (run, ms) => {
      waiting.set(++next, { run, ms });
      return next;
    },
    clear: (handle) => { waiting.delete(handle as number); },
  };
  return {
    timers,
    /** The delays now waiting, in the order they were set. */
    delays: () => [...waiting.values()].map((w) => w.ms),
    fireAll: () => {
      const due = [...waiting.entries()];
      waiting.clear();
      for (const [, w] of due) w.run();
    },
  };
}

const summary = (library: string, status: HarvestStatus): HarvestSummary => ({
  library, status, full: false, read: 0, added: 0, updated: 0, deleted: 0, unchanged: 0, rejected: 0, swept: 0, rejections: [], seconds: 0,
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('HarvestScheduler', () => {
  it('waits the interval ±10 % between harvests, doubling it while a source fails, up to six hours', () => {
    assert.equal(nextDelayMs(60, 0, 0.5), 3_600_000);
    assert.equal(nextDelayMs(60, 0, 0), 3_240_000);
    assert.equal(nextDelayMs(60, 0, 0.999_999), 3_959_999);
    assert.equal(nextDelayMs(10, 1, 0.5), 1_200_000);
    assert.equal(nextDelayMs(10, 3, 0.5), 4_800_000);
    assert.equal(nextDelayMs(10, 50, 0.5), 6 * 3_600_000);
    assert.equal(nextDelayMs(24 * 60, 3, 0.5), 24 * 3_600_000, 'never more often than the interval, never less often either');
  });

  it('spreads the first harvests, runs each source on its own timer, and backs off a failing one', async () => {
    const clock = manualTimers();
    const outcomes: Record<string, HarvestStatus> = { krokom: 'ok', berg: 'unreachable' };
    const calls: string[] = [];
    const scheduler = new HarvestScheduler({
      sources: [{ library: 'krokom', intervalMinutes: 60 }, { library: 'berg', intervalMinutes: 2 }],
      harvest: async (library) => {
        calls.push(library);
        return summary(library, outcomes[library]);
      },
      random: () => 0.5,
      timers: clock.timers,
    });
    scheduler.start();
    assert.deepEqual(clock.delays(), [150_000, 60_000], 'half of five minutes; half of the two-minute interval');
    clock.fireAll();
    await settle();
    assert.deepEqual(calls, ['krokom', 'berg']);
    assert.deepEqual(clock.delays(), [3_600_000, 240_000], 'krokom again in an hour, berg backs off to twice its interval');
    clock.fireAll();
    await settle();
    assert.deepEqual(clock.delays(), [3_600_000, 480_000]);
    outcomes.berg = 'ok';
    clock.fireAll();
    await settle();
    assert.deepEqual(clock.delays(), [3_600_000, 120_000], 'recovered: back to its interval');
    await scheduler.stop();
    assert.deepEqual(clock.delays(), []);
  });

  it('never overlaps a source with itself, and stop aborts the running harvest and waits for it', async () => {
    const clock = manualTimers();
    let running = 0;
    let most = 0;
    let aborted: unknown = null;
    const scheduler = new HarvestScheduler({
      sources: [{ library: 'krokom', intervalMinutes: 1 }],
      harvest: (library, signal) => new Promise((resolve) => {
        most = Math.max(most, ++running);
        signal.addEventListener('abort', () => {
          aborted = signal.reason;
          running--;
          resolve(summary(library, 'failed'));
        });
      }),
      random: () => 0,
      timers: clock.timers,
    });
    scheduler.start();
    clock.fireAll();
    await settle();
    assert.deepEqual(clock.delays(), [], 'the next harvest is scheduled only when this one has ended');
    clock.fireAll();
    await scheduler.stop();
    assert.equal(most, 1);
    assert.equal(running, 0, 'stop returned after the harvest ended');
    assert.match(String(aborted), /shutting down/);
    assert.deepEqual(clock.delays(), [], 'nothing scheduled after stop');
  });

  it('survives a harvest that throws, counting it as a failure', async () => {
    const clock = manualTimers();
    const scheduler = new HarvestScheduler({
      sources: [{ library: 'krokom', intervalMinutes: 10 }],
      harvest: async () => { throw new Error('database locked'); },
      random: () => 0.5,
      timers: clock.timers,
    });
    scheduler.start();
    clock.fireAll();
    await settle();
    assert.deepEqual(clock.delays(), [1_200_000]);
    await scheduler.stop();
  });
});
