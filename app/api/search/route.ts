import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { parseApiSearchParams } from "@/lib/api/search-params";
import { toApiSearchResponse } from "@/lib/api/shapes";
import { publicBaseUrl } from "@/lib/format/public-url";
import { searchCables } from "@/lib/search/service";
import { isMonthFacetComplete, searchMonths } from "@/lib/search/timeline-service";

export const dynamic = "force-dynamic";

/** `GET /api/search?<the /search parameters>`: one page of hits, with totals and facets. */
export const GET = apiRoute(async (request) => {
  const query = parseApiSearchParams(new URL(request.url).searchParams);
  // Months come with the search in one round trip; only a span with more months than one facet
  // answer holds (over 40 years) is counted again in year ranges, so none is cut off.
  const results = await searchCables(query, { withAllMonths: true });
  const months = isMonthFacetComplete(results.months) ? results.months : (await searchMonths(query)).months;
  return apiJson(toApiSearchResponse(query, { ...results, months }, { base: publicBaseUrl() }), { maxAge: CACHE.search });
});

export const OPTIONS = preflight;
