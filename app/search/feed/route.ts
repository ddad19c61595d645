import { publicBaseUrl } from "@/lib/format/public-url";
import { FEED_SIZE, buildAtomFeed, feedHref, feedTitle, type AtomEntry } from "@/lib/search/atom";
import { appSearchTarget, exportHits } from "@/lib/search/export";
import { queryFromUrl, type ExportRow } from "@/lib/search/export-format";
import { searchHref } from "@/lib/search/query";
import { SearchUnavailableError } from "@/lib/search/service";

export const dynamic = "force-dynamic";

// Atom requires a date on every entry; a cable of unknown date must not float to the top of a
// feed reader, so it gets the epoch.
const UNKNOWN_DATE = new Date(0);

function toEntry(row: ExportRow): AtomEntry {
  return {
    url: row.url,
    title: row.subject ? `${row.refId}: ${row.subject}` : row.refId,
    updated: row.date ? new Date(row.date) : UNKNOWN_DATE,
    summary: [row.origin ?? "Unknown origin", row.classification ?? "Unknown classification", row.tags.length > 0 ? row.tags.join(", ") : "no tags"].join(" · "),
    author: row.origin,
  };
}

/** `GET /search/feed?<the /search parameters>`: the newest matching cables as Atom 1.0. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = { ...queryFromUrl(url), sort: "newest" as const, page: 1 };
  const entries: AtomEntry[] = [];
  try {
    for await (const row of exportHits({ ...appSearchTarget(), query, limit: FEED_SIZE })) entries.push(toEntry(row));
  } catch (error) {
    if (error instanceof SearchUnavailableError) return new Response("Search is unavailable right now; please try again later.\n", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" } });
    throw error;
  }
  const xml = buildAtomFeed({
    selfUrl: `${publicBaseUrl()}${feedHref(query)}`,
    alternateUrl: `${publicBaseUrl()}${searchHref({ ...query, sort: "newest" })}`,
    title: `Cable Archive — ${feedTitle(query)}`,
    updated: entries[0]?.updated ?? UNKNOWN_DATE,
    author: "Cable Archive",
    entries,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=300" } });
}
