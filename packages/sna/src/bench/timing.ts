/** Timing helpers shared by the JavaScript benchmark runners; the same rules as python-bench.py. */
import { performance } from 'node:perf_hooks';

/** The outcome of timing one measure with one tool. Times are in seconds. */
export interface MeasureResult {
  status: 'ok' | 'timeout' | 'n/a' | 'error';
  runs: number[];
  median?: number;
  /** For timeouts: the cap that was hit. */
  cap?: number;
  /** Why a measure is n/a or failed. */
  note?: string;
}

/** How long to keep repeating a measure. */
export interface RepeatPolicy {
  /** Stop repeating once another run would likely exceed this many seconds in total. */
  budget: number;
  maxRepeats: number;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs `fn` until it has `maxRepeats` runs or the next run would overrun `budget` (at least once)
 * and reports the median; a thrown error becomes an 'error' result instead of ending the benchmark.
 */
export async function timeMeasure(
  fn: () => unknown,
  policy: RepeatPolicy,
  onRunStart: () => void = () => undefined,
): Promise<MeasureResult> {
  const runs: number[] = [];
  let spent = 0;
  while (
    runs.length < policy.maxRepeats &&
    (runs.length === 0 || spent + (runs.at(-1) as number) <= policy.budget)
  ) {
    collectGarbage();
    onRunStart();
    const start = performance.now();
    try {
      await fn();
    } catch (error) {
      return { status: 'error', runs, note: error instanceof Error ? error.message : String(error) };
    }
    const elapsed = (performance.now() - start) / 1000;
    runs.push(elapsed);
    spent += elapsed;
  }
  return { status: 'ok', runs, median: median(runs) };
}

// Started with --expose-gc, a collection before each run keeps one run's garbage out of the next.
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}
