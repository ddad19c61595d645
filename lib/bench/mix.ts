import { EMPTY_QUERY, type SearchQuery } from "../search/query";

/** The fixed query mix of the search benchmark (issue 7): one of each kind of search people run. */

export type MixFacts = {
  /** The most common tag and post, a much-named person and a held reference id, read from the archive under test. */
  topTag: string;
  topPost: string;
  person: string;
  refId: string;
  /** The years the archive spans, for the date range. */
  firstYear: number;
  lastYear: number;
};

export type MixQuery = { name: string; query: SearchQuery };

const withFilters = (filters: Partial<SearchQuery["filters"]>): SearchQuery["filters"] => ({ ...EMPTY_QUERY.filters, ...filters });

// Words chosen from the cables' own vocabulary: "minister" is in most cables, "calipari" in a handful.
export const COMMON_WORD = "minister";
export const RARE_WORD = "calipari";
export const PHRASE = '"human rights"';

export function searchMix(facts: MixFacts): MixQuery[] {
  const middle = Math.round((facts.firstYear + facts.lastYear) / 2);
  return [
    { name: "common word", query: { ...EMPTY_QUERY, q: COMMON_WORD } },
    { name: "rare word", query: { ...EMPTY_QUERY, q: RARE_WORD } },
    { name: "phrase", query: { ...EMPTY_QUERY, q: PHRASE } },
    { name: "person", query: { ...EMPTY_QUERY, filters: withFilters({ person: [facts.person] }) } },
    {
      name: "two facets + dates",
      query: {
        ...EMPTY_QUERY,
        filters: withFilters({ tag: [facts.topTag], origin: [facts.topPost] }),
        from: { year: Math.max(facts.firstYear, middle - 3), month: null, day: null },
        to: { year: middle + 1, month: null, day: null },
      },
    },
    { name: "reference id", query: { ...EMPTY_QUERY, q: facts.refId } },
    { name: "facets only", query: EMPTY_QUERY },
  ];
}
