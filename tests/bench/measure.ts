// Small measuring helpers for the benchmarks: percentiles and a closed-loop load runner.
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  firstError?: string;
}

/** Runs `fn` from `concurrency` workers for `durationMs`; every call's latency is recorded. */
/** `concurrency` workers call `fn` back to back for `durationMs`, and each at least `minPerWorker` times (finishing what it started). */
export async function closedLoop(
  fn: () => Promise<unknown>,
  concurrency: number,
  durationMs: number,
  minPerWorker = 1,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let done = 0; done < minPerWorker || performance.now() < end; done++) {
        const t = performance.now();
        try {
          await fn();
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    errors,
    firstError,
  };
}

export const round = (n: number, d = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : n);
