import { FACETS, FACET_PARAMS, MAX_PAGE, MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, MAX_VALUE_LENGTH, PAGE_SIZE, SORTS } from "../search/query";
import { API_ERRORS, type ApiErrorCode } from "./errors";
import { RECORD_PAGE_SIZE } from "./params";

/**
 * The API's OpenAPI 3.1 description, in one place: `GET /api/openapi.json` serves it and a unit
 * test checks that its paths and the route folders under app/api are the same set. Search
 * parameters come from the search page's own list, so a facet added there is documented here.
 * Adding an endpoint is one entry in ENDPOINTS.
 */

type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: "null" }] });
const string: Schema = { type: "string" };
const nullableString: Schema = { type: ["string", "null"] };
const integer: Schema = { type: "integer" };
const url: Schema = { type: "string", format: "uri" };
const object = (properties: Record<string, Schema>, extra: Schema = {}): Schema => ({ type: "object", required: Object.keys(properties), properties, ...extra });

const errorResponse = (code: ApiErrorCode, description: string) => ({
  description,
  ...(code === "rate_limited" || code === "unavailable" ? { headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: integer } } } : {}),
  content: { "application/json": { schema: ref("Error") } },
});

const ERRORS_OF_RECORDS = {
  "400": errorResponse("bad_parameter", "A parameter is malformed or unknown; `error.parameter` names it."),
  "404": errorResponse("not_found", "The archive holds no such record."),
  "429": errorResponse("rate_limited", "Too many requests from this client; see `Retry-After`."),
  "500": errorResponse("internal", "An unexpected failure; it was logged on the server."),
  "503": errorResponse("unavailable", "The database is unavailable; try again later."),
};
const SEARCH_ERRORS = {
  "400": ERRORS_OF_RECORDS["400"],
  "429": ERRORS_OF_RECORDS["429"],
  "500": ERRORS_OF_RECORDS["500"],
  "503": errorResponse("unavailable", "The search service is unavailable; cables, tags and posts can still be read."),
};

const ok = (description: string, schema: Schema) => ({ description, content: { "application/json": { schema } } });

const pathParameter = (name: string, description: string, example: string) => ({ name, in: "path", required: true, description, schema: string, example });
const PAGE_PARAMETER = { name: "page", in: "query", required: false, description: `Page of the cable list, ${RECORD_PAGE_SIZE} per page, from 1 to ${MAX_PAGE}.`, schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } };

const FACET_DESCRIPTIONS: Partial<Record<string, string>> = {
  tag: "TAGS code, e.g. `PHUM`.",
  origin: "Post the cable came from, e.g. `Embassy Rome`.",
  classification: "Classification, e.g. `CONFIDENTIAL`.",
  caveat: "Handling caveat, e.g. `NOFORN`.",
  person: "A person's name as the archive shows it (`displayName` in /api/people), e.g. `Massimo D'Alema`.",
};

