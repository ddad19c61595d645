import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { ServiceError } from "../services/errors";
import { LogTail, hasExited, removeFile, stopChild, stopOrphan, writePidFile } from "../services/processes";

const BUILD_INPUTS = ["app", "components", "lib", "next.config.js", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const IGNORED_DIRS = new Set(["node_modules", ".data"]);
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

async function listFiles(root: string, path: string): Promise<string[]> {
  const info = await stat(join(root, path)).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [path];
  const entries = await readdir(join(root, path), { withFileTypes: true });
  const nested = await Promise.all(
    entries.filter((entry) => !IGNORED_DIRS.has(entry.name) && !entry.name.startsWith(".next")).map((entry) => listFiles(root, join(path, entry.name))),
  );
  return nested.flat();
}

/** A fingerprint of everything `next build` reads, so an unchanged checkout is not rebuilt. */
export async function sourceFingerprint(projectRoot: string): Promise<string> {
  const files = (await Promise.all(BUILD_INPUTS.map((input) => listFiles(projectRoot, input)))).flat().sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(projectRoot, join(projectRoot, file)));
    hash.update("\0");
    hash.update(await readFile(join(projectRoot, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const nextBin = (projectRoot: string) => join(projectRoot, "node_modules", "next", "dist", "bin", "next");

export async function buildIfChanged({ projectRoot, log }: { projectRoot: string; log: (line: string) => void }): Promise<boolean> {
  const fingerprint = await sourceFingerprint(projectRoot);
  const stampPath = join(projectRoot, distDir(), "cable-archive-build-stamp");
  const previous = await readFile(stampPath, "utf8").catch(() => "");
  if (previous === fingerprint && existsSync(join(projectRoot, distDir(), "BUILD_ID"))) return false;

  log("Building the web app (only when the code changed; takes a minute on a small machine).");
  const tail = new LogTail(40);
  const build = spawn(process.execPath, [nextBin(projectRoot), "build"], {
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  build.stdout.on("data", (chunk: Buffer) => tail.push(chunk));
  build.stderr.on("data", (chunk: Buffer) => tail.push(chunk));
  const code = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  if (code !== 0) throw new ServiceError("`next build` failed.", `its output:\n${tail.text()}`);
  await writeFile(stampPath, fingerprint);
  return true;
}

/** A web server from a killed earlier run would hold the port; it is ours to stop. */
export function stopOrphanedApp(pidFile: string, log: (line: string) => void): Promise<void> {
  return stopOrphan({ pidFile, commandIncludes: "next", signal: "SIGTERM", label: "the web server", log });
}

/**
 * The app server's old-space limit. Left alone, V8 sizes it from the machine's memory (gigabytes
 * here) and collects lazily: under 16 clients the server then held 730 MB, against 280 MB with a
 * 256 MB limit at a similar speed. Its live data is small (pages are rendered per request).
 */
export const DEFAULT_APP_HEAP_MB = 320;

export function appHeapMb(env: Readonly<Record<string, string | undefined>>): number {
  const given = Number.parseInt(env.APP_HEAP_MB ?? "", 10);
  return Number.isFinite(given) && given >= 64 ? given : DEFAULT_APP_HEAP_MB;
}

export type RunningApp = { url: string; process: ChildProcess; stop: () => Promise<void> };

export async function startNextServer({
  projectRoot,
  port,
  env,
  pidFile,
  timeoutMs = 60_000,
}: {
  projectRoot: string;
  port: number;
  env: NodeJS.ProcessEnv;
  pidFile?: string;
  timeoutMs?: number;
}): Promise<RunningApp> {
  // scripts/serve.mjs is `next start` that also passes each request's address on (for the rate
  // limits); run with node itself so the PID we hold is the server's. Detached, so that a Ctrl-C
  // reaches only the supervisor, which then stops the server and services in order.
  const server = spawn(process.execPath, [`--max-old-space-size=${appHeapMb(env)}`, join(projectRoot, "scripts", "serve.mjs"), String(port)], {
    cwd: projectRoot,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  if (pidFile && server.pid) await writePidFile(pidFile, server.pid);
  const stop = async () => {
    await stopChild(server, "SIGTERM", 10_000);
    if (pidFile) await removeFile(pidFile);
  };
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited(server)) {
      if (pidFile) await removeFile(pidFile);
      throw new ServiceError(`The web server exited during start-up (code ${server.exitCode}).`, "read its messages above.");
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new ServiceError(`The web server did not answer on port ${port} within ${timeoutMs / 1000} s.`, "read its messages above.");
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, process: server, stop };
}
