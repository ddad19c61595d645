import { FACET_PARAMS, formatDateBound, type SearchQuery } from "@/lib/search/query";

/** A plain GET form: searching works without JavaScript, and a new query keeps the filters. */
export function SearchForm({ query }: { query: SearchQuery }) {
  return (
    <form action="/search" method="get" role="search" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="search-q" className="sr-only">
        Search the cables
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query.q}
        maxLength={300}
        placeholder='Words, "an exact phrase", -excluded, or a reference id like 06ROME1755'
        className="w-full flex-1 rounded border border-stone-400 bg-white px-3 py-2 text-base"
      />
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
