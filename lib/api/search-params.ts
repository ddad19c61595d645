import { endOf, startOf } from "../search/filters";
import {
  EMPTY_QUERY,
  FACET_PARAMS,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  MAX_VALUES_PER_FACET,
  SORTS,
  parseDateBound,
  parseSearchParams,
  type RawSearchParams,
  type SearchQuery,
} from "../search/query";
import { badParameter } from "./errors";

/**
 * `/api/search` takes exactly the parameters of the /search page and means the same by them:
 * the query is always `parseSearchParams`'s. Where the page quietly falls back to a default, the
 * API says which parameter was wrong (400), so a caller's typo never turns into a different search.
 */

/** The search page's parameters: every field of its query, each facet in place of `filters`. */
export function searchParamNames(): string[] {
  return [...Object.keys(EMPTY_QUERY).filter((key) => key !== "filters"), ...FACET_PARAMS];
}

const WHOLE_NUMBER = /^\d{1,6}$/;

export function rawParamsOf(searchParams: URLSearchParams): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const key of new Set(searchParams.keys())) raw[key] = searchParams.getAll(key);
  return raw;
}

function checkParameter(name: string, values: string[]): void {
  const facet = FACET_PARAMS.find((param) => param === name);
  if (facet) {
    if (values.length > MAX_VALUES_PER_FACET) throw badParameter(name, `At most ${MAX_VALUES_PER_FACET} values of \`${name}\` per search.`);
    for (const value of values) {
      if (!value.trim()) throw badParameter(name, `\`${name}\` must not be empty.`);
      if (value.length > MAX_VALUE_LENGTH) throw badParameter(name, `A \`${name}\` value is at most ${MAX_VALUE_LENGTH} characters.`);
    }
    return;
  }
  // Every parameter but the facets is single-valued on the page too, which reads only the first.
  if (values.length > 1) throw badParameter(name, `\`${name}\` may be given once.`);
  const [value = ""] = values;
  switch (name) {
    case "q":
      if (value.trim().length > MAX_QUERY_LENGTH) throw badParameter(name, `\`q\` is at most ${MAX_QUERY_LENGTH} characters.`);
      return;
    case "from":
    case "to":
      if (!parseDateBound(value)) throw badParameter(name, `\`${name}\` must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value.slice(0, 40)}").`);
      return;
    case "sort":
      if (!(SORTS as readonly string[]).includes(value)) throw badParameter(name, `\`sort\` must be one of ${SORTS.join(", ")}.`);
      return;
    case "page":
      if (!WHOLE_NUMBER.test(value) || Number(value) < 1 || Number(value) > MAX_PAGE) throw badParameter(name, `\`page\` must be a whole number from 1 to ${MAX_PAGE}.`);
      return;
    default:
      // A search field added to the page later is passed through to its own parser.
      return;
  }
}

/** The search of an API request, or a 400 naming the first parameter that is wrong. */
export function parseApiSearchParams(searchParams: URLSearchParams): SearchQuery {
  const known = new Set(searchParamNames());
  const raw = rawParamsOf(searchParams);
  for (const [name, value] of Object.entries(raw)) {
    if (!known.has(name)) throw badParameter(name, `Unknown parameter \`${name}\`; the search parameters are ${[...known].join(", ")}.`);
    checkParameter(name, value === undefined ? [] : Array.isArray(value) ? value : [value]);
  }
  const query = parseSearchParams(raw);
  if (query.from && query.to && startOf(query.from) >= endOf(query.to)) throw badParameter("to", "`to` is before `from`: no cable could match.");
  return query;
}
