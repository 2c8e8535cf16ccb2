/** Timing helpers shared by the JavaScript benchmark runners; the same rules as python-bench.py. */
import { performance } from 'node:perf_hooks';

/** The outcome of timing one measure with one tool. Times are in seconds. */
export interface MeasureResult {
  status: 'ok' | 'timeout' | 'n/a' | 'error';
  runs: number[];
  median?: number;
  /** True when an untimed warm-up run came first (the measure was cheap). */
  warmedUp?: boolean;
  /** For timeouts: the cap that was hit. */
  cap?: number;
  /** Why a measure is n/a or failed. */
  note?: string;
}

/** How long to keep repeating a measure. */
export interface RepeatPolicy {
  /** Slow measures: stop once another run would likely take the total past this many seconds. */
  budget: number;
  /** Slow measures: at most this many runs. */
  maxRepeats: number;
}

/**
 * Rules for cheap measures, the same in python-bench.py. A first run under `warmUpBelow`
 * seconds makes the measure cheap: that run and further untimed runs, until `warmUpSpend`
 * seconds have passed, are a warm-up. It pays for JIT compilation and cold caches, which a
 * server calling the measure again does not pay; one run is not enough for V8, which optimises
 * a hot function on a background thread that a busy two-core machine may start late. The
 * measure then repeats until about `fastSpend` seconds of runs or `fastMaxRuns` runs, so that
 * microsecond timings have a stable median. Slow measures keep the first run and the
 * budget/maxRepeats rules.
 */
export const FAST_RULES = { warmUpBelow: 1, warmUpSpend: 0.25, fastSpend: 1, fastMaxRuns: 300 } as const;

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Whether the repeat loop should run again after `runs`, having started at `startedAt` (ms). */
function wantsAnotherRun(
  runs: readonly number[],
  fast: boolean,
  policy: RepeatPolicy,
  startedAt: number,
): boolean {
  if (runs.length === 0) return true;
  const spent = runs.reduce((a, b) => a + b, 0);
  const next = runs.at(-1) as number;
  // Collections and bookkeeping between runs are not timed; the wall clock bounds them too.
  const wall = (performance.now() - startedAt) / 1000;
  if (spent + next > policy.budget || wall > policy.budget) return false;
  if (!fast) return runs.length < policy.maxRepeats;
  return (
    runs.length < FAST_RULES.fastMaxRuns && (spent < FAST_RULES.fastSpend || runs.length < policy.maxRepeats)
  );
}

/** Seconds taken by one call of `fn`. */
async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

/**
 * Times `fn` under the rules above and reports the median; a thrown error becomes an 'error'
 * result instead of ending the benchmark. `onRunStart` is called before the first run, before
 * every slow run and before a batch of cheap runs, so the parent can enforce its per-run cap.
 */
export async function timeMeasure(
  fn: () => unknown,
  policy: RepeatPolicy,
  onRunStart: () => void = () => undefined,
): Promise<MeasureResult> {
  const runs: number[] = [];
  try {
    collectGarbage();
    onRunStart();
    const warmUpStart = performance.now();
    const first = await timeOnce(fn);
    const fast = first < FAST_RULES.warmUpBelow;
    if (!fast) runs.push(first);
    while (fast && performance.now() - warmUpStart < FAST_RULES.warmUpSpend * 1000) await fn();
    // Cheap runs share one collection before the batch: a full collection before each
    // microsecond run would cost far more than the run and evict its data from the caches.
    const startedAt = performance.now();
    // Announcing every cheap run would wake the parent between microsecond runs, on a machine
    // with two cores; the whole batch stays within the budget, far below the per-run cap.
    if (fast) onRunStart();
    while (wantsAnotherRun(runs, fast, policy, startedAt)) {
      if (!fast) {
        collectGarbage();
        onRunStart();
      }
      runs.push(await timeOnce(fn));
    }
    return { status: 'ok', runs, median: median(runs), warmedUp: fast };
  } catch (error) {
    return { status: 'error', runs, note: error instanceof Error ? error.message : String(error) };
  }
}

// Started with --expose-gc, a collection before each slow run keeps one run's garbage out of the next.
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}
