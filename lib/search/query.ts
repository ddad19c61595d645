import { z } from "zod";

/**
 * Search state lives in the URL only. This module parses URL parameters into a typed, bounded
 * query and writes it back, so every facet link and pager link is built from the same object.
 */

export const SORTS = ["relevance", "newest", "oldest"] as const;
export type SortOrder = (typeof SORTS)[number];

/** URL parameter → index attribute, for the facets a user can filter on. */
export const FACETS = {
  tag: "tags",
  origin: "origin",
  classification: "classification",
  caveat: "caveats",
  person: "people",
} as const;
export type FacetParam = keyof typeof FACETS;
export const FACET_PARAMS = Object.keys(FACETS) as FacetParam[];

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 300;
export const MAX_VALUES_PER_FACET = 10;
export const MAX_VALUE_LENGTH = 200;

export type DateBound = { year: number; month: number | null; day: number | null };

export type SearchQuery = {
  q: string;
  filters: Record<FacetParam, string[]>;
  from: DateBound | null;
  to: DateBound | null;
  sort: SortOrder;
  page: number;
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

function cleanText(value: string, maxLength: number): string {
  return value.replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim().slice(0, maxLength);
}

const DATE_BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseDateBound(value: string | undefined): DateBound | null {
  const match = DATE_BOUND.exec(value?.trim() ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (year < 1900 || year > 2100) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return null;
  return { year, month, day };
}

export function formatDateBound({ year, month, day }: DateBound): string {
  return [String(year), month === null ? null : String(month).padStart(2, "0"), day === null ? null : String(day).padStart(2, "0")].filter(Boolean).join("-");
}

const firstOf = (value: string | string[] | undefined) => asList(value)[0];

const sortSchema = z.enum(SORTS).catch("relevance");
const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

/** Never throws: unknown parameters are dropped and bad values fall back to defaults. */
export function parseSearchParams(params: RawSearchParams): SearchQuery {
  const filters = Object.fromEntries(
    FACET_PARAMS.map((param) => {
      const values = asList(params[param]).map((value) => cleanText(value, MAX_VALUE_LENGTH)).filter(Boolean);
      return [param, [...new Set(values)].slice(0, MAX_VALUES_PER_FACET)];
    }),
  ) as Record<FacetParam, string[]>;
  return {
    q: cleanText(firstOf(params.q) ?? "", MAX_QUERY_LENGTH),
    filters,
    from: parseDateBound(firstOf(params.from)),
    to: parseDateBound(firstOf(params.to)),
    sort: sortSchema.parse(firstOf(params.sort) ?? "relevance"),
    page: pageSchema.parse(firstOf(params.page) ?? 1),
  };
}

export const EMPTY_QUERY: SearchQuery = parseSearchParams({});

export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const param of FACET_PARAMS) for (const value of query.filters[param]) params.append(param, value);
  if (query.from) params.set("from", formatDateBound(query.from));
  if (query.to) params.set("to", formatDateBound(query.to));
  if (query.sort !== "relevance") params.set("sort", query.sort);
  if (query.page !== 1) params.set("page", String(query.page));
  return params;
}

export function searchHref(query: SearchQuery): string {
  const params = toSearchParams(query).toString();
  return params ? `/search?${params}` : "/search";
}

/** A changed query starts again at page 1, except when the change is the page itself. */
export function withChanges(query: SearchQuery, changes: Partial<Omit<SearchQuery, "filters">>): SearchQuery {
  return { ...query, page: 1, ...changes };
}

export function toggleFilter(query: SearchQuery, param: FacetParam, value: string): SearchQuery {
  const current = query.filters[param];
  const next = current.includes(value) ? current.filter((existing) => existing !== value) : [...current, value];
  return { ...query, page: 1, filters: { ...query.filters, [param]: next } };
}

export function hasFilters(query: SearchQuery): boolean {
  return FACET_PARAMS.some((param) => query.filters[param].length > 0) || query.from !== null || query.to !== null;
}

/** The year a search is narrowed to, whole (from and to are that year, no month): its histogram shows months. */
export function singleYearOf(query: SearchQuery): number | null {
  const { from, to } = query;
  return from && to && from.year === to.year && from.month === null && to.month === null ? from.year : null;
}

/** Without words to rank by, relevance means nothing: such searches list the newest first. */
export function effectiveSortOrder(query: SearchQuery): SortOrder {
  return query.sort === "relevance" && !query.q ? "newest" : query.sort;
}

/** A short free-text parameter (a facet list filter, terms to mark), cleaned and bounded. */
export function readTextParam(value: string | string[] | undefined): string {
  return cleanText(asList(value)[0] ?? "", 100);
}