function searchParameters() {
  return [
    { name: "q", in: "query", required: false, description: `Words, \`"an exact phrase"\`, \`-excluded\` words; at most ${MAX_QUERY_LENGTH} characters. Empty lists every cable.`, schema: { type: "string", maxLength: MAX_QUERY_LENGTH } },
    ...FACET_PARAMS.map((param) => ({
      name: param,
      in: "query",
      required: false,
      description: `${FACET_DESCRIPTIONS[param] ?? `Filter on \`${FACETS[param]}\`.`} Repeat for several values (they combine with OR; different filters combine with AND); at most ${MAX_VALUES_PER_FACET}.`,
      schema: { type: "array", items: { type: "string", minLength: 1, maxLength: MAX_VALUE_LENGTH }, maxItems: MAX_VALUES_PER_FACET },
      style: "form",
      explode: true,
    })),
    { name: "from", in: "query", required: false, description: "First date included (UTC): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.", schema: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" }, example: "2006" },
    { name: "to", in: "query", required: false, description: "Last date included (UTC), same forms; `to=2006` includes all of 2006.", schema: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" }, example: "2007-06" },
    { name: "sort", in: "query", required: false, description: "`relevance` (newest first when there are no words), `newest` or `oldest`.", schema: { type: "string", enum: [...SORTS], default: "relevance" } },
    { name: "page", in: "query", required: false, description: `Page of hits, ${PAGE_SIZE} per page, from 1 to ${MAX_PAGE}. For every hit of a large search, use the CSV or JSON Lines export (\`links.csv\`, \`links.jsonl\`).`, schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } },
  ];
}

const facetValue = object({ value: string, count: integer, isSelected: { type: "boolean" } });

const DEPENDENCY_HEALTH = {
  type: "object",
  required: ["status", "latencyMs"],
  properties: {
    status: { type: "string", enum: ["up", "down"] },
    latencyMs: integer,
    problem: { type: "string", description: "Why it is down: unreachable, refusing, failing, or no answer in time." },
  },
} satisfies Schema;

const SCHEMAS: Record<string, Schema> = {
  Error: object({
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string", enum: Object.keys(API_ERRORS) }, message: string, parameter: { type: "string", description: "The parameter at fault (400 only)." } },
    },
  }),
  MarkedText: object(
    { text: string, matches: { type: "array", items: object({ start: integer, end: integer }) } },
    { description: "Plain text (never HTML) and the ranges that matched the search, as offsets in Unicode code points, end exclusive." },
  ),
  CableSummary: object({ refId: string, date: { ...nullableString, format: "date-time" }, datePrecision: { type: ["string", "null"], enum: ["minute", "day", "month", "year", null] }, subject: nullableString, origin: nullableString, classification: nullableString, url, api: url }),
  SearchHit: object({
    refId: string,
    date: { ...nullableString, format: "date-time" },
    origin: nullableString,
    classification: nullableString,
    tags: { type: "array", items: string },
    subject: nullable(ref("MarkedText")),
    url,
    api: url,
    snippet: nullable({ allOf: [ref("MarkedText"), object({ anchor: string, url })], description: "The best matching paragraph (searches with words only)." }),
  }),
  SearchResponse: object({
    query: object({ q: string, filters: object(Object.fromEntries(FACET_PARAMS.map((param) => [param, { type: "array", items: string }]))), from: nullableString, to: nullableString, sort: { type: "string", enum: [...SORTS] } }),
    total: { ...integer, description: "All matching cables (exact)." },
    page: integer,
    pageSize: integer,
    pageCount: integer,
    maxPage: integer,
    hits: { type: "array", items: ref("SearchHit") },
    facets: object(Object.fromEntries(FACET_PARAMS.map((param) => [param, { type: "array", items: facetValue }]))),
    years: { type: "array", items: object({ year: integer, count: integer }) },
    months: { type: "array", items: object({ month: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, count: integer }), description: "Cables per month (UTC) for the whole search." },
    links: object({ self: url, next: nullable(url), previous: nullable(url), html: url, csv: url, jsonl: url, atom: url }),
  }),
  Paragraph: object({
    anchor: { type: "string", description: "Permalink anchor: `p16`, `p16-2` for a number used twice, `t3` for an unnumbered block." },
    number: { type: ["integer", "null"] },
    position: integer,
    marking: { ...nullableString, description: "Classification marking, e.g. `C` or `SBU`." },
    text: string,
    url,
    page: nullable(url),
    api: nullable(url),
  }),
  Cable: {
    allOf: [
      ref("CableSummary"),
      object({
        post: nullable(object({ name: string, kind: string, city: nullableString, country: nullableString, url, api: url })),
        destinations: object({ to: { type: "array", items: string }, info: { type: "array", items: string } }),
        caveats: { type: "array", items: string },
        tags: { type: "array", items: object({ code: string, kind: string, description: nullableString, url, api: url }) },
        precedence: nullableString,
        classifiedBy: nullableString,
        classificationReasons: nullableString,
        declassification: nullableString,
        declassifyOn: { ...nullableString, format: "date-time" },
        executiveOrder: nullableString,
        signature: nullableString,
        isPartialExtract: { type: "boolean" },
        hasRedactions: { type: "boolean" },
        references: {
          type: "array",
          items: object({ letter: nullableString, text: string, refId: nullableString, isInArchive: { type: "boolean" }, isInRelease: { type: ["boolean", "null"], description: "Null when the archive cannot tell." }, url: nullable(url), api: nullable(url) }),
        },
        citedBy: { type: "array", items: ref("CableSummary") },
        people: {
          type: "array",
          description: "Everyone the cable names, once each, in order of first mention.",
          items: object({
            slug: string,
            displayName: string,
            roles: { type: "array", items: { type: "string", enum: ["signed", "classified", "tagged", "mentioned"] } },
            names: { type: "array", items: string, description: "The name as the cable writes it." },
            paragraphs: { type: "array", items: string, description: "Anchors of the paragraphs naming them (none for the header alone)." },
            url,
            api: url,
          }),
        },
        paragraphs: { type: "array", items: ref("Paragraph") },
        versions: { type: "array", items: object({ id: integer, supersededAt: { type: "string", format: "date-time" }, sourceFormat: string, source: url }) },
        links: object({ html: url, source: url, api: url }),
      }),
    ],
  },
  ParagraphWithCable: { allOf: [ref("Paragraph"), object({ cable: ref("CableSummary") })] },
  Timeline: object({ years: { type: "array", items: object({ year: integer, count: integer }) }, undated: integer }),
  CableList: object({ total: integer, page: integer, pageSize: integer, pageCount: integer, items: { type: "array", items: ref("CableSummary") } }),
  Tag: object({ code: string, kind: string, description: nullableString, cableCount: integer, timeline: ref("Timeline"), cables: ref("CableList"), links: object({ html: url, api: url, search: url }) }),
  Post: object({
    name: string,
    kind: string,
    city: nullableString,
    country: nullableString,
    cableCount: integer,
    timeline: ref("Timeline"),
    topTags: { type: "array", items: object({ code: string, kind: string, description: nullableString, cableCount: integer, api: url }) },
    cables: ref("CableList"),
    links: object({ html: url, api: url, search: url }),
  }),
  Person: object({
    slug: string,
    displayName: { ...string, description: "The fullest name known; the value of the search's `person` filter." },
    variants: { type: "array", items: string, description: "Every way the cables write the name." },
    titles: { type: "array", items: string, description: "Titles written with the name, most frequent first." },
    cableCount: integer,
    mentionCount: integer,
    firstYear: { type: ["integer", "null"] },
    lastYear: { type: ["integer", "null"] },
    roles: { type: "array", items: object({ role: { type: "string", enum: ["signed", "classified", "tagged", "mentioned"] }, count: integer }) },
    timeline: ref("Timeline"),
    posts: { type: "array", items: object({ name: string, count: integer, api: url }), description: "Posts whose cables name them, most first." },
    related: { type: "array", items: object({ slug: string, displayName: string, sharedCables: integer, url, api: url }), description: "People most often named in the same cables." },
    mentions: object({
      total: integer,
      page: integer,
      pageSize: integer,
      pageCount: integer,
      items: {
        type: "array",
        description: "One entry per paragraph naming them (and one for a header naming them), oldest cable first.",
        items: object({
          cable: ref("CableSummary"),
          roles: { type: "array", items: string },
          names: { type: "array", items: string },
          title: nullableString,
          paragraph: nullable(object({ anchor: string, number: { type: ["integer", "null"] }, text: string, url })),
        }),
      },
    }),
    links: object({ html: url, api: url, search: url }),
  }),
  Health: object({
    status: { type: "string", enum: ["ok", "degraded", "down"] },
    checkedAt: { type: "string", format: "date-time" },
    dependencies: object({
      database: DEPENDENCY_HEALTH,
      search: { ...DEPENDENCY_HEALTH, properties: { ...DEPENDENCY_HEALTH.properties, documents: integer, isIndexing: { type: "boolean" } } },
    }),
  }),
};

