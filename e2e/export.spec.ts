import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { queryArchive } from "./support";

const COLUMNS = ["refId", "date", "origin", "classification", "tags", "subject", "url"];

async function countCables(where = "TRUE", params: unknown[] = []): Promise<number> {
  const [row] = await queryArchive<{ count: number }>(`SELECT count(*)::int AS count FROM cables WHERE ${where}`, params);
  return row?.count ?? 0;
}

test("a search downloads as CSV: every page, seven columns, an attachment with the total in its headers", async ({ request }) => {
  const response = await request.get("/search/export?format=csv&page=3");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="cables-\d{4}-\d{2}-\d{2}\.csv"$/);
  const total = await countCables();
  expect(headers["x-export-total"]).toBe(String(total));
  expect(headers["x-export-truncated"]).toBe("false");

  const records = parse(await response.text()) as string[][];
  expect(records[0]).toEqual(COLUMNS);
  expect(records).toHaveLength(total + 1);
  for (const record of records) expect(record).toHaveLength(COLUMNS.length);
  const refIds = records.slice(1).map((record) => record[0]);
  expect(new Set(refIds).size).toBe(total);
  const hostile = records.find((record) => record[0] === "09TESTPOST1");
  expect(hostile?.[5]).toBe('<script>window.__hostile = true</script> <img src=x onerror="window.__hostile = true">');
  expect(hostile?.[6]).toMatch(/^https?:\/\/[^/]+\/cable\/09TESTPOST1$/);
});

test("a filtered search downloads as JSON Lines, one cable per line, exactly the cables with that tag", async ({ request }) => {
  const response = await request.get("/search/export?format=jsonl&tag=PREL");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/x-ndjson");
  expect(response.headers()["content-disposition"]).toMatch(/filename="cables-\d{4}-\d{2}-\d{2}\.jsonl"$/);
  const lines = (await response.text()).split("\n");
  expect(lines.pop()).toBe("");
  const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const expected = await countCables(`'PREL' = ANY(tags)`);
  expect(expected).toBeGreaterThan(0);
  expect(rows).toHaveLength(expected);
  expect(response.headers()["x-export-total"]).toBe(String(expected));
  for (const row of rows) {
    expect(Object.keys(row)).toEqual(COLUMNS);
    expect(row.tags).toContain("PREL");
  }
  // No truncation line: the export was complete.
  expect(rows.some((row) => "truncated" in row)).toBe(false);
});

test("an unknown export format is a plain 400", async ({ request }) => {
  for (const path of ["/search/export?format=xlsx", "/search/export", "/search/export?format=CSV"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(/format=csv or format=jsonl/);
  }
});

test("any search has an Atom feed of its newest cables that parses as XML", async ({ request, page }) => {
  const response = await request.get("/search/feed?sort=oldest&page=2");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  const feed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    const ATOM = "http://www.w3.org/2005/Atom";
    const child = (element: Element, name: string) => element.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null;
    return {
      error: document.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      root: document.documentElement.namespaceURI + " " + document.documentElement.localName,
      id: child(document.documentElement, "id"),
      self: document.querySelector("feed > link[rel=self]")?.getAttribute("href") ?? null,
      entries: [...document.getElementsByTagNameNS(ATOM, "entry")].map((entry) => ({ id: child(entry, "id"), title: child(entry, "title"), updated: child(entry, "updated") })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  // Sort and page do not change a feed: its id is the canonical feed URL.
  expect(feed.id).toMatch(/^https?:\/\/[^/]+\/search\/feed$/);
  expect(feed.self).toBe(feed.id);
  expect(feed.entries).toHaveLength(Math.min(50, await countCables()));
  const updated = feed.entries.map((entry) => entry.updated ?? "");
  expect(updated).toEqual([...updated].sort().reverse());
  for (const entry of feed.entries) expect(entry.id).toMatch(/^https?:\/\/[^/]+\/cable\/[0-9A-Z]+$/);
});

test("a feed of a facet combination holds its cables, hostile subjects as plain text", async ({ request, page }) => {
  const [fixture] = await queryArchive<{ origin: string }>(`SELECT origin FROM cables WHERE ref_id = '09TESTPOST1'`);
  expect(fixture?.origin).toBeTruthy();
  const response = await request.get(`/search/feed?tag=PREL&origin=${encodeURIComponent(fixture!.origin)}`);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).not.toContain("<script");
  const entries = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    if (document.getElementsByTagName("parsererror").length > 0) return null;
    return [...document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")].map((entry) => entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")[0]?.textContent);
  }, xml);
  expect(entries).toContain('09TESTPOST1: <script>window.__hostile = true</script> <img src=x onerror="window.__hostile = true">');
  expect(entries).toHaveLength(await countCables(`'PREL' = ANY(tags) AND origin = $1`, [fixture!.origin]));
});

test.describe("when Meilisearch is down", () => {
  test("exports and feeds answer 503 in plain text", async ({ request }) => {
    const base = process.env.E2E_NO_SEARCH_BASE_URL;
    test.skip(!base, "needs the second app instance started by `npm test -- e2e`");
    for (const path of ["/search/export?format=csv", "/search/feed"]) {
      const response = await request.get(`${base}${path}`);
      expect(response.status(), path).toBe(503);
      expect(await response.text()).toMatch(/unavailable/i);
    }
  });
});
