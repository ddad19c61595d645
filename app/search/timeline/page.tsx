import type { Metadata } from "next";
import Link from "next/link";
import { MonthTimelineView } from "@/components/search/month-timeline";
import { feedTitle } from "@/lib/search/atom";
import { apiPaths } from "@/lib/api/shapes";
import { parseSearchParams, searchHref, type RawSearchParams } from "@/lib/search/query";
import { SearchUnavailableError } from "@/lib/search/service";
import { buildMonthTimeline } from "@/lib/search/timeline";
import { searchMonths, type SearchMonths } from "@/lib/search/timeline-service";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseSearchParams(await searchParams);
  return { title: `Timeline: ${feedTitle(query)}`, robots: { index: false } };
}

/** `/search/timeline?<the /search parameters>`: cables per month for every hit of a search. */
export default async function TimelinePage({ searchParams }: Props) {
  const query = { ...parseSearchParams(await searchParams), page: 1 };
  const resultsHref = searchHref(query);
  let counts: SearchMonths;
  try {
    counts = await searchMonths(query);
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Timeline</h1>
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
          <h2 className="font-semibold">Search is unavailable right now</h2>
          <p className="mt-1 text-stone-800">
            The timeline is drawn from the search service, which is not answering. Cables can still be read and browsed from the <Link href="/" className="underline">home page</Link>.
          </p>
        </div>
      </div>
    );
  }
  const timeline = buildMonthTimeline(counts.months);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={resultsHref} className="text-blue-800 underline">
            ← Back to the results
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Timeline</h1>
        <p className="text-stone-800" data-testid="timeline-summary">
          {feedTitle(query)}: {counts.total.toLocaleString("en-US")} {counts.total === 1 ? "cable" : "cables"}
          {counts.undated > 0 ? `, of which ${counts.undated.toLocaleString("en-US")} without a readable date (not shown)` : ""}.
        </p>
      </header>
      <MonthTimelineView query={query} timeline={timeline} />
      <p className="text-sm text-stone-700">
        The same counts as data: the <code className="font-mono">months</code> of{" "}
        <a href={apiPaths.search(query)} className="text-blue-800 underline">
          this search in the API
        </a>
        .
      </p>
    </div>
  );
}
