import "server-only";
import { publicBaseUrl } from "../format/public-url";
import { cableHref } from "../format/links";
import type { ExportRow } from "./export-format";
import { buildFilter } from "./filters";
import { effectiveSortOrder, type SearchQuery } from "./query";
import { MEILI_SORT } from "./requests";
import { guardSearch, type SearchTarget } from "./service";

export { appSearchTarget, type SearchTarget } from "./service";

/**
 * Every hit of a search, page by page, for exports and feeds.
 *
 * Contract of an export (`GET /search/export`): rows come in the search's effective order
 * (relevance when there are words, else newest first), at most EXPORT_LIMIT of them. The total is
 * counted before the first byte is sent, so the response headers say it all: `X-Export-Total` (all
 * matching cables) and `X-Export-Truncated` (`true` when the cap cut the export short). A CSV
 * never gets an extra row for this; a JSON Lines export ends with
 * `{"truncated":true,"total":N,"exported":M}` when, and only when, it was truncated.
 */

export const EXPORT_LIMIT = 50_000;
export const EXPORT_PAGE_SIZE = 1_000;


type ExportDocument = {
  refId: string;
  subject: string | null;
  sentAt: number | null;
  origin: string | null;
  classification: string | null;
  tags: string[] | null;
};

const ATTRIBUTES: (keyof ExportDocument)[] = ["refId", "subject", "sentAt", "origin", "classification", "tags"];

export function toExportRow(document: ExportDocument): ExportRow {
  return {
    refId: document.refId,
    date: document.sentAt === null ? null : new Date(document.sentAt * 1000).toISOString(),
    origin: document.origin,
    classification: document.classification,
    tags: document.tags ?? [],
    subject: document.subject,
    url: `${publicBaseUrl()}${cableHref(document.refId)}`,
  };
}

/**
 * Exact number of matching cables. Offset/limit searches only report `estimatedTotalHits`; page
 * mode with `hitsPerPage: 0` counts exactly (up to maxTotalHits) and fetches nothing.
 */
export async function countHits({ client, indexUid }: SearchTarget, query: SearchQuery): Promise<number> {
  const response = await guardSearch(() => client.index(indexUid).search(query.q, { filter: buildFilter(query), page: 1, hitsPerPage: 0 }));
  return response.totalHits ?? 0;
}

/**
 * All hits of `query` in its effective order, at most `limit`, fetched `pageSize` at a time. The
 * offset walk stays far below the index's maxTotalHits (1,000,000), past which Meilisearch
 * returns nothing. A document moved by an ingest between two pages could be seen twice; it is
 * yielded once.
 */
export async function* exportHits({ client, indexUid, query, limit = EXPORT_LIMIT, pageSize = EXPORT_PAGE_SIZE }: SearchTarget & { query: SearchQuery; limit?: number; pageSize?: number }): AsyncGenerator<ExportRow> {
  const sort = MEILI_SORT[effectiveSortOrder(query)];
  const filter = buildFilter(query);
  const seen = new Set<string>();
  let offset = 0;
  while (seen.size < limit) {
    const size = Math.min(pageSize, limit - seen.size);
    const response = await guardSearch(() =>
      client.index(indexUid).search<ExportDocument>(query.q, { filter, offset, limit: size, attributesToRetrieve: ATTRIBUTES, ...(sort ? { sort } : {}) }),
    );
    for (const hit of response.hits) {
      if (seen.size >= limit || seen.has(hit.refId)) continue;
      seen.add(hit.refId);
      yield toExportRow(hit);
    }
    if (response.hits.length < size) return;
    offset += size;
  }
}

export type PreparedExport = { total: number; isTruncated: boolean; rows: AsyncGenerator<ExportRow> };

/** Counts first, so a streamed response can state the total and truncation in its headers. */
export async function prepareExport({ target, query, limit = EXPORT_LIMIT }: { target: SearchTarget; query: SearchQuery; limit?: number }): Promise<PreparedExport> {
  const total = await countHits(target, query);
  return { total, isTruncated: total > limit, rows: exportHits({ ...target, query, limit }) };
}
