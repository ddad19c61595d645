import { FACETS, FACET_PARAMS, type DateBound, type SearchQuery } from "./query";

/**
 * Meilisearch filters are a small language: values are always quoted and escaped, attribute names
 * come from the fixed FACETS table, never from input.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/** The first instant of a date bound, in seconds since the epoch (UTC). */
export function startOf({ year, month, day }: DateBound): number {
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / 1000;
}

/** The first instant after a date bound: `to=2006` includes all of 2006. */
export function endOf({ year, month, day }: DateBound): number {
  if (month === null) return Date.UTC(year + 1, 0, 1) / 1000;
  if (day === null) return Date.UTC(year, month, 1) / 1000;
  return Date.UTC(year, month - 1, day + 1) / 1000;
}

/** Values of one facet combine with OR, different facets and the date range with AND. */
export function buildFilter(query: SearchQuery): (string | string[])[] {
  const clauses: (string | string[])[] = [];
  for (const param of FACET_PARAMS) {
    const values = query.filters[param];
    if (values.length > 0) clauses.push(values.map((value) => `${FACETS[param]} = ${quoteFilterValue(value)}`));
  }
  if (query.from) clauses.push(`sentAt >= ${startOf(query.from)}`);
  if (query.to) clauses.push(`sentAt < ${endOf(query.to)}`);
  return clauses;
}
