import { EXPORT_FORMATS, csvHeader, csvRow, exportFilename, jsonLine, jsonTruncationLine, parseExportFormat, queryFromUrl, type ExportFormat } from "@/lib/search/export-format";
import { EXPORT_LIMIT, appSearchTarget, prepareExport, type PreparedExport } from "@/lib/search/export";
import { SearchUnavailableError } from "@/lib/search/service";

export const dynamic = "force-dynamic";

const plain = (message: string, status: number, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

/** Pulls one row per read, so a slow client slows the Meilisearch paging instead of filling memory. */
function streamExport(format: ExportFormat, prepared: PreparedExport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const { rows, total, isTruncated } = prepared;
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
        // The status line is long gone: failing the stream makes the download fail visibly
        // instead of ending as a silently short file.
        console.error("search export failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}

/** `GET /search/export?format=csv|jsonl&<the /search parameters>`: every hit, streamed; see lib/search/export.ts. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = parseExportFormat(url.searchParams.get("format"));
  if (!format) return plain("Unknown export format: use format=csv or format=jsonl.", 400);
  const query = queryFromUrl(url);
  let prepared: PreparedExport;
  try {
    prepared = await prepareExport({ target: appSearchTarget(), query });
  } catch (error) {
    if (error instanceof SearchUnavailableError) return plain("Search is unavailable right now; please try the export again later.", 503, { "Retry-After": "60" });
    throw error;
  }
  return new Response(streamExport(format, prepared), {
    headers: {
      "Content-Type": EXPORT_FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename="${exportFilename(format, new Date())}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "X-Export-Total": String(prepared.total),
      "X-Export-Truncated": String(prepared.isTruncated),
      "X-Export-Limit": String(EXPORT_LIMIT),
    },
  });
}
