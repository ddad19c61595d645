import { describe, expect, test } from "vitest";
import { apiPaths, paragraphPath, toApiParagraphs, toApiSearchResponse, toMarkedText } from "../../../lib/api/shapes";
import { FACET_PARAMS, parseSearchParams } from "../../../lib/search/query";
import type { SearchResults } from "../../../lib/search/service";

const BASE = "https://cables.example";

describe("marked text", () => {
  test("plain text with the matched ranges as offsets, never markup", () => {
    const marked = toMarkedText([
      { text: "The ", isMatch: false },
      { text: "<b>ambassador</b>", isMatch: true },
      { text: " met the ", isMatch: false },
      { text: "minister", isMatch: true },
    ]);
    expect(marked.text).toBe("The <b>ambassador</b> met the minister");
    expect(marked.matches.map(({ start, end }) => marked.text.slice(start, end))).toEqual(["<b>ambassador</b>", "minister"]);
  });

  test("offsets count code points, and adjacent matches join", () => {
    const marked = toMarkedText([
      { text: "𝔄 ", isMatch: false },
      { text: "Ré", isMatch: true },
      { text: "sumé", isMatch: true },
    ]);
    expect(marked.matches).toEqual([{ start: 2, end: 8 }]);
    expect([...marked.text].slice(2, 8).join("")).toBe("Résumé");
  });
});

describe("paragraph permalinks", () => {
  test("numbered paragraphs have a page and an API URL; unnumbered blocks only their anchor", () => {
    const paragraphs = toApiParagraphs(
      "06ROME1755",
      [
        { position: 0, number: null, marking: null, text: "Summary" },
        { position: 1, number: 16, marking: "C", text: "First" },
        { position: 2, number: 16, marking: "C", text: "Again" },
      ],
      { base: BASE },
    );
    expect(paragraphs.map(({ anchor, url, page, api }) => ({ anchor, url, page, api }))).toEqual([
      { anchor: "t0", url: `${BASE}/cable/06ROME1755#t0`, page: null, api: null },
      { anchor: "p16", url: `${BASE}/cable/06ROME1755#p16`, page: `${BASE}/cable/06ROME1755/p/16`, api: `${BASE}/api/cables/06ROME1755/paragraphs/16` },
      { anchor: "p16-2", url: `${BASE}/cable/06ROME1755#p16-2`, page: `${BASE}/cable/06ROME1755/p/16-2`, api: `${BASE}/api/cables/06ROME1755/paragraphs/16-2` },
    ]);
    expect(paragraphPath("06ROME1755", "t3")).toBeNull();
  });

  test("path segments are encoded", () => {
    expect(apiPaths.post("Embassy Rome")).toBe("/api/posts/Embassy%20Rome");
    expect(apiPaths.tag("A/B")).toBe("/api/tags/A%2FB");
  });
});

function results(overrides: Partial<SearchResults> = {}): SearchResults {
  return {
    total: 45,
    page: 2,
    pageCount: 3,
    hits: [
      {
        refId: "06ROME1755",
        subject: [{ text: "ITALY", isMatch: true }],
        sentAt: new Date("2006-06-02T15:19:00Z"),
        origin: "Embassy Rome",
        classification: "CONFIDENTIAL",
        tags: ["PREL"],
        snippet: { anchor: "p16", segments: [{ text: "Prodi", isMatch: true }, { text: " said", isMatch: false }] },
      },
    ],
    facets: Object.fromEntries(FACET_PARAMS.map((param) => [param, param === "tag" ? [{ value: "PREL", count: 45, isSelected: true }] : []])),
    years: [{ year: 2006, count: 45 }],
    months: [{ month: "2006-06", count: 45 }],
    processingMs: 3,
    ...overrides,
  } as SearchResults;
}

describe("search response", () => {
  const query = parseSearchParams({ q: "italy", tag: "PREL", page: "2" });

  test("hits carry absolute URLs of the cable and of the best paragraph, and text as marked plain text", () => {
    const response = toApiSearchResponse(query, results(), { base: BASE });
    expect(response.hits[0]).toEqual({
      refId: "06ROME1755",
      date: "2006-06-02T15:19:00.000Z",
      origin: "Embassy Rome",
      classification: "CONFIDENTIAL",
      tags: ["PREL"],
      subject: { text: "ITALY", matches: [{ start: 0, end: 5 }] },
      url: `${BASE}/cable/06ROME1755`,
      api: `${BASE}/api/cables/06ROME1755`,
      snippet: { anchor: "p16", url: `${BASE}/cable/06ROME1755#p16`, text: "Prodi said", matches: [{ start: 0, end: 5 }] },
    });
  });

  test("pager links keep the search and stop at the last page; exports and the feed drop the page", () => {
    const { links, total, pageSize, pageCount } = toApiSearchResponse(query, results(), { base: BASE });
    expect({ total, pageSize, pageCount }).toEqual({ total: 45, pageSize: 20, pageCount: 3 });
    expect(links.self).toBe(`${BASE}/api/search?q=italy&tag=PREL&page=2`);
    expect(links.next).toBe(`${BASE}/api/search?q=italy&tag=PREL&page=3`);
    expect(links.previous).toBe(`${BASE}/api/search?q=italy&tag=PREL`);
    expect(links.html).toBe(`${BASE}/search?q=italy&tag=PREL&page=2`);
    expect(links.csv).toBe(`${BASE}/search/export?q=italy&tag=PREL&format=csv`);
    expect(links.atom).toBe(`${BASE}/search/feed?q=italy&tag=PREL`);
    const last = toApiSearchResponse({ ...query, page: 3 }, results({ page: 3 }), { base: BASE });
    expect(last.links.next).toBeNull();
  });

  test("past the page depth bound there is no next link", () => {
    const deep = toApiSearchResponse({ ...query, page: 500 }, results({ page: 500, pageCount: 900, total: 18_000 }), { base: BASE });
    expect(deep.maxPage).toBe(500);
    expect(deep.links.next).toBeNull();
  });
});
