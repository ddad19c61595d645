import "server-only";
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Meilisearch } from "meilisearch";
import { createMeiliClient } from "./client";
import { buildFilter } from "./filters";
import { MATCH_START, countMatches, splitHighlights, type Highlighted } from "./highlight";
import { FACETS, FACET_PARAMS, PAGE_SIZE, type FacetParam, type SearchQuery } from "./query";
import { buildSearchRequests } from "./requests";
import { CABLES_INDEX } from "./settings";

export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The search service is unavailable.", { cause });
    this.name = "SearchUnavailableError";
  }
}

export type FacetValue = { value: string; count: number; isSelected: boolean };
export type Snippet = { anchor: string; segments: Highlighted };
export type SearchHit = {
  refId: string;
  subject: Highlighted | null;
  sentAt: Date | null;
  origin: string | null;
  classification: string | null;
  tags: string[];
  snippet: Snippet | null;
};
export type SearchResults = {
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Record<FacetParam, FacetValue[]>;
  years: { year: number; count: number }[];
  months: { month: string; count: number }[];
  processingMs: number;
};

type StoredDocument = {
  refId: string;
  subject: string | null;
  sentAt: number | null;
  origin: string | null;
  classification: string | null;
  tags: string[];
  paragraphAnchors: string[];
  _formatted?: { subject?: string | null; paragraphs?: string[] };
};

export type SearchTarget = { client: Meilisearch; indexUid: string };

const holder = globalThis as unknown as { cableArchiveSearch?: Meilisearch };

/** The app's search index (MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX), one client per server process. */
export function appSearchTarget(): SearchTarget {
  if (!holder.cableArchiveSearch) {
    const url = process.env.MEILI_URL;
    if (!url) throw new SearchUnavailableError(new Error("MEILI_URL is not set"));
    holder.cableArchiveSearch = createMeiliClient({ url, apiKey: process.env.MEILI_MASTER_KEY ?? "" });
  }
  return { client: holder.cableArchiveSearch, indexUid: process.env.MEILI_INDEX || CABLES_INDEX };
}

/** Connection failures, timeouts and server errors mean "unavailable"; anything else is a bug. */
export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof SearchUnavailableError) return true;
  // By name as well: a bundle can hold two copies of the client, and instanceof then misses.
  const name = error instanceof Error ? error.name : "";
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError || name === "MeilisearchRequestError" || name === "MeilisearchRequestTimeOutError") return true;
  // A refused key (401/403) or a missing index is a misconfigured service: to a reader, unavailable too.
  if (error instanceof MeilisearchApiError) return [401, 403].includes(error.response?.status ?? 500) || (error.response?.status ?? 500) >= 500 || error.cause?.code === "index_not_found";
  return false;
}

/** Runs a search request, turning an unreachable or failing search service into SearchUnavailableError. */
export async function guardSearch<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (isSearchUnavailable(error)) throw new SearchUnavailableError(error);
    throw error;
  }
}

/** The paragraph with the most distinct matched terms (then most matches) is the one to show. */
function bestSnippet(document: StoredDocument): Snippet | null {
  const paragraphs = document._formatted?.paragraphs ?? [];
  let best: { index: number; terms: number; matches: number } | null = null;
  paragraphs.forEach((formatted, index) => {
    if (!formatted.includes(MATCH_START)) return;
    const { terms, matches } = countMatches(splitHighlights(formatted));
    if (!best || terms > best.terms || (terms === best.terms && matches > best.matches)) best = { index, terms, matches };
  });
  const chosen = best as { index: number } | null;
  const index = chosen?.index ?? 0;
  const text = paragraphs[index];
  const anchor = document.paragraphAnchors[index];
  if (text === undefined || anchor === undefined) return null;
  return { anchor, segments: splitHighlights(text) };
}

function reshapeHit(document: StoredDocument, isTextQuery: boolean): SearchHit {
  const formattedSubject = document._formatted?.subject;
  return {
    refId: document.refId,
    subject: formattedSubject ? splitHighlights(formattedSubject) : document.subject ? [{ text: document.subject, isMatch: false }] : null,
    sentAt: document.sentAt === null ? null : new Date(document.sentAt * 1000),
    origin: document.origin,
    classification: document.classification,
    tags: document.tags,
    snippet: isTextQuery ? bestSnippet(document) : null,
  };
}

export function reshapeFacet(distribution: Record<string, number> | undefined, selected: string[]): FacetValue[] {
  const values = Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count, isSelected: selected.includes(value) }));
  // Selected values stay listed even when the other filters leave them with no hits.
  for (const value of selected) if (!values.some((entry) => entry.value === value)) values.push({ value, count: 0, isSelected: true });
  // Selected values first: with hundreds of values (people), a chosen one must not hide in the long tail.
  return values.sort((a, b) => Number(b.isSelected) - Number(a.isSelected) || b.count - a.count || a.value.localeCompare(b.value));
}


/** One round trip to Meilisearch (see buildSearchRequests), reshaped for the page. */
export async function searchCables(query: SearchQuery, { withAllMonths = false }: { withAllMonths?: boolean } = {}): Promise<SearchResults> {
  const isTextQuery = query.q.length > 0;
  const selectedFacets = FACET_PARAMS.filter((param) => query.filters[param].length > 0);
  return guardSearch(async () => {
    const { client, indexUid } = appSearchTarget();
    const { results } = await client.multiSearch({ queries: buildSearchRequests(query, indexUid, { withAllMonths }) });
    const [main, ...perFacet] = results as unknown as {
      hits: StoredDocument[];
      totalHits?: number;
      facetDistribution?: Record<string, Record<string, number>>;
      processingTimeMs: number;
    }[];
    if (!main) throw new Error("Meilisearch answered a multi-search with no results");
    const distribution = { ...main.facetDistribution };
    selectedFacets.forEach((param, index) => {
      distribution[FACETS[param]] = perFacet[index]?.facetDistribution?.[FACETS[param]] ?? {};
    });
    const facets = Object.fromEntries(FACET_PARAMS.map((param) => [param, reshapeFacet(distribution[FACETS[param]], query.filters[param])])) as Record<FacetParam, FacetValue[]>;
    const years = Object.entries(distribution.year ?? {})
      .map(([year, count]) => ({ year: Number(year), count }))
      .sort((a, b) => a.year - b.year);
    const months = Object.entries(distribution.month ?? {})
      .map(([month, count]) => ({ month, count }))
      .sort((a, b) => a.month.localeCompare(b.month));
    const total = main.totalHits ?? 0;
    return {
      total,
      page: query.page,
      pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      hits: main.hits.map((hit) => reshapeHit(hit, isTextQuery)),
      facets,
      years,
      months,
      processingMs: main.processingTimeMs,
    };
  });
}

/** Facet values matching a typed filter, for facets with more values than the list shows. */
export async function searchFacetValues(query: SearchQuery, param: FacetParam, facetQuery: string): Promise<FacetValue[]> {
  return guardSearch(async () => {
    const { client, indexUid } = appSearchTarget();
    const response = await client.index(indexUid).searchForFacetValues({ facetName: FACETS[param], facetQuery, q: query.q, filter: buildFilter({ ...query, filters: { ...query.filters, [param]: [] } }) });
    return response.facetHits.map(({ value, count }) => ({ value, count, isSelected: query.filters[param].includes(value) }));
  });
}
