import type { ChildProcess } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function processCommandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ").trim();
  } catch {
    return "";
  }
}

export async function readPidFile(path: string): Promise<number | null> {
  try {
    const firstLine = (await readFile(path, "utf8")).split("\n")[0] ?? "";
    const pid = Number.parseInt(firstLine.trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export async function writePidFile(path: string, pid: number): Promise<void> {
  await writeFile(path, `${pid}\n`, { mode: 0o644 });
}

export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signals a process we do not own as a child and waits for it to go, escalating to SIGKILL. */
export async function terminatePid(pid: number, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return;
    await sleep(50);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Stops a server left running by an earlier run that was killed before it could stop it. */
export async function stopOrphan({ pidFile, commandIncludes, signal, label, log }: { pidFile: string; commandIncludes: string; signal: NodeJS.Signals; label: string; log: (line: string) => void }): Promise<void> {
  const pid = await readPidFile(pidFile);
  if (pid === null || pid === process.pid || !isProcessAlive(pid)) return;
  if (!(await processCommandLine(pid)).includes(commandIncludes)) return;
  log(`Stopping ${label} (pid ${pid}) left running by an earlier run.`);
  await terminatePid(pid, signal, 20_000);
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Stops a child process: the polite signal first, SIGKILL when it does not go in time. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => {
    if (!hasExited(child)) child.kill("SIGKILL");
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Keeps the last lines a service printed, to explain a failed start. */
export class LogTail {
  private readonly lines: string[] = [];

  constructor(private readonly maxLines = 20) {}

  push(chunk: Buffer | string): void {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      this.lines.push(line);
      if (this.lines.length > this.maxLines) this.lines.shift();
    }
  }

  text(): string {
    return this.lines.map((line) => `    ${line}`).join("\n");
  }
}
