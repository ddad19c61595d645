import "server-only";
import { buildFilter } from "./filters";
import type { SearchQuery } from "./query";
import { appSearchTarget, guardSearch, type SearchTarget } from "./service";
import { CABLES_INDEX_SETTINGS } from "./settings";
import { yearRanges, type MonthCount } from "./timeline";

export type SearchMonths = { total: number; undated: number; months: MonthCount[] };

type FacetAnswer = { totalHits?: number; facetDistribution?: Record<string, Record<string, number>> };

const MAX_FACET_VALUES = CABLES_INDEX_SETTINGS.faceting?.maxValuesPerFacet ?? 100;

/** Whether a month facet answer holds every month: below the facet value cap, nothing was cut off. */
export function isMonthFacetComplete(months: readonly unknown[], maxFacetValues: number = MAX_FACET_VALUES): boolean {
  return months.length < maxFacetValues;
}

const toCounts = (distribution: Record<string, number> | undefined) => Object.entries(distribution ?? {}).map(([key, count]) => ({ key, count }));
const byMonth = (a: MonthCount, b: MonthCount) => a.month.localeCompare(b.month);

/**
 * Cables per month for every hit of a search (the same words and filters as the search page).
 * One request answers when the months fit in one facet answer; a longer span is asked again in
 * year ranges that each fit, so no month is silently cut off by the facet value cap.
 */
export async function searchMonths(query: SearchQuery, { target = appSearchTarget(), maxFacetValues = MAX_FACET_VALUES }: { target?: SearchTarget; maxFacetValues?: number } = {}): Promise<SearchMonths> {
  const { client, indexUid } = target;
  const filter = buildFilter(query);
  return guardSearch(async () => {
    const first = (await client.index(indexUid).search(query.q, { filter, facets: ["year", "month"], page: 1, hitsPerPage: 0 })) as FacetAnswer;
    const total = first.totalHits ?? 0;
    const years = toCounts(first.facetDistribution?.year);
    const undated = total - years.reduce((sum, { count }) => sum + count, 0);
    const monthValues = toCounts(first.facetDistribution?.month);
    if (isMonthFacetComplete(monthValues, maxFacetValues)) return { total, undated, months: monthValues.map(({ key, count }) => ({ month: key, count })).sort(byMonth) };

    const ranges = yearRanges(years.map(({ key }) => Number(key)), maxFacetValues);
    const { results } = await client.multiSearch({
      queries: ranges.map(({ first: from, last: to }) => ({ indexUid, q: query.q, filter: [...filter, `year ${from} TO ${to}`], facets: ["month"], page: 1, hitsPerPage: 0 })),
    });
    const months = (results as unknown as FacetAnswer[]).flatMap((answer) => toCounts(answer.facetDistribution?.month).map(({ key, count }) => ({ month: key, count })));
    return { total, undated, months: months.sort(byMonth) };
  });
}
