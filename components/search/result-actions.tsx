import { feedHref } from "@/lib/search/atom";
import { exportHref } from "@/lib/search/export-format";
import { toSearchParams, type SearchQuery } from "@/lib/search/query";

export { feedHref };

/** The timeline covers every hit, so the page number is dropped. */
export function timelineHref(query: SearchQuery): string {
  const params = toSearchParams({ ...query, page: 1 }).toString();
  return params ? `/search/timeline?${params}` : "/search/timeline";
}

const LINK = "text-blue-800 hover:underline";

/**
 * Downloads and the feed of the current search. Plain anchors, not next/link: these are files
 * from route handlers, which client-side navigation would try to fetch as pages.
 */
export function ResultActions({ query }: { query: SearchQuery }) {
  return (
    <nav aria-label="Export and follow this search" className="flex flex-wrap items-center gap-3 text-sm" data-testid="result-actions">
      <a href={exportHref(query, "csv")} download className={LINK}>
        Download CSV
      </a>
      <a href={exportHref(query, "jsonl")} download className={LINK}>
        Download JSON Lines
      </a>
      <a href={feedHref(query)} type="application/atom+xml" className={LINK}>
        Atom feed
      </a>
      <a href={timelineHref(query)} className={LINK}>
        Timeline by month
      </a>
    </nav>
  );
}
