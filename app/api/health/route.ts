import { isDatabaseUnavailable } from "@/lib/api/unavailable";
import { CORS_HEADERS } from "@/lib/api/errors";
import { pingDatabase } from "@/lib/db/health";
import { healthHttpStatus, overallStatus, probe, type ArchiveHealth } from "@/lib/health/check";
import { searchIndexHealth } from "@/lib/search/health";
import { isSearchUnavailable } from "@/lib/search/service";

export const dynamic = "force-dynamic";

const PROBE_TIMEOUT_MS = 2_000;

/**
 * `GET /api/health`: each dependency's state. 200 while cables can be read (status `ok`, or
 * `degraded` when only search is down), 503 when the database is down. Never cached.
 */
export async function GET(): Promise<Response> {
  const [database, search] = await Promise.all([
    probe(pingDatabase, { timeoutMs: PROBE_TIMEOUT_MS, describeFailure: (error) => (isDatabaseUnavailable(error) ? "unreachable" : "failing") }),
    probe(searchIndexHealth, { timeoutMs: PROBE_TIMEOUT_MS, describeFailure: (error) => (isSearchUnavailable(error) ? "unreachable or refusing" : "failing") }),
  ]);
  const health: ArchiveHealth = { status: overallStatus(database, search), checkedAt: new Date().toISOString(), dependencies: { database, search } };
  return Response.json(health, { status: healthHttpStatus(health.status), headers: { ...CORS_HEADERS, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}
