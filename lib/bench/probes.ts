import { readFile } from "node:fs/promises";

/** Measuring from outside: process memory from /proc, Meilisearch's own indexing time, time to first byte. */

/** A memory field of /proc/PID/status in MB, or null when it cannot be read (no such process, not Linux). */
async function statusMb(pid: number | null | undefined, field: "VmHWM" | "VmRSS"): Promise<number | null> {
  if (!pid) return null;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return Number.isNaN(kb) ? null : Math.round(kb / 1024);
}

/** Peak resident memory of a process in MB. */
export const peakRssMb = (pid: number | null | undefined) => statusMb(pid, "VmHWM");

/** Current resident memory in MB. */
export const rssMb = (pid: number | null | undefined) => statusMb(pid, "VmRSS");

/** Samples a process's memory every `intervalMs` until stopped: the highest and the last reading. */
export function sampleRss(pid: number | null | undefined, intervalMs = 250): { stop: () => Promise<{ maxMb: number | null; lastMb: number | null }> } {
  let maxMb: number | null = null;
  let lastMb: number | null = null;
  const timer = setInterval(async () => {
    lastMb = await rssMb(pid);
    if (lastMb !== null) maxMb = Math.max(maxMb ?? 0, lastMb);
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      lastMb = await rssMb(pid);
      return { maxMb, lastMb };
    },
  };
}

/**
 * Milliseconds until the first byte of the body arrives (headers alone do not make a page).
 * Throws on a status the caller did not expect, so that an error is never timed as a success.
 */
export async function timeToFirstByte(url: string, { expectStatus = 200, init = {} }: { expectStatus?: number; init?: RequestInit } = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", ...init, headers: { "Accept-Encoding": "identity", ...(init.headers ?? {}) } });
  if (response.status !== expectStatus) {
    await response.body?.cancel();
    throw new Error(`${url} answered ${response.status}, expected ${expectStatus}`);
  }
  const reader = response.body?.getReader();
  if (reader) {
    await reader.read();
    const elapsed = performance.now() - started;
    await reader.cancel();
    return elapsed;
  }
  return performance.now() - started;
}

/** Milliseconds for a whole response, body read to the end. */
export async function timeWholeResponse(url: string, { expectStatus = 200, init = {} }: { expectStatus?: number; init?: RequestInit } = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", ...init, headers: { "Accept-Encoding": "identity", ...(init.headers ?? {}) } });
  await response.arrayBuffer();
  if (response.status !== expectStatus) throw new Error(`${url} answered ${response.status}, expected ${expectStatus}`);
  return performance.now() - started;
}

/** Meilisearch's own time spent indexing into an index, summed from its batch statistics (all pages). */
export async function meilisearchIndexingMs(url: string, apiKey: string, indexUid: string): Promise<number> {
  let total = 0;
  let from: number | null = null;
  for (;;) {
    const response = await fetch(`${url}/batches?limit=1000&indexUids=${encodeURIComponent(indexUid)}${from === null ? "" : `&from=${from}`}`, { headers: { Authorization: `Bearer ${apiKey}`, "Accept-Encoding": "identity" } });
    const page = (await response.json()) as { results: { duration: string | null }[]; next: number | null };
    total += page.results.reduce((sum, { duration }) => sum + Number.parseFloat(/PT([\d.]+)S/.exec(duration ?? "")?.[1] ?? "0") * 1000, 0);
    if (page.next === null || page.results.length === 0) return total;
    from = page.next;
  }
}
