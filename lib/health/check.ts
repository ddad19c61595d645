/**
 * The archive's health as `/api/health` reports it: each dependency probed with a time limit, and
 * an overall state a load balancer can act on. Pure apart from the probes it is given.
 */

export type DependencyHealth = { status: "up" | "down"; latencyMs: number; problem?: string };

export type ArchiveHealth = {
  /** ok: everything answers; degraded: cables can be read but search is down; down: the database is down. */
  status: "ok" | "degraded" | "down";
  checkedAt: string;
  dependencies: { database: DependencyHealth; search: DependencyHealth & { documents?: number; isIndexing?: boolean } };
};

export class ProbeTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "ProbeTimeoutError";
  }
}

/** Runs one probe against a deadline; the probe's own error text is not passed on (it can name hosts). */
export async function probe<T extends object>(check: () => Promise<T>, { timeoutMs, describeFailure }: { timeoutMs: number; describeFailure: (error: unknown) => string }): Promise<DependencyHealth & Partial<T>> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProbeTimeoutError(timeoutMs)), timeoutMs);
    });
    const facts = await Promise.race([check(), deadline]);
    return { status: "up", latencyMs: Math.round(performance.now() - startedAt), ...facts };
  } catch (error) {
    const problem = error instanceof ProbeTimeoutError ? error.message : describeFailure(error);
    return { status: "down", latencyMs: Math.round(performance.now() - startedAt), problem } as DependencyHealth & Partial<T>;
  } finally {
    clearTimeout(timer);
  }
}

export function overallStatus(database: DependencyHealth, search: DependencyHealth): ArchiveHealth["status"] {
  if (database.status === "down") return "down";
  return search.status === "down" ? "degraded" : "ok";
}

/** Load balancers keep an instance while it can serve reading: only a lost database takes it out. */
export function healthHttpStatus(status: ArchiveHealth["status"]): number {
  return status === "down" ? 503 : 200;
}
