/** The I/O side of the parser: files, folders and streamed dump CSVs. Errors are outcomes, never throws. */
import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CableFormat } from "./types";
import { createDumpCsvParser } from "./csv";
import type { DumpRow } from "./csv";
import { detectFormat, isDumpCsvHead } from "./detect";
import { parseCable, parseDumpRow } from "./index";
import type { CableOutcome } from "./index";

const MAX_SINGLE_FILE_BYTES = 64 * 1024 * 1024;
const STREAM_CHUNK_BYTES = 1024 * 1024;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** UTF-8 when valid; otherwise Windows-1252, the encoding of older mirrors (¶ as byte 0xB6). */
export function decodeCableBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Rows of a dump CSV, read as a stream: memory stays flat on the 1.6 GB dump. */
export async function* readDumpRows(file: string): AsyncGenerator<DumpRow> {
  const parser = createDumpCsvParser();
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: STREAM_CHUNK_BYTES });
  for await (const chunk of stream) yield* parser.push(chunk as string);
  yield* parser.end();
}

/** Streams a dump CSV into outcomes, one per row. */
export async function* parseDumpFile(file: string, { format = "auto" }: { format?: CableFormat | "auto" } = {}): AsyncGenerator<CableOutcome> {
  const useMetadata = format !== "text";
  let hasRows = false;
  try {
    for await (const { row, fields } of readDumpRows(file)) {
      hasRows = true;
      yield { ...parseDumpRow({ fields, source: { file, row }, useMetadata }), source: { file, row } };
    }
  } catch (error) {
    yield { ok: false, error: `cannot read ${file}: ${describe(error)}`, source: { file, row: null } };
    return;
  }
  if (!hasRows) yield { ok: false, error: "no dump rows found", source: { file, row: null } };
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(2000);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** One file of any format: CSVs are streamed, other files read whole. */
export async function* parseFile(file: string, { format = "auto" }: { format?: CableFormat | "auto" } = {}): AsyncGenerator<CableOutcome> {
  let container: CableFormat;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a regular file");
    const head = await readHead(file);
    container = format === "auto" || format === "text" ? detectFormat({ fileName: file, head }) : format;
    if (container === "csv" && info.size > 0 && !isDumpCsvHead(head)) {
      throw new Error("not in the dump CSV layout (8 quoted fields starting with a numeric id and a date)");
    }
    if (container !== "csv" && info.size > MAX_SINGLE_FILE_BYTES) throw new Error(`file too large (${info.size} bytes)`);
  } catch (error) {
    yield { ok: false, error: `cannot read ${file}: ${describe(error)}`, source: { file, row: null } };
    return;
  }
  if (container === "csv") {
    yield* parseDumpFile(file, { format });
    return;
  }
  let content: string;
  try {
    content = decodeCableBytes(await readFile(file));
  } catch (error) {
    yield { ok: false, error: `cannot read ${file}: ${describe(error)}`, source: { file, row: null } };
    return;
  }
  yield* parseCable({ content, file, format: format === "text" ? "text" : container });
}

/** Files under the given paths (folders walked recursively, in name order); unreadable paths become outcomes. */
export async function* listInputFiles(paths: readonly string[]): AsyncGenerator<{ file: string; error?: string }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { file: path, error: `cannot read ${path}: ${describe(error)}` };
      continue;
    }
    if (!info.isDirectory()) {
      yield { file: path };
      continue;
    }
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      yield { file: path, error: `cannot read ${path}: ${describe(error)}` };
      continue;
    }
    const names = entries
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
    yield* listInputFiles(names.map((name) => join(path, name)));
  }
}

/** Every cable under the given files and folders. */
export async function* parsePaths(paths: readonly string[], { format = "auto" }: { format?: CableFormat | "auto" } = {}): AsyncGenerator<CableOutcome> {
  for await (const { file, error } of listInputFiles(paths)) {
    if (error) {
      yield { ok: false, error, source: { file, row: null } };
      continue;
    }
    yield* parseFile(file, { format });
  }
}
