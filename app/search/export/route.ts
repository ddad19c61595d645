import { EXPORT_FORMATS, exportFilename, exportStream, parseExportFormat, queryFromUrl } from "@/lib/search/export-format";
import { EXPORT_LIMIT, appSearchTarget, prepareExport, type PreparedExport } from "@/lib/search/export";
import { SearchUnavailableError } from "@/lib/search/service";

export const dynamic = "force-dynamic";

const plain = (message: string, status: number, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

/** A failure after the headers went out can only end the stream; the server log keeps the cause. */
async function* logFailure<T>(rows: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (error) {
    console.error("search export failed mid-stream", error);
    throw error;
  }
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
  return new Response(exportStream(format, { ...prepared, rows: logFailure(prepared.rows) }), {
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
