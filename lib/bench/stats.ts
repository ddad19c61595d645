/** Latency figures from raw samples; pure, so the benchmark's arithmetic is unit tested. */

export type LatencySummary = { count: number; errors: number; p50: number; p95: number; p99: number; max: number; mean: number; throughput: number };

/** The value at quantile `q` (0–1) of sorted samples, nearest-rank: no interpolation invents a latency never seen. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samplesMs: readonly number[], errors: number, wallMs: number): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    errors,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length > 0 ? total / sorted.length : Number.NaN,
    throughput: wallMs > 0 ? (sorted.length / wallMs) * 1000 : Number.NaN,
  };
}

/**
 * Runs `requests` calls of `task` with `concurrency` in flight at a time and times each one.
 * A task that throws counts as an error, not as a latency.
 */
export async function runLoad(task: (index: number) => Promise<void>, { requests, concurrency }: { requests: number; concurrency: number }): Promise<LatencySummary> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= requests) return;
      const begun = performance.now();
      try {
        await task(index);
        samples.push(performance.now() - begun);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return summarise(samples, errors, performance.now() - started);
}