/** Every API endpoint: its path (as in OpenAPI) and its GET operation. */
export const ENDPOINTS: Record<string, Schema> = {
  "/api/search": {
    operationId: "searchCables",
    summary: "Search the cables",
    description: "The same parameters and meaning as the /search page. Unknown or malformed parameters are refused with a 400 naming them.",
    parameters: searchParameters(),
    responses: { "200": ok("One page of hits, with totals, facet counts and cables per year and month.", ref("SearchResponse")), ...SEARCH_ERRORS },
  },
  "/api/cables/{refId}": {
    operationId: "getCable",
    summary: "A cable",
    description: "Header fields, tags, references, the cables citing it, and every paragraph with its number, anchor, marking, text and permalinks.",
    parameters: [pathParameter("refId", "Reference id, e.g. `06ROME1755` (case does not matter).", "06ROME1755")],
    responses: { "200": ok("The cable.", ref("Cable")), ...ERRORS_OF_RECORDS },
  },
  "/api/cables/{refId}/paragraphs/{number}": {
    operationId: "getParagraph",
    summary: "One numbered paragraph of a cable",
    parameters: [pathParameter("refId", "Reference id.", "06ROME1755"), pathParameter("number", "The paragraph's number as the cable gives it; `16-2` is the second paragraph numbered 16.", "16")],
    responses: { "200": ok("The paragraph and a summary of its cable.", ref("ParagraphWithCable")), ...ERRORS_OF_RECORDS },
  },
  "/api/tags/{code}": {
    operationId: "getTag",
    summary: "A TAGS code",
    parameters: [pathParameter("code", "TAGS code, e.g. `PHUM`.", "PHUM"), PAGE_PARAMETER],
    responses: { "200": ok("The tag's meaning, cables per year and a page of its cables, newest first.", ref("Tag")), ...ERRORS_OF_RECORDS },
  },
  "/api/posts/{name}": {
    operationId: "getPost",
    summary: "A post (embassy, consulate, mission…)",
    parameters: [pathParameter("name", "The post's name, e.g. `Embassy Rome`.", "Embassy Rome"), PAGE_PARAMETER],
    responses: { "200": ok("The post, cables per year, its commonest tags and a page of its cables, newest first.", ref("Post")), ...ERRORS_OF_RECORDS },
  },
  "/api/people/{slug}": {
    operationId: "getPerson",
    summary: "A person named in the cables",
    parameters: [pathParameter("slug", "The person's slug, as in /people/{slug}.", "massimo-dalema"), { ...PAGE_PARAMETER, description: `Page of the paragraphs naming them, ${RECORD_PAGE_SIZE} per page, from 1 to ${MAX_PAGE}.` }],
    responses: { "200": ok("The person, their names and titles, years, posts, the people named with them, and a page of the paragraphs naming them.", ref("Person")), ...ERRORS_OF_RECORDS },
  },
  "/api/health": {
    operationId: "getHealth",
    summary: "The archive's health",
    description: "Each dependency's state, probed with a 2-second limit. `ok`: everything answers; `degraded`: cables can be read but search is down (still 200); `down`: the database is down (503). Not rate limited, never cached.",
    responses: {
      "200": ok("Cables can be read.", ref("Health")),
      "503": { description: "The database is down.", content: { "application/json": { schema: ref("Health") } } },
    },
  },
  "/api/openapi.json": {
    operationId: "getOpenApi",
    summary: "This description",
    responses: { "200": ok("The OpenAPI 3.1 document.", { type: "object" }), "429": ERRORS_OF_RECORDS["429"] },
  },
};

export function openApiDocument({ serverUrl }: { serverUrl: string }) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Cable Archive API",
      version: "1.0.0",
      description: [
        "A read-only JSON API over the archive of US diplomatic cables. No key is needed; any origin may call it (CORS).",
        "Every error has the shape `{ \"error\": { \"code\", \"message\" } }` (with `parameter` on a 400).",
        "Requests are rate limited per client: past the limit the answer is a 429 with `Retry-After`; `X-RateLimit-Limit` and `X-RateLimit-Remaining` tell where a client stands.",
        "Text from cables is plain text, never HTML. Dates are ISO 8601 in UTC.",
      ].join("\n\n"),
    },
    servers: [{ url: serverUrl }],
    paths: Object.fromEntries(Object.entries(ENDPOINTS).map(([path, operation]) => [path, { get: operation }])),
    components: { schemas: SCHEMAS },
  };
}
