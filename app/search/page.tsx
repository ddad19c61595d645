import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActiveFilters } from "@/components/search/active-filters";
import { DateHistogram } from "@/components/search/date-histogram";
import { FacetFilterForm } from "@/components/search/facet-filter-form";
import { FacetList } from "@/components/search/facet-list";
import { Pagination } from "@/components/search/pagination";
import { ResultActions, feedHref } from "@/components/search/result-actions";
import { ResultList } from "@/components/search/result-list";
import { SearchForm } from "@/components/search/search-form";
import { SortLinks } from "@/components/search/sort-links";
import { PeopleMatching } from "@/components/search/people-matching";
import { cableExists } from "@/lib/db/cables";
import { suggestPeople } from "@/lib/db/people";
import { cableHref } from "@/lib/format/links";
import { describeTag } from "@/lib/glossary/tags";
import { PAGE_SIZE, effectiveSortOrder, hasFilters, readTextParam, parseSearchParams, searchHref, type RawSearchParams, type SearchQuery } from "@/lib/search/query";
import { refIdFromQuery } from "@/lib/search/ref-id";
import { SearchUnavailableError, searchCables, searchFacetValues, type SearchResults } from "@/lib/search/service";

const MAX_PEOPLE_MATCHING = 5;

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseSearchParams(await searchParams);
  return {
    title: query.q ? `Search: ${query.q}` : "Search the cables",
    robots: { index: false },
    alternates: { types: { "application/atom+xml": feedHref(query) } },
  };
}

function Unavailable() {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h2 className="font-semibold">Search is unavailable right now</h2>
      <p className="mt-1 text-stone-800">
        The search service is not answering. Cables can still be read and browsed: try the <Link href="/" className="underline">latest cables</Link>, the{" "}
        <Link href="/tags" className="underline">tags</Link> or the <Link href="/posts" className="underline">posts</Link>.
      </p>
    </div>
  );
}

function EmptyState({ query }: { query: SearchQuery }) {
  return (
    <div className="rounded border border-stone-200 bg-white p-4 text-stone-800">
      <h2 className="font-semibold">No cables match{query.q ? ` “${query.q}”` : ""}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {hasFilters(query) && <li>Remove some filters: each one narrows the results.</li>}
        {query.q.includes('"') && <li>An exact phrase must appear word for word; try the words without quotes.</li>}
        <li>Check the spelling, or try fewer or more general words.</li>
        <li>
          Browse by <Link href="/tags" className="underline">tag</Link> or <Link href="/posts" className="underline">post</Link> instead.
        </li>
      </ul>
    </div>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = parseSearchParams(raw);
  const refId = refIdFromQuery(query);
  if (refId && (await cableExists(refId))) redirect(cableHref(refId));

  const tagFilter = readTextParam(raw.tagq);
  const originFilter = readTextParam(raw.originq);
  const personFilter = readTextParam(raw.personq);
  let results: SearchResults;
  let tagValues;
  let originValues;
  let personValues;
  let people;
  // The people whose names match the words (the no-JavaScript way to find a person), looked up
  // in PostgreSQL while Meilisearch searches.
  const matchingPeople = query.q.length >= 2 && !query.q.includes('"') ? suggestPeople(query.q, MAX_PEOPLE_MATCHING) : Promise.resolve([]);
  // Awaited below on every path; this only keeps an early failure from being reported as unhandled.
  matchingPeople.catch(() => undefined);
  try {
    results = await searchCables(query);
    [tagValues, originValues, personValues, people] = await Promise.all([
      tagFilter ? searchFacetValues(query, "tag", tagFilter) : results.facets.tag,
      originFilter ? searchFacetValues(query, "origin", originFilter) : results.facets.origin,
      personFilter ? searchFacetValues(query, "person", personFilter) : results.facets.person,
      matchingPeople,
    ]);
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Search the cables</h1>
        <SearchForm query={query} />
        <Unavailable />
      </div>
    );
  }

  if (results.total > 0 && query.page > results.pageCount) redirect(searchHref({ ...query, page: results.pageCount }));
  const first = (results.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(results.total, results.page * PAGE_SIZE);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Search the cables</h1>
      <SearchForm query={query} />
      <ActiveFilters query={query} />
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <aside aria-label="Filters" className="order-2 space-y-6 md:order-1">
          <DateHistogram query={query} years={results.years} months={results.months} />
          <div className="space-y-1">
            <FacetList title="Tags" param="tag" query={query} values={tagValues} describe={(code) => describeTag(code).description} filterText={tagFilter} />
            <FacetFilterForm query={query} name="tagq" label="Filter tags" value={tagFilter} />
          </div>
          <div className="space-y-1">
            <FacetList title="Posts" param="origin" query={query} values={originValues} filterText={originFilter} />
            <FacetFilterForm query={query} name="originq" label="Filter posts" value={originFilter} />
          </div>
          <div className="space-y-1">
            <FacetList title="People" param="person" query={query} values={personValues} filterText={personFilter} />
            <FacetFilterForm query={query} name="personq" label="Filter people" value={personFilter} />
          </div>
          <FacetList title="Classification" param="classification" query={query} values={results.facets.classification} />
          <FacetList title="Handling" param="caveat" query={query} values={results.facets.caveat} />
        </aside>
        <section aria-labelledby="results-heading" className="order-1 min-w-0 space-y-4 md:order-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-heading" className="text-lg font-semibold" data-testid="result-count">
              {results.total === 0 ? "No results" : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${results.total.toLocaleString("en-US")} ${results.total === 1 ? "cable" : "cables"}`}
            </h2>
            <SortLinks query={query} active={effectiveSortOrder(query)} />
          </div>
          {people.length > 0 && <PeopleMatching query={query} people={people} />}
          {results.total > 0 && <ResultActions query={query} />}
          {results.total === 0 ? <EmptyState query={query} /> : <ResultList hits={results.hits} q={query.q} firstPosition={first} />}
          <Pagination query={query} pageCount={results.pageCount} />
        </section>
      </div>
    </div>
  );
}
