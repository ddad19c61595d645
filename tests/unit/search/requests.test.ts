import { describe, expect, test } from "vitest";
import { parseSearchParams } from "../../../lib/search/query";
import { buildSearchRequests } from "../../../lib/search/requests";

describe("the multi-search a search sends (buildSearchRequests)", () => {
  test("asks for months only when the search is narrowed to one whole year, where the histogram shows them", () => {
    const facetsOf = (params: Record<string, string>) => buildSearchRequests(parseSearchParams(params), "cables")[0]!.facets;
    expect(facetsOf({ q: "Prodi" })).not.toContain("month");
    expect(facetsOf({ q: "Prodi" })).toContain("year");
    expect(facetsOf({ q: "Prodi", from: "2006", to: "2006" })).toContain("month");
    expect(facetsOf({ q: "Prodi", from: "2006", to: "2007" })).not.toContain("month");
    expect(facetsOf({ q: "Prodi", from: "2006-03", to: "2006-03" })).not.toContain("month");
    // The JSON API returns cables per month for every search: asked for in the same round trip.
    expect(buildSearchRequests(parseSearchParams({ q: "Prodi" }), "cables", { withAllMonths: true })[0]!.facets).toContain("month");
  });

  test("adds one facet-only query per facet with a selection, without that facet's own filter", () => {
    const [main, ...others] = buildSearchRequests(parseSearchParams({ q: "Prodi", tag: ["PREL", "PHUM"], person: "Romano Prodi" }), "cables");
    expect(JSON.stringify(main!.filter)).toContain("PREL");
    expect(others).toHaveLength(2);
    const tagOnly = others.find((request) => request.facets.includes("tags"))!;
    expect(tagOnly).toMatchObject({ limit: 0, q: "Prodi" });
    expect(JSON.stringify(tagOnly.filter)).not.toContain("PREL");
    expect(JSON.stringify(tagOnly.filter)).toContain("Romano Prodi");
  });

  test("highlights and crops only when there are words to mark", () => {
    expect(buildSearchRequests(parseSearchParams({ q: "Prodi" }), "cables")[0]).toHaveProperty("attributesToCrop", ["paragraphs"]);
    expect(buildSearchRequests(parseSearchParams({ tag: "PREL" }), "cables")[0]).not.toHaveProperty("attributesToCrop");
  });
});
