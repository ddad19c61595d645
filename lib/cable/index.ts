/**
 * Cable parser: turns real cables in the three published formats (plain text, pages of the cable
 * site, rows of the dump CSV) into CableRecords. Pure: no I/O here; read.ts is the I/O side
 * (parseFile / parsePaths for files and folders of any format, parseDumpFile / readDumpRows to
 * stream a dump CSV of any size). Nothing throws to the caller: every input yields a record, with
 * warnings for whatever was guessed or missing, or an error value.
 *
 *   parseCable({ content, file, format })            one input of any format → one outcome per cable
 *   parseCableText / parseCableHtml / parseDumpRow   the per-format entry points
 *
 * Each warning starts with the field it concerns (`sentAt: …`, `refId: …`), so a consumer can tell
 * which values were inferred. Published metadata (dump columns, the site's table) fills gaps and
 * decides refId, origin and classification unless the format is `text`.
 */
import type { CableFormat, CableMetadata, CableRecord, ParseResult } from "./types";
import { readDumpColumns, createDumpCsvParser } from "./csv";
import { detectFormat } from "./detect";
import { readCablePage } from "./html";
import { applyMetadata } from "./metadata";
import { NotACableError, parseCableText as parseTextUnguarded } from "./parse-text";

export type { CableFormat, CableMetadata, CableParagraph, CableRecord, CableReference, ParseResult } from "./types";
export { createDumpCsvParser, readDumpColumns } from "./csv";
export type { DumpRow } from "./csv";
export { detectFormat } from "./detect";

export type CableSource = { file: string; row: number | null };
export type CableOutcome = ParseResult<CableRecord> & { source: CableSource };

const MAX_BINARY_SHARE = 0.1;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F]/;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0 || !CONTROL_CHARACTER.test(sample)) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) control++;
  }
  return control / sample.length > MAX_BINARY_SHARE;
}

function checkText(text: string): string | null {
  if (!/\S/.test(text)) return "empty input";
  if (looksBinary(text)) return "input looks binary, not cable text";
  return null;
}

/** Plain cable text; `metadata` (when given) fills gaps and decides identity fields. */
export function parseCableText({
  text,
  source,
  metadata,
}: {
  text: string;
  source: CableSource;
  metadata?: CableMetadata;
}): ParseResult<CableRecord> {
  const problem = checkText(text);
  if (problem) return { ok: false, error: problem };
  try {
    const record = parseTextUnguarded(text, source, { isCableHeaderRequired: metadata === undefined });
    return { ok: true, value: metadata ? applyMetadata(record, metadata) : record };
  } catch (error) {
    if (error instanceof NotACableError) return { ok: false, error: error.message };
    return { ok: false, error: `parser failure: ${describe(error)}` };
  }
}

/** A page of the cable site; with `useMetadata` false the page's table is ignored. */
export function parseCableHtml({
  html,
  source,
  useMetadata = true,
}: {
  html: string;
  source: CableSource;
  useMetadata?: boolean;
}): ParseResult<CableRecord> {
  try {
    const page = readCablePage(html);
    if (!page.ok) return page;
    return parseCableText({ text: page.value.text, source, metadata: useMetadata ? page.value.metadata : undefined });
  } catch (error) {
    return { ok: false, error: `parser failure: ${describe(error)}` };
  }
}

/** One dump row (eight fields): the text is the routing header (column 7) and body (column 8). */
export function parseDumpRow({
  fields,
  source,
  useMetadata = true,
}: {
  fields: readonly string[];
  source: CableSource;
  useMetadata?: boolean;
}): ParseResult<CableRecord> {
  const columns = readDumpColumns(fields);
  if (!columns) return { ok: false, error: `dump row has ${fields.length} fields, expected 8` };
  const text = columns.header.trim().length > 0 ? `${columns.header}\n\n${columns.body}` : columns.body;
  const metadata: CableMetadata = {
    refId: columns.refId,
    createdAt: columns.createdAt,
    origin: columns.origin,
    classification: columns.classification,
  };
  return parseCableText({ text, source, metadata: useMetadata ? metadata : undefined });
}

export type ParseCableInput = {
  content: string;
  file: string;
  /**
   * `auto` detects the container and uses its metadata; `html`/`csv` force the container; `text`
   * means text only: the container is still detected (a dump row's text, a page's `<pre>` blocks)
   * but published metadata is ignored and every field comes from the cable text.
   */
  format?: CableFormat | "auto";
};

/** Any single input: a text file, an HTML page, or CSV content holding one or more dump rows. */
export function parseCable({ content, file, format = "auto" }: ParseCableInput): CableOutcome[] {
  const useMetadata = format !== "text";
  const resolved = format === "auto" || format === "text" ? detectFormat({ fileName: file, head: content.slice(0, 2000) }) : format;
  const single = (result: ParseResult<CableRecord>, row: number | null = null): CableOutcome => ({
    ...result,
    source: { file, row },
  });
  if (resolved === "html") return [single(parseCableHtml({ html: content, source: { file, row: null }, useMetadata }))];
  if (resolved === "text") return [single(parseCableText({ text: content, source: { file, row: null } }))];
  const parser = createDumpCsvParser();
  const rows = [...parser.push(content), ...parser.end()];
  if (rows.length === 0) return [single({ ok: false, error: "no dump rows found" })];
  return rows.map(({ row, fields }) =>
    single(parseDumpRow({ fields, source: { file, row }, useMetadata }), row),
  );
}
