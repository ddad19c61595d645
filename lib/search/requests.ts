import { buildFilter } from "./filters";
import { MATCH_END, MATCH_START } from "./highlight";
import { FACETS, FACET_PARAMS, PAGE_SIZE, effectiveSortOrder, singleYearOf, type SearchQuery, type SortOrder } from "./query";

/** What the app asks Meilisearch for a search, built in one place (pure: benchmarks send the same body). */

export const MEILI_SORT: Record<SortOrder, string[] | undefined> = { relevance: undefined, newest: ["sentAt:desc"], oldest: ["sentAt:asc"] };

/**
 * The multi-search a search page sends: the main query, plus one query per facet that has selected
 * values, run without that facet's own filter, so its other values show the counts that selecting
 * them would add (values of one facet combine with OR). `withAllMonths` asks for cables per month
 * too (the JSON API returns them). Benchmarks send the same body straight to Meilisearch.
 */
export function buildSearchRequests(query: SearchQuery, indexUid: string, { withAllMonths = false }: { withAllMonths?: boolean } = {}) {
  const isTextQuery = query.q.length > 0;
  const withMonths = withAllMonths || singleYearOf(query) !== null;
  const sort = MEILI_SORT[effectiveSortOrder(query)];
  const selectedFacets = FACET_PARAMS.filter((param) => query.filters[param].length > 0);
  return [
    {
      indexUid,
      q: query.q,
      filter: buildFilter(query),
      // Months only where they are shown (the page's histogram of one whole year; the API's
      // months): each facet costs every search.
      facets: [...FACET_PARAMS.map((param) => FACETS[param]), "year", ...(withMonths ? ["month"] : [])],
      page: query.page,
      hitsPerPage: PAGE_SIZE,
      ...(sort ? { sort } : {}),
      attributesToRetrieve: ["refId", "subject", "sentAt", "origin", "classification", "tags", "paragraphAnchors"],
      ...(isTextQuery ? { attributesToHighlight: ["subject", "paragraphs"], attributesToCrop: ["paragraphs"], cropLength: 40 } : {}),
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
    },
    ...selectedFacets.map((param) => ({
      indexUid,
      q: query.q,
      filter: buildFilter({ ...query, filters: { ...query.filters, [param]: [] } }),
      facets: [FACETS[param]],
      limit: 0,
    })),
  ];
}

