import { parseSearchParams, toSearchParams, type RawSearchParams, type SearchQuery } from "./query";

/**
 * Pure formatting of search exports: one row shape, written as CSV (RFC 4180) or JSON Lines.
 * The streaming and the Meilisearch paging live in `export.ts`; this module does no I/O.
 */

export type ExportRow = {
  refId: string;
  /** ISO 8601 in UTC, or null when the cable's date is unknown. */
  date: string | null;
  origin: string | null;
  classification: string | null;
  tags: string[];
  subject: string | null;
  /** Absolute permalink of the cable. */
  url: string;
};

export const EXPORT_COLUMNS = ["refId", "date", "origin", "classification", "tags", "subject", "url"] as const satisfies readonly (keyof ExportRow)[];

export const EXPORT_FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", label: "CSV" },
  jsonl: { contentType: "application/x-ndjson", extension: "jsonl", label: "JSON Lines" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function parseExportFormat(value: string | null | undefined): ExportFormat | null {
  return value === "csv" || value === "jsonl" ? value : null;
}

// Spreadsheets run a cell starting with one of these as a formula (CSV injection, OWASP): a cable
// subject like `=HYPERLINK("http://evil", "click")` would become a live link or worse. A leading
// apostrophe makes Excel, LibreOffice and Google Sheets show the text as typed.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: formula-neutralised, then quoted (with doubled quotes) when RFC 4180 requires it. */
export function csvField(value: string | null): string {
  if (value === null || value === "") return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(fields: (string | null)[]): string {
  // RFC 4180 ends every record, the last included, with CRLF.
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function csvHeader(): string {
  return csvLine([...EXPORT_COLUMNS]);
}

export function csvRow(row: ExportRow): string {
  return csvLine(EXPORT_COLUMNS.map((column) => (column === "tags" ? row.tags.join("; ") : row[column])));
}

/** JSON is data, not a spreadsheet: values are written as they are, tags as an array. */
export function jsonLine(row: ExportRow): string {
  return `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, row[column]])))}\n`;
}

export type ExportTruncation = { total: number; exported: number };

/** The last line of a truncated JSON Lines export; it has no `refId`, so readers can tell it apart. */
export function jsonTruncationLine({ total, exported }: ExportTruncation): string {
  return `${JSON.stringify({ truncated: true, total, exported })}\n`;
}

export type ExportBody = { rows: AsyncIterator<ExportRow>; total: number; isTruncated: boolean };

/**
 * The bytes of an export, pulled one row per read so a slow client slows the Meilisearch paging
 * instead of filling memory. A failure mid-way errors the stream: the status line is long gone,
 * and a download that fails visibly beats a silently short file.
 */
export function exportStream(format: ExportFormat, { rows, total, isTruncated }: ExportBody): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let exported = 0;
  let hasStarted = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!hasStarted && format === "csv") controller.enqueue(encoder.encode(csvHeader()));
      hasStarted = true;
      try {
        const next = await rows.next();
        if (next.done) {
          if (isTruncated && format === "jsonl") controller.enqueue(encoder.encode(jsonTruncationLine({ total, exported })));
          controller.close();
          return;
        }
        exported += 1;
        controller.enqueue(encoder.encode(format === "csv" ? csvRow(next.value) : jsonLine(next.value)));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return?.(undefined);
    },
  });
}

export function exportFilename(format: ExportFormat, now: Date): string {
  return `cables-${now.toISOString().slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}

/** Exports hold every page, so the page number is dropped; the sort order is kept. */
export function exportHref(query: SearchQuery, format: ExportFormat): string {
  const params = toSearchParams({ ...query, page: 1 });
  params.set("format", format);
  return `/search/export?${params.toString()}`;
}

/** The search of a route handler's URL, read exactly as the search page reads its parameters. */
export function queryFromUrl(url: URL): SearchQuery {
  const raw: RawSearchParams = {};
  for (const key of new Set(url.searchParams.keys())) raw[key] = url.searchParams.getAll(key);
  return parseSearchParams(raw);
}
