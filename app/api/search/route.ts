import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { parseApiSearchParams } from "@/lib/api/search-params";
import { toApiSearchResponse } from "@/lib/api/shapes";
import { publicBaseUrl } from "@/lib/format/public-url";
import { searchCables } from "@/lib/search/service";
import { searchMonths } from "@/lib/search/timeline-service";

export const dynamic = "force-dynamic";

/** `GET /api/search?<the /search parameters>`: one page of hits, with totals and facets. */
export const GET = apiRoute(async (request) => {
  const query = parseApiSearchParams(new URL(request.url).searchParams);
  // The page's month facet is capped at the index's facet value limit; the timeline's counts are whole.
  const [results, { months }] = await Promise.all([searchCables(query), searchMonths(query)]);
  return apiJson(toApiSearchResponse(query, { ...results, months }, { base: publicBaseUrl() }), { maxAge: CACHE.search });
});

export const OPTIONS = preflight;
