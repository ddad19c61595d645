import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import { ServiceError } from "./errors";
import { isMeilisearchHealthy, startLocalMeilisearch } from "./meilisearch";
import { startEmbeddedPostgres, type RunningService } from "./postgres";
import { findFreePort } from "./ports";
import { isProcessAlive, processCommandLine, readPidFile, removeFile, writePidFile } from "./processes";
import { readOrCreateSecret } from "./secrets";

export { ServiceError, describeFailure } from "./errors";
export { assertPortFree, findFreePort } from "./ports";

const ENDPOINTS_FILE = "services.json";

export type ServiceEndpoints = { databaseUrl: string; meiliUrl: string; meiliMasterKey: string };
export type Services = { endpoints: ServiceEndpoints; startedHere: string[]; stop: () => Promise<void> };

type ServiceEnv = { DATABASE_URL?: string | undefined; MEILI_URL?: string | undefined; MEILI_MASTER_KEY?: string | undefined; MEILI_BIN?: string | undefined };

/** Hides the password of a connection URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

async function assertPostgresReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new ServiceError(
      `Cannot reach PostgreSQL at ${redactUrl(url)} (DATABASE_URL): ${(error as Error).message}.`,
      "start that server or correct DATABASE_URL; unset DATABASE_URL to let the archive run its own PostgreSQL.",
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Only one supervisor may own a data folder; a lock left by a killed run is taken over, and a
 * process may take its own lock again.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  // The postgres OS user must be able to enter the folder that holds its cluster.
  await chmod(dataDir, 0o755);
  const lockFile = join(dataDir, "supervisor.pid");
  const holder = await readPidFile(lockFile);
  if (holder !== null && holder !== process.pid && isProcessAlive(holder) && (await processCommandLine(holder)).includes("node")) {
    throw new ServiceError(
      `Another archive process (pid ${holder}) is already running on the data in ${dataDir}.`,
      `stop it first (\`kill ${holder}\`), or give this one its own folder with ARCHIVE_DATA_DIR.`,
    );
  }
  await writePidFile(lockFile, process.pid);
  return () => removeFile(lockFile);
}

/**
 * Connects to the servers named by DATABASE_URL / MEILI_URL, or starts embedded ones whose data
 * lives in `dataDir` and survives restarts.
 */
export async function startServices({ dataDir: givenDataDir, env, log }: { dataDir: string; env: ServiceEnv; log: (line: string) => void }): Promise<Services> {
  // The servers run in their own working folders: a relative path would point elsewhere for them.
  const dataDir = resolve(givenDataDir);
  const running: { name: string; service: RunningService }[] = [];
  let unlock: (() => Promise<void>) | null = null;
  const stop = async () => {
    for (const { service } of running.reverse()) await service.stop().catch(() => undefined);
    running.length = 0;
    if (unlock) await unlock();
  };

  try {
    if (!env.DATABASE_URL || !env.MEILI_URL) unlock = await lockDataDir(dataDir);

    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) {
      await assertPostgresReachable(databaseUrl);
    } else {
      const postgres = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), log });
      running.push({ name: "PostgreSQL", service: postgres });
      databaseUrl = postgres.url;
    }

    let meiliUrl = env.MEILI_URL;
    let meiliMasterKey = env.MEILI_MASTER_KEY ?? "";
    if (meiliUrl) {
      if (!(await isMeilisearchHealthy(meiliUrl))) {
        throw new ServiceError(`Meilisearch at ${meiliUrl} (MEILI_URL) is not healthy or not reachable.`, "start that server or correct MEILI_URL; unset MEILI_URL to let the archive run its own Meilisearch.");
      }
    } else {
      meiliMasterKey = await readOrCreateSecret(join(dataDir, "meili-master-key"));
      const meilisearch = await startLocalMeilisearch({ dataDir, port: await findFreePort(), masterKey: meiliMasterKey, binaryOverride: env.MEILI_BIN, log });
      running.push({ name: "Meilisearch", service: meilisearch });
      meiliUrl = meilisearch.url;
    }

    const endpoints = { databaseUrl, meiliUrl, meiliMasterKey };
    if (unlock) {
      // Lets `npm run ingest` and `npm run reindex` reach the servers this process runs.
      await writeFile(join(dataDir, ENDPOINTS_FILE), JSON.stringify({ pid: process.pid, endpoints }), { mode: 0o600 });
      const releaseLock = unlock;
      unlock = async () => {
        await removeFile(join(dataDir, ENDPOINTS_FILE));
        await releaseLock();
      };
    }
    return { endpoints, startedHere: running.map(({ name }) => name), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The servers of a running `npm start` on this data folder, if there is one. */
async function endpointsOfRunningArchive(dataDir: string): Promise<ServiceEndpoints | null> {
  try {
    const { pid, endpoints } = JSON.parse(await readFile(join(dataDir, ENDPOINTS_FILE), "utf8")) as { pid: number; endpoints: ServiceEndpoints };
    return isProcessAlive(pid) ? endpoints : null;
  } catch {
    return null;
  }
}

/**
 * For command-line tools: the servers named by DATABASE_URL / MEILI_URL, else those of a running
 * `npm start`, else embedded servers started for the duration of the command.
 */
export async function connectServices({ dataDir, env, log }: { dataDir: string; env: ServiceEnv; log: (line: string) => void }): Promise<Services> {
  if (!env.DATABASE_URL || !env.MEILI_URL) {
    const running = await endpointsOfRunningArchive(dataDir);
    if (running) {
      const endpoints = {
        databaseUrl: env.DATABASE_URL ?? running.databaseUrl,
        meiliUrl: env.MEILI_URL ?? running.meiliUrl,
        meiliMasterKey: env.MEILI_URL ? (env.MEILI_MASTER_KEY ?? "") : running.meiliMasterKey,
      };
      return { endpoints, startedHere: [], stop: async () => undefined };
    }
  }
  return startServices({ dataDir, env, log });
}
