import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type pg from "pg";

/** reference-ids.csv lists every reference id of the release (`refid,month`); it is not a cable. */
export async function isReleaseIdList(file: string): Promise<boolean> {
  if (!file.toLowerCase().endsWith(".csv")) return false;
  const handle = await open(file, "r").catch(() => null);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    return /^\s*refid\s*,\s*month\s*\r?\n/i.test(buffer.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await handle.close();
  }
}

export function parseReleaseIdLine(line: string): { refId: string; month: number | null } | null {
  const [refId, month] = line.split(",").map((field) => field.trim());
  if (!refId || !/^[0-9A-Z]+$/i.test(refId) || refId.toLowerCase() === "refid") return null;
  const monthNumber = Number(month);
  return { refId: refId.toUpperCase(), month: Number.isInteger(monthNumber) && monthNumber >= 1 && monthNumber <= 12 ? monthNumber : null };
}

const INSERT_RELEASE_IDS = `INSERT INTO release_cables (ref_id, month)
  SELECT ref_id, month FROM jsonb_to_recordset($1::jsonb) AS input(ref_id text, month int)
  ON CONFLICT (ref_id) DO UPDATE SET month = EXCLUDED.month`;
const CHUNK = 10_000;

/** Streams the list into release_cables; returns how many ids it holds. */
export async function loadReleaseIds(pool: pg.Pool, file: string): Promise<number> {
  // Keyed by id: one statement may not touch a row twice, and the list can repeat an id.
  let chunk = new Map<string, number | null>();
  let count = 0;
  const flush = async () => {
    if (chunk.size === 0) return;
    await pool.query(INSERT_RELEASE_IDS, [JSON.stringify([...chunk].map(([ref_id, month]) => ({ ref_id, month })))]);
    count += chunk.size;
    chunk = new Map();
  };
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    const entry = parseReleaseIdLine(line);
    if (!entry) continue;
    chunk.set(entry.refId, entry.month);
    if (chunk.size >= CHUNK) await flush();
  }
  await flush();
  return count;
}
