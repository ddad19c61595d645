import { describe, expect, test } from "vitest";
import { buildFilter, endOf, quoteFilterValue, startOf } from "../../../lib/search/filters";
import { countMatches, markTerms, splitHighlights, termsOf } from "../../../lib/search/highlight";
import { EMPTY_QUERY, effectiveSortOrder, parseDateBound, parseSearchParams, searchHref, toSearchParams, toggleFilter } from "../../../lib/search/query";
import { refIdFromQuery } from "../../../lib/search/ref-id";

describe("parseSearchParams", () => {
  test("reads a full query and writes it back unchanged", () => {
    const query = parseSearchParams({ q: '"full harmony" -Kosovo', tag: ["PREL", "CLINTON, HILLARY"], origin: "Embassy Rome", person: "Massimo D'Alema", from: "2006", to: "2007-03-16", sort: "oldest", page: "3" });
    expect(query).toEqual({
      q: '"full harmony" -Kosovo',
      filters: { tag: ["PREL", "CLINTON, HILLARY"], origin: ["Embassy Rome"], classification: [], caveat: [], person: ["Massimo D'Alema"] },
      from: { year: 2006, month: null, day: null },
      to: { year: 2007, month: 3, day: 16 },
      sort: "oldest",
      page: 3,
    });
    expect(parseSearchParams(Object.fromEntries([...toSearchParams(query).keys()].map((key) => [key, toSearchParams(query).getAll(key)])))).toEqual(query);
  });

  test("hostile or broken parameters fall back to defaults instead of failing", () => {
    const query = parseSearchParams({ q: "a\u0000b\nc", sort: "drop table", page: "-4", from: "2006-13-01", to: "20061", evil: "x", tag: ["", "  "] });
    expect(query).toEqual({ ...EMPTY_QUERY, q: "a b c" });
    expect(parseSearchParams({ page: "99999999" }).page).toBe(1);
    expect(parseSearchParams({ q: "x".repeat(5000) }).q).toHaveLength(300);
    expect(parseSearchParams({ tag: Array.from({ length: 50 }, (_, i) => `T${i}`) }).filters.tag).toHaveLength(10);
    expect(parseSearchParams({ to: "2007-02-30" }).to).toBeNull();
  });

  test("facet links add or remove one value and go back to page 1", () => {
    const query = parseSearchParams({ tag: "PREL", page: "4" });
    expect(searchHref(toggleFilter(query, "tag", "PGOV"))).toBe("/search?tag=PREL&tag=PGOV");
    expect(searchHref(toggleFilter(query, "tag", "PREL"))).toBe("/search");
    expect(searchHref(toggleFilter(EMPTY_QUERY, "origin", 'Embassy "Rome" & co'))).toBe("/search?origin=Embassy+%22Rome%22+%26+co");
  });

  test("an empty query sorted by relevance lists the newest first", () => {
    expect(effectiveSortOrder(EMPTY_QUERY)).toBe("newest");
    expect(effectiveSortOrder(parseSearchParams({ q: "Prodi" }))).toBe("relevance");
    expect(effectiveSortOrder(parseSearchParams({ sort: "oldest" }))).toBe("oldest");
  });
});

describe("buildFilter", () => {
  test("quotes and escapes every value: quotes and backslashes cannot break out", () => {
    expect(quoteFilterValue('A "B" \\ C')).toBe('"A \\"B\\" \\\\ C"');
    expect(quoteFilterValue('" OR tags EXISTS OR "')).toBe('"\\" OR tags EXISTS OR \\""');
  });

  test("values of one facet are ORed, facets and dates are ANDed", () => {
    const query = parseSearchParams({ tag: ["PREL", "PGOV"], classification: "SECRET//NOFORN", person: "Massimo D'Alema", from: "2006", to: "2006-06" });
    expect(buildFilter(query)).toEqual([
      ['tags = "PREL"', 'tags = "PGOV"'],
      ['classification = "SECRET//NOFORN"'],
      [`people = "Massimo D'Alema"`],
      `sentAt >= ${Date.UTC(2006, 0, 1) / 1000}`,
      `sentAt < ${Date.UTC(2006, 6, 1) / 1000}`,
    ]);
    expect(buildFilter(EMPTY_QUERY)).toEqual([]);
  });

  test("date bounds cover whole years, months and days", () => {
    expect(endOf(parseDateBound("2006")!)).toBe(Date.UTC(2007, 0, 1) / 1000);
    expect(endOf(parseDateBound("2006-12")!)).toBe(Date.UTC(2007, 0, 1) / 1000);
    expect(endOf(parseDateBound("2007-03-16")!)).toBe(Date.UTC(2007, 2, 17) / 1000);
    expect(startOf(parseDateBound("2007-03")!)).toBe(Date.UTC(2007, 2, 1) / 1000);
  });
});

describe("refIdFromQuery", () => {
  const query = (q: string, from?: string, to?: string) => ({ q, from: from ? parseDateBound(from) : null, to: to ? parseDateBound(to) : null });
  test.each([
    ["06ROME1755", "06ROME1755"],
    ["06 ROME 1755", "06ROME1755"],
    ["06rome001755", "06ROME1755"],
    ["  07-Rome-535 ", "07ROME535"],
  ])("%s → %s", (q, expected) => {
    expect(refIdFromQuery(query(q))).toBe(expected);
  });

  test("a post and serial without a year take it from a one-year date filter", () => {
    expect(refIdFromQuery(query("ROME 001755", "2006", "2006"))).toBe("06ROME1755");
    expect(refIdFromQuery(query("ROME 001755"))).toBeNull();
    expect(refIdFromQuery(query("ROME 001755", "2006", "2007"))).toBeNull();
  });

  test("ordinary searches are not reference ids", () => {
    for (const q of ["Prodi Putin", '"full harmony"', "Iraq", "", "06 ROME", "1755"]) expect(refIdFromQuery(query(q))).toBeNull();
  });
});

describe("highlighting", () => {
  test("splits Meilisearch's marked text into plain segments; markup in the text stays text", () => {
    const segments = splitHighlights("FM \u0002Lavrov\u0003 said <script>x</script> \u0002Kosovo\u0003.");
    expect(segments).toEqual([
      { text: "FM ", isMatch: false },
      { text: "Lavrov", isMatch: true },
      { text: " said <script>x</script> ", isMatch: false },
      { text: "Kosovo", isMatch: true },
      { text: ".", isMatch: false },
    ]);
    expect(countMatches(segments)).toEqual({ terms: 2, matches: 2 });
  });

  test("terms of a query leave out excluded words and operators", () => {
    expect(termsOf('"full harmony" Prodi -Kosovo a')).toEqual(["full", "harmony", "prodi"]);
  });

  test("marks whole words and their continuations, case-insensitively", () => {
    expect(markTerms("Prodi's government; PRODI met Prodiano", ["prodi"]).filter(({ isMatch }) => isMatch).map(({ text }) => text)).toEqual(["Prodi", "PRODI", "Prodiano"]);
    expect(markTerms("no match (here)", ["x.*"])).toEqual([{ text: "no match (here)", isMatch: false }]);
  });
});
