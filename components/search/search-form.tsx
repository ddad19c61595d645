import { FACET_PARAMS, formatDateBound, searchHref, type SearchQuery } from "@/lib/search/query";
import { SearchInput } from "./search-input";

/** A plain GET form: searching works without JavaScript, and a new query keeps the filters. */
export function SearchForm({ query }: { query: SearchQuery }) {
  return (
    <form action="/search" method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <label htmlFor="search-q" className="sr-only">
        Search the cables
      </label>
      <SearchInput defaultValue={query.q} filtersHref={searchHref({ ...query, q: "", page: 1, filters: { ...query.filters, person: [] } })} />
      {FACET_PARAMS.flatMap((param) => query.filters[param].map((value) => <input key={`${param}:${value}`} type="hidden" name={param} value={value} />))}
      {query.from && <input type="hidden" name="from" value={formatDateBound(query.from)} />}
      {query.to && <input type="hidden" name="to" value={formatDateBound(query.to)} />}
      {query.sort !== "relevance" && <input type="hidden" name="sort" value={query.sort} />}
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Search
      </button>
    </form>
  );
}
