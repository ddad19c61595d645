import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { isProcessAlive, readPidFile } from "../../lib/services/processes";
import { ServiceError, assertPortFree, startServices, type ServiceEndpoints } from "../../lib/services/index";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cable-archive-svc-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function sql(url: string, text: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function serverPids(dataDir: string): Promise<number[]> {
  const pids = [await readPidFile(join(dataDir, "postgres", "postmaster.pid")), await readPidFile(join(dataDir, "meilisearch.pid"))];
  return pids.filter((pid): pid is number => pid !== null);
}

describe("embedded services", () => {
  test("start, keep their data across a restart, and leave no process behind when stopped", async () => {
    const dataDir = await tempDataDir();
    const first = await startServices({ dataDir, env: {}, log: () => undefined });
    const runningPids = await serverPids(dataDir);
    expect(runningPids).toHaveLength(2);
    expect(first.startedHere).toEqual(["PostgreSQL", "Meilisearch"]);
    await sql(first.endpoints.databaseUrl, "CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES ('still here')");
    const health = await fetch(`${first.endpoints.meiliUrl}/health`);
    expect(health.ok).toBe(true);
    const keys = await fetch(`${first.endpoints.meiliUrl}/keys`);
    expect(keys.status).toBe(401);
    await first.stop();
    expect(runningPids.filter(isProcessAlive)).toEqual([]);

    const keyFile = join(dataDir, "meili-master-key");
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

    const second = await startServices({ dataDir, env: {}, log: () => undefined });
    cleanups.push(second.stop);
    expect(await sql(second.endpoints.databaseUrl, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    expect(second.endpoints.meiliMasterKey).toBe(first.endpoints.meiliMasterKey);
  });

  test("take over from a run that was killed with SIGKILL, stopping the servers it left", async () => {
    const dataDir = await tempDataDir();
    const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "tests/support/start-services-child.ts"), dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    const endpoints = await new Promise<ServiceEndpoints>((resolvePromise, reject) => {
      child.stdout.once("data", (chunk: Buffer) => resolvePromise(JSON.parse(chunk.toString("utf8")) as ServiceEndpoints));
      child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    const orphans = await serverPids(dataDir);
    cleanups.push(async () => orphans.forEach((pid) => isProcessAlive(pid) && process.kill(pid, "SIGKILL")));
    child.kill("SIGKILL");
    await new Promise((resolveExit) => child.once("exit", resolveExit));
    expect(orphans.every(isProcessAlive)).toBe(true);

    const restarted = await startServices({ dataDir, env: {}, log: () => undefined });
    cleanups.push(restarted.stop);
    expect(orphans.filter(isProcessAlive)).toEqual([]);
    expect(await sql(restarted.endpoints.databaseUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    expect(restarted.endpoints.meiliMasterKey).toBe(endpoints.meiliMasterKey);
  });

  test("a missing Meilisearch binary is a clear error, and the PostgreSQL already started is stopped", async () => {
    const dataDir = await tempDataDir();
    const failure = startServices({ dataDir, env: { MEILI_BIN: join(dataDir, "no-such-meilisearch") }, log: () => undefined });
    await expect(failure).rejects.toBeInstanceOf(ServiceError);
    await expect(failure).rejects.toThrow(/no-such-meilisearch does not exist/);
    const postgresPid = await readPidFile(join(dataDir, "postgres", "postmaster.pid"));
    expect(postgresPid === null || !isProcessAlive(postgresPid)).toBe(true);
  });

  test("a Meilisearch binary without the executable bit is named with the fix", async () => {
    const dataDir = await tempDataDir();
    const binary = join(dataDir, "fake-meilisearch");
    await writeFile(binary, "#!/bin/sh\n");
    await chmod(binary, 0o644);
    const failure = startServices({ dataDir, env: { MEILI_BIN: binary }, log: () => undefined });
    await expect(failure).rejects.toThrow(/is not executable/);
    await expect(failure).rejects.toHaveProperty("hint", expect.stringContaining("chmod +x"));
  });

  test("a Meilisearch that dies during start-up is reported with its last words", async () => {
    const dataDir = await tempDataDir();
    const binary = join(dataDir, "fake-meilisearch");
    await writeFile(binary, "#!/bin/sh\necho 'error: the database is corrupted' >&2\nexit 3\n");
    await chmod(binary, 0o755);
    const failure = startServices({ dataDir, env: { MEILI_BIN: binary }, log: () => undefined });
    await expect(failure).rejects.toThrow(/Meilisearch exited during start-up/);
    await expect(failure).rejects.toHaveProperty("hint", expect.stringContaining("the database is corrupted"));
  });

  test("an unreachable DATABASE_URL is a clear error that names the server and starts nothing", async () => {
    const dataDir = await tempDataDir();
    const failure = startServices({ dataDir, env: { DATABASE_URL: "postgresql://archive:secret@127.0.0.1:1/archive", MEILI_URL: "http://127.0.0.1:1" }, log: () => undefined });
    await expect(failure).rejects.toThrow(/Cannot reach PostgreSQL at postgresql:\/\/archive:\*\*\*\*@127\.0\.0\.1:1\/archive/);
    await expect(failure).rejects.not.toThrow(/secret/);
    expect(await serverPids(dataDir)).toEqual([]);
  });

  test("another live supervisor on the same data folder is refused", async () => {
    const dataDir = await tempDataDir();
    const holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    cleanups.push(async () => holder.kill("SIGKILL"));
    await writeFile(join(dataDir, "supervisor.pid"), `${holder.pid}\n`);
    await expect(startServices({ dataDir, env: {}, log: () => undefined })).rejects.toThrow(new RegExp(`Another archive process \\(pid ${holder.pid}\\)`));
    expect(await readFile(join(dataDir, "supervisor.pid"), "utf8")).toBe(`${holder.pid}\n`);
  });
});

test("a port in use is reported with the way to find who holds it", async () => {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, "0.0.0.0", resolveListen));
  cleanups.push(() => new Promise((resolveClose) => server.close(resolveClose)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const failure = assertPortFree(port, "the web app, PORT");
  await expect(failure).rejects.toThrow(`Port ${port} (the web app, PORT) is already in use.`);
  await expect(failure).rejects.toHaveProperty("hint", expect.stringContaining("PORT=3001 npm start"));
});
