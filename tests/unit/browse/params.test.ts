import { describe, expect, it } from "vitest";
import {
  decodeSegment,
  MAX_PAGE,
  pageCount,
  pageHref,
  parsePage,
  parsePostListParams,
  parseTagListParams,
  postListHref,
  tagListHref,
  yearSearchHref,
} from "@/components/browse/params";
import { parseSearchParams } from "@/lib/search/query";
import { tagHref, postHref } from "@/lib/format/links";

describe("parseTagListParams", () => {
  it("gives the default view for no parameters", () => {
    expect(parseTagListParams({})).toEqual({ kind: null, q: "", sort: "count", page: 1 });
  });

  it("reads a kind, a text filter, a sort and a page", () => {
    expect(parseTagListParams({ kind: "person", q: "  clinton ", sort: "code", page: "3" })).toEqual({ kind: "person", q: "clinton", sort: "code", page: 3 });
  });

  it("drops unknown parameters and falls back to defaults for bad values", () => {
    const query = parseTagListParams({ kind: "planet", sort: "random", page: "abc", extra: "1", q: "\u0000PREL\n" });
    expect(query).toEqual({ kind: null, q: "PREL", sort: "count", page: 1 });
  });

  it("bounds the page", () => {
    expect(parseTagListParams({ page: "0" }).page).toBe(1);
    expect(parseTagListParams({ page: "-4" }).page).toBe(1);
    expect(parseTagListParams({ page: "2.5" }).page).toBe(1);
    expect(parseTagListParams({ page: String(MAX_PAGE) }).page).toBe(MAX_PAGE);
    expect(parseTagListParams({ page: String(MAX_PAGE + 1) }).page).toBe(1);
    expect(parseTagListParams({ page: "1e9" }).page).toBe(1);
  });

  it("takes the first of repeated parameters and caps the text length", () => {
    const query = parseTagListParams({ kind: ["country", "person"], q: ["x".repeat(500)] });
    expect(query.kind).toBe("country");
    expect(query.q).toHaveLength(100);
  });

  it("treats an empty kind (the form's 'All kinds') as no kind", () => {
    expect(parseTagListParams({ kind: "", q: "" })).toEqual({ kind: null, q: "", sort: "count", page: 1 });
  });
});

describe("parsePostListParams", () => {
  it("reads post kinds and the name sort, not tag kinds", () => {
    expect(parsePostListParams({ kind: "embassy", sort: "name", q: "italy" })).toEqual({ kind: "embassy", q: "italy", sort: "name", page: 1 });
    expect(parsePostListParams({ kind: "person", sort: "code" })).toEqual({ kind: null, q: "", sort: "count", page: 1 });
  });
});

describe("list links", () => {
  it("leave defaults out so the default view has one address", () => {
    expect(tagListHref(parseTagListParams({}))).toBe("/tags");
    expect(postListHref(parsePostListParams({ sort: "count", page: "1" }))).toBe("/posts");
  });

  it("round-trip through the parser", () => {
    const tags = { kind: "person", q: "CLINTON, H & co", sort: "code", page: 2 } as const;
    const href = tagListHref(tags);
    expect(href).toBe("/tags?kind=person&q=CLINTON%2C+H+%26+co&sort=code&page=2");
    expect(parseTagListParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(tags);

    const posts = { kind: "consulate", q: "São Paulo", sort: "name", page: 7 } as const;
    expect(parsePostListParams(Object.fromEntries(new URL(postListHref(posts), "http://x").searchParams))).toEqual(posts);
  });

  it("fill in defaults for what they are not given", () => {
    expect(tagListHref()).toBe("/tags");
    expect(tagListHref({ kind: "person" })).toBe("/tags?kind=person");
    expect(postListHref({ kind: "embassy", page: 1 })).toBe("/posts?kind=embassy");
  });

  it("open the search page on one year, narrowed to a tag or a post, in the search page's own terms", () => {
    expect(yearSearchHref(2006)).toBe("/search?from=2006&to=2006");
    const href = yearSearchHref(2009, { tag: ['QUOTE"AND\\SLASH'] });
    const query = parseSearchParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(query.filters.tag).toEqual(['QUOTE"AND\\SLASH']);
    expect(query.from).toEqual({ year: 2009, month: null, day: null });
    expect(query.to).toEqual({ year: 2009, month: null, day: null });
    expect(parseSearchParams(Object.fromEntries(new URL(yearSearchHref(2007, { origin: ["Embassy Rome"] }), "http://x").searchParams)).filters.origin).toEqual(["Embassy Rome"]);
  });

  it("page a detail view", () => {
    expect(pageHref(tagHref("PREL"), 1)).toBe("/tags/PREL");
    expect(pageHref(postHref("Embassy Rome"), 3)).toBe("/posts/Embassy%20Rome?page=3");
    expect(parsePage({ page: "3" })).toBe(3);
  });
});

describe("decodeSegment", () => {
  it("round-trips person tags through tagHref whether or not the segment arrives encoded", () => {
    const code = "CLINTON, HILLARY";
    const segment = tagHref(code).slice("/tags/".length);
    expect(segment).toBe("CLINTON%2C%20HILLARY");
    expect(decodeSegment(segment)).toBe(code);
    expect(decodeSegment(code)).toBe(code);
  });

  it("does not throw on a malformed escape", () => {
    expect(decodeSegment("100%")).toBe("100%");
    expect(decodeSegment("%E0%A4%A")).toBe("%E0%A4%A");
  });
});

describe("pageCount", () => {
  it("is at least one page", () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});
