import { describe, expect, test } from "vitest";
import { ApiError } from "../../../lib/api/errors";
import { parseApiSearchParams, searchParamNames } from "../../../lib/api/search-params";
import { FACET_PARAMS, MAX_PAGE, MAX_VALUES_PER_FACET, parseSearchParams } from "../../../lib/search/query";

const parse = (query: string) => parseApiSearchParams(new URLSearchParams(query));

function rejection(query: string): { status: number; parameter: string | undefined; message: string } {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error(`${query} was accepted`);
}

describe("API search parameters", () => {
  test("a valid search means exactly what it means on the search page", () => {
    const text = "q=%22red+brigades%22+-rome&tag=PHUM&tag=PREL&origin=Embassy+Rome&from=2006-03&to=2007&sort=oldest&page=2";
    expect(parse(text)).toEqual(parseSearchParams(Object.fromEntries([...new Set(new URLSearchParams(text).keys())].map((key) => [key, new URLSearchParams(text).getAll(key)]))));
    expect(parse(text)).toMatchObject({ q: '"red brigades" -rome', filters: { tag: ["PHUM", "PREL"], origin: ["Embassy Rome"] }, sort: "oldest", page: 2 });
  });

  test("no parameters is every cable, first page", () => {
    expect(parse("")).toEqual(parseSearchParams({}));
  });

  test("the parameters are the search page's: its query fields and every facet", () => {
    expect(searchParamNames().sort()).toEqual(["from", "page", "q", "sort", "to", ...FACET_PARAMS].sort());
  });

  test.each([
    ["tags=PHUM", "tags", /Unknown parameter `tags`/],
    ["page=0", "page", /1 to 500/],
    ["page=abc", "page", /whole number/],
    ["page=1.5", "page", /whole number/],
    [`page=${MAX_PAGE + 1}`, "page", /1 to 500/],
    ["page=1&page=2", "page", /once/],
    ["sort=best", "sort", /relevance, newest, oldest/],
    ["from=2006-13", "from", /YYYY-MM/],
    ["to=yesterday", "to", /YYYY/],
    ["from=2007&to=2006", "to", /before `from`/],
    ["q=a&q=b", "q", /once/],
    [`q=${"x".repeat(301)}`, "q", /300 characters/],
    ["tag=", "tag", /empty/],
    [`origin=${"x".repeat(201)}`, "origin", /200 characters/],
    [Array.from({ length: MAX_VALUES_PER_FACET + 1 }, (_, index) => `tag=T${index}`).join("&"), "tag", /At most 10/],
  ])("%s is a 400 naming `%s`", (query, parameter, message) => {
    const error = rejection(query);
    expect(error.status).toBe(400);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
  });

  test("a from equal to to is one whole period, not an error", () => {
    expect(parse("from=2006-03&to=2006-03").from).toEqual({ year: 2006, month: 3, day: null });
  });
});
