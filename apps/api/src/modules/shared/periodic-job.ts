/** A background job of this process; `stop()` waits for a run in progress. */
export interface PeriodicJob {
  stop(): Promise<void>;
}

/**
 * Runs `runOnce` after `firstRunMs`, then `intervalMs` after each run ends (runs never overlap),
 * until `stop()`. A failed run goes to `onError` (log it) and the job goes on. The timer does not
 * keep the process alive.
 */
export function startPeriodicJob(
  runOnce: () => Promise<void>,
  timing: { firstRunMs: number; intervalMs: number; onError: (error: unknown) => void },
): PeriodicJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let run: Promise<void> = Promise.resolve();
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      run = runOnce()
        .catch(timing.onError)
        .finally(() => schedule(timing.intervalMs));
    }, ms);
    timer.unref();
  };
  schedule(timing.firstRunMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await run;
    },
  };
}
