/**
 * Timing and reporting helpers shared by the benchmarks: warm medians, rounding, and the
 * result shape the runner prints as a table and writes as JSON.
 */
import { performance } from 'node:perf_hooks';

/** One target check: a readable target and whether the figures meet it (null: not measurable). */
export interface Check {
  target: string;
  met: boolean | null;
}

/** What each benchmark returns: its JSON figures, the checks, and a note for the table. */
export interface BenchResult {
  key: string;
  figures: Record<string, number | null> | number | null;
  checks: Check[];
  note?: string;
}

export interface RunOptions {
  quick: boolean;
  /** Print progress lines on stderr. */
  log: (line: string) => void;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds to `digits` decimals (figures in the JSON stay readable). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Runs `fn` `warmup` times unmeasured (JIT, caches), then `runs` times; returns the median
 * and all measured times in milliseconds.
 */
export async function warmMedian(
  fn: () => unknown | Promise<unknown>,
  opts: { warmup: number; runs: number },
): Promise<{ median: number; times: number[] }> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), times };
}

/** A ≤ check that stays honest when a figure is missing. */
export function atMost(value: number | null | undefined, limit: number, target: string): Check {
  return { target, met: value == null || Number.isNaN(value) ? null : value <= limit };
}

export function atLeast(value: number | null | undefined, limit: number, target: string): Check {
  return { target, met: value == null || Number.isNaN(value) ? null : value >= limit };
}

/** A result for a benchmark that could not measure (prerequisite missing); not a crash. */
export function unavailable(key: string, targets: string[], note: string): BenchResult {
  return { key, figures: null, checks: targets.map((target) => ({ target, met: null })), note };
}
