import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job';

describe('startPeriodicJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs first after firstRunMs, then intervalMs after each run ends, never overlapping', async () => {
    const starts: number[] = [];
    let finish: () => void = () => {};
    const job = startPeriodicJob(
      () => {
        starts.push(Date.now());
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
      { firstRunMs: 100, intervalMs: 1_000, onError: () => {} },
    );
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(99);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([t0 + 100]);
    // The run takes 5 s: no second run starts meanwhile.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts).toEqual([t0 + 100, t0 + 6_100]);
    // stop() waits for the run in progress and no run follows.
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(starts).toHaveLength(2);
  });

  it('hands a failed run to onError and keeps running', async () => {
    let runs = 0;
    const errors: unknown[] = [];
    const job = startPeriodicJob(
      async () => {
        runs++;
        if (runs === 1) throw new Error('boom');
      },
      { firstRunMs: 10, intervalMs: 10, onError: (error) => errors.push(error) },
    );
    await vi.advanceTimersByTimeAsync(35);
    expect(runs).toBe(3);
    expect(errors).toEqual([new Error('boom')]);
    await job.stop();
  });
});
