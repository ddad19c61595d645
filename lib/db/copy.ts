import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | null;

const RESERVED = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** One value in COPY's text format: `\N` for null, a backslash before what the format reserves. */
export function copyTextValue(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return value.replace(RESERVED, (char) => ESCAPES[char]!);
}

export function copyTextLine(values: readonly CopyValue[]): string {
  return `${values.map(copyTextValue).join("\t")}\n`;
}

/** Lines sent per chunk: fewer, larger writes to the socket. */
const LINES_PER_CHUNK = 1_000;

function* chunksOf(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = "";
  let lines = 0;
  for (const row of rows) {
    chunk += copyTextLine(row);
    if (++lines === LINES_PER_CHUNK) {
      yield chunk;
      chunk = "";
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}

/**
 * Loads rows with `COPY … FROM STDIN`, the fastest way into PostgreSQL (several times an
 * `INSERT … SELECT` from JSON for the hundreds of thousands of rows of a large corpus). The rows
 * are produced as they are sent; returns how many were copied. `table` and `columns` are the
 * caller's constants, never input.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(chunksOf(rows)), stream);
  return stream.rowCount;
}
