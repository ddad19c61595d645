import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runIngest } from "../../lib/ingest/run";
import { countHits, exportHits, prepareExport } from "../../lib/search/export";
import { EXPORT_COLUMNS, csvHeader, csvRow, type ExportRow } from "../../lib/search/export-format";
import { parseSearchParams } from "../../lib/search/query";
import { createTestArchive, type TestArchive } from "../support/archive";
import { CORPUS_DIR, hasCorpus, warnIfNoCorpus } from "../unit/cable/corpus";

async function collect(rows: AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const collected: ExportRow[] = [];
  for await (const row of rows) collected.push(row);
  return collected;
}

describe.skipIf(!hasCorpus)("search export over the development corpus", () => {
  warnIfNoCorpus("search export");
  let archive: TestArchive;
  const target = () => ({ client: archive.search, indexUid: archive.indexUid });

  beforeAll(async () => {
    archive = await createTestArchive();
    const summary = await runIngest({ prisma: archive.prisma, search: archive.search, databaseUrl: archive.databaseUrl, options: { paths: [join(CORPUS_DIR, "cables.csv")], indexUid: archive.indexUid } });
    expect(summary.reconciliation).toMatchObject({ isConsistent: true });
  }, 300_000);

  afterAll(async () => {
    await archive?.dispose();
  });

  test("an empty query exports every cable once, newest first, each row a seven-field CSV record", async () => {
    const query = parseSearchParams({});
    const prepared = await prepareExport({ target: target(), query });
    const cables = await archive.prisma.cable.count();
    expect(prepared.total).toBe(cables);
    expect(prepared.total).toBeGreaterThanOrEqual(5_000);
    expect(prepared.isTruncated).toBe(false);

    const rows = await collect(prepared.rows);
    expect(rows).toHaveLength(prepared.total);
    expect(new Set(rows.map(({ refId }) => refId)).size).toBe(rows.length);
    const dates = rows.map(({ date }) => date);
    const firstUnknown = dates.indexOf(null);
    const known = (firstUnknown === -1 ? dates : dates.slice(0, firstUnknown)) as string[];
    expect(known).toEqual([...known].sort().reverse());
    if (firstUnknown !== -1) expect(dates.slice(firstUnknown).every((date) => date === null)).toBe(true);
    expect(rows[0]!.url).toMatch(/^https?:\/\/[^/]+\/cable\/[0-9A-Z]+$/);

    const csv = csvHeader() + rows.map(csvRow).join("");
    const records = parse(csv) as string[][];
    expect(records).toHaveLength(rows.length + 1);
    for (const record of records) expect(record).toHaveLength(EXPORT_COLUMNS.length);
    expect(records.slice(1).map((record) => record[0])).toEqual(rows.map(({ refId }) => refId));
  });

  test("a tag filter exports exactly the cables PostgreSQL has with that tag", async () => {
    const [{ count }] = await archive.prisma.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM cable_tags WHERE tag_code = 'PREL'`) as [{ count: number }];
    expect(count).toBeGreaterThan(1_000);
    const rows = await collect(exportHits({ ...target(), query: parseSearchParams({ tag: "PREL" }) }));
    expect(rows).toHaveLength(count);
    expect(rows.every(({ tags }) => tags.includes("PREL"))).toBe(true);
    expect(new Set(rows.map(({ refId }) => refId)).size).toBe(count);
  });

  test("a text query pages through relevance order without losing or repeating a hit", async () => {
    const query = parseSearchParams({ q: "Kosovo" });
    const total = await countHits(target(), query);
    expect(total).toBeGreaterThan(100);
    const rows = await collect(exportHits({ ...target(), query, pageSize: 30 }));
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map(({ refId }) => refId)).size).toBe(total);
    const firstPage = await archive.search.index(archive.indexUid).search(query.q, { limit: 20, attributesToRetrieve: ["refId"] });
    expect(rows.slice(0, 20).map(({ refId }) => refId)).toEqual(firstPage.hits.map(({ refId }) => refId));
  });

  test("the cap stops the export and says how many matched", async () => {
    const prepared = await prepareExport({ target: target(), query: parseSearchParams({ tag: "PREL" }), limit: 250 });
    expect(prepared.isTruncated).toBe(true);
    expect(prepared.total).toBeGreaterThan(250);
    const rows = await collect(prepared.rows);
    expect(rows).toHaveLength(250);
    expect(new Set(rows.map(({ refId }) => refId)).size).toBe(250);
    const uncapped = await collect(exportHits({ ...target(), query: parseSearchParams({ tag: "PREL" }), limit: 250, pageSize: 1_000 }));
    expect(uncapped.map(({ refId }) => refId)).toEqual(rows.map(({ refId }) => refId));
  });
});
