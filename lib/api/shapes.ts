import type { CableDetail, CableSummary } from "../db/cables";
import type { PostPage, TagPage, Timeline } from "../db/browse";
import type { PersonPage } from "../db/people";
import { withAnchors } from "../format/anchors";
import { cableHref, personHref, postHref, tagHref } from "../format/links";
import type { Highlighted } from "../search/highlight";
import { EMPTY_QUERY, FACET_PARAMS, MAX_PAGE, PAGE_SIZE, formatDateBound, searchHref, toSearchParams, toggleFilter, type FacetParam, type SearchQuery } from "../search/query";
import type { FacetValue, SearchHit, SearchResults } from "../search/service";

/**
 * The API's JSON, built from the app's own shapes (never Meilisearch's or Prisma's) in one place.
 * Every URL is absolute, so a record can leave the API and still lead back to the archive. Text
 * is plain text: highlights are offsets into it, never markup.
 */

export type TextMatch = { start: number; end: number };
/** Plain text and the ranges that matched the search, in Unicode code points (Python's `text[start:end]`). */
export type MarkedText = { text: string; matches: TextMatch[] };

export function toMarkedText(segments: Highlighted): MarkedText {
  let text = "";
  let length = 0;
  const matches: TextMatch[] = [];
  for (const segment of segments) {
    const size = [...segment.text].length;
    if (segment.isMatch) {
      const previous = matches.at(-1);
      // Adjacent marked segments are one match.
      if (previous && previous.end === length) previous.end = length + size;
      else matches.push({ start: length, end: length + size });
    }
    text += segment.text;
    length += size;
  }
  return { text, matches };
}

export type Urls = { base: string };

const isoDate = (date: Date | null) => (date ? date.toISOString() : null);
const absolute = (base: string, path: string) => `${base}${path}`;

/** The page of a numbered paragraph (`p16` → `/cable/X/p/16`); unnumbered blocks have only their anchor. */
export function paragraphPath(refId: string, anchor: string): string | null {
  return anchor.startsWith("p") ? `${cableHref(refId)}/p/${anchor.slice(1)}` : null;
}

export const apiPaths = {
  search: (query: SearchQuery) => {
    const params = toSearchParams(query).toString();
    return params ? `/api/search?${params}` : "/api/search";
  },
  cable: (refId: string) => `/api/cables/${encodeURIComponent(refId)}`,
  paragraph: (refId: string, anchor: string) => (anchor.startsWith("p") ? `/api/cables/${encodeURIComponent(refId)}/paragraphs/${anchor.slice(1)}` : null),
  tag: (code: string) => `/api/tags/${encodeURIComponent(code)}`,
  post: (name: string) => `/api/posts/${encodeURIComponent(name)}`,
  person: (slug: string) => `/api/people/${encodeURIComponent(slug)}`,
};

// ---------------------------------------------------------------- search

export type ApiSearchHit = {
  refId: string;
  date: string | null;
  origin: string | null;
  classification: string | null;
  tags: string[];
  subject: MarkedText | null;
  url: string;
  api: string;
  /** The best matching paragraph; only for searches with words. */
  snippet: (MarkedText & { anchor: string; url: string }) | null;
};

export type ApiFacetValue = { value: string; count: number; isSelected: boolean };

export type ApiSearchResponse = {
  query: { q: string; filters: Record<FacetParam, string[]>; from: string | null; to: string | null; sort: SearchQuery["sort"] };
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Pages past this one are not served (the search page's bound); narrow the search or use the export. */
  maxPage: number;
  hits: ApiSearchHit[];
  facets: Record<FacetParam, ApiFacetValue[]>;
  years: { year: number; count: number }[];
  months: { month: string; count: number }[];
  links: { self: string; next: string | null; previous: string | null; html: string; csv: string; jsonl: string; atom: string };
};

function toApiHit(hit: SearchHit, { base }: Urls): ApiSearchHit {
  return {
    refId: hit.refId,
    date: isoDate(hit.sentAt),
    origin: hit.origin,
    classification: hit.classification,
    tags: hit.tags,
    subject: hit.subject ? toMarkedText(hit.subject) : null,
    url: absolute(base, cableHref(hit.refId)),
    api: absolute(base, apiPaths.cable(hit.refId)),
    snippet: hit.snippet ? { anchor: hit.snippet.anchor, url: absolute(base, cableHref(hit.refId, hit.snippet.anchor)), ...toMarkedText(hit.snippet.segments) } : null,
  };
}

const toApiFacet = ({ value, count, isSelected }: FacetValue): ApiFacetValue => ({ value, count, isSelected });

function exportPath(query: SearchQuery, path: string, format?: string): string {
  const params = toSearchParams({ ...query, page: 1 });
  if (format) params.set("format", format);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function toApiSearchResponse(query: SearchQuery, results: SearchResults, urls: Urls): ApiSearchResponse {
  const { base } = urls;
  const lastPage = Math.min(results.pageCount, MAX_PAGE);
  const pageLink = (page: number) => absolute(base, apiPaths.search({ ...query, page }));
  return {
    query: {
      q: query.q,
      filters: query.filters,
      from: query.from ? formatDateBound(query.from) : null,
      to: query.to ? formatDateBound(query.to) : null,
      sort: query.sort,
    },
    total: results.total,
    page: results.page,
    pageSize: PAGE_SIZE,
    pageCount: results.pageCount,
    maxPage: MAX_PAGE,
    hits: results.hits.map((hit) => toApiHit(hit, urls)),
    facets: Object.fromEntries(FACET_PARAMS.map((param) => [param, results.facets[param].map(toApiFacet)])) as Record<FacetParam, ApiFacetValue[]>,
    years: results.years,
    months: results.months,
    links: {
      self: pageLink(results.page),
      next: results.page < lastPage ? pageLink(results.page + 1) : null,
      previous: results.page > 1 ? pageLink(Math.min(results.page - 1, lastPage)) : null,
      html: absolute(base, searchHref(query)),
      csv: absolute(base, exportPath(query, "/search/export", "csv")),
      jsonl: absolute(base, exportPath(query, "/search/export", "jsonl")),
      atom: absolute(base, exportPath({ ...query, sort: "relevance" }, "/search/feed")),
    },
  };
}

// ---------------------------------------------------------------- cables

export type ApiCableSummary = { refId: string; date: string | null; datePrecision: string | null; subject: string | null; origin: string | null; classification: string | null; url: string; api: string };

export function toApiSummary(cable: CableSummary, { base }: Urls): ApiCableSummary {
  return {
    refId: cable.refId,
    date: isoDate(cable.sentAt),
    datePrecision: cable.sentAtPrecision,
    subject: cable.subject,
    origin: cable.origin,
    classification: cable.classification,
    url: absolute(base, cableHref(cable.refId)),
    api: absolute(base, apiPaths.cable(cable.refId)),
  };
}

export type ApiParagraph = { anchor: string; number: number | null; position: number; marking: string | null; text: string; url: string; page: string | null; api: string | null };

export function toApiParagraphs(refId: string, paragraphs: CableDetail["paragraphs"], { base }: Urls): ApiParagraph[] {
  return withAnchors(paragraphs).map(({ anchor, number, position, marking, text }) => {
    const page = paragraphPath(refId, anchor);
    const api = apiPaths.paragraph(refId, anchor);
    return { anchor, number, position, marking, text, url: absolute(base, cableHref(refId, anchor)), page: page ? absolute(base, page) : null, api: api ? absolute(base, api) : null };
  });
}

export function toApiCable(cable: CableDetail, urls: Urls) {
  const { base } = urls;
  return {
    ...toApiSummary(cable, urls),
    post: cable.post ? { ...cable.post, url: absolute(base, postHref(cable.post.name)), api: absolute(base, apiPaths.post(cable.post.name)) } : null,
    destinations: { to: cable.destinationsTo, info: cable.destinationsInfo },
    caveats: cable.caveats,
    tags: cable.tags.map((tag) => ({ ...tag, url: absolute(base, tagHref(tag.code)), api: absolute(base, apiPaths.tag(tag.code)) })),
    precedence: cable.precedence,
    classifiedBy: cable.classifiedBy,
    classificationReasons: cable.classificationReasons,
    declassification: cable.declassification,
    declassifyOn: isoDate(cable.declassifyOn),
    executiveOrder: cable.executiveOrder,
    signature: cable.signature,
    isPartialExtract: cable.isPartialExtract,
    hasRedactions: cable.hasRedactions,
    references: cable.references.map((reference) => ({
      letter: reference.letter,
      text: reference.text,
      refId: reference.targetRefId,
      isInArchive: reference.isInArchive,
      isInRelease: reference.isInRelease,
      url: reference.targetRefId && reference.isInArchive ? absolute(base, cableHref(reference.targetRefId)) : null,
      api: reference.targetRefId && reference.isInArchive ? absolute(base, apiPaths.cable(reference.targetRefId)) : null,
    })),
    citedBy: cable.citedBy.map((citing) => toApiSummary(citing, urls)),
    people: toApiCablePeople(cable, urls),
    paragraphs: toApiParagraphs(cable.refId, cable.paragraphs, urls),
    versions: cable.versions.map((version) => ({
      id: version.id,
      supersededAt: version.supersededAt.toISOString(),
      sourceFormat: version.sourceFormat,
      source: absolute(base, `${cableHref(cable.refId)}/versions/${version.id}`),
    })),
    links: { html: absolute(base, cableHref(cable.refId)), source: absolute(base, `${cableHref(cable.refId)}/source`), api: absolute(base, apiPaths.cable(cable.refId)) },
  };
}

/** Everyone the cable names, once each: their roles and the anchors of the paragraphs naming them. */
function toApiCablePeople(cable: CableDetail, { base }: Urls) {
  const anchors = new Map(withAnchors(cable.paragraphs).map(({ position, anchor }) => [position, anchor]));
  const people = new Map<string, { slug: string; displayName: string; roles: string[]; names: string[]; paragraphs: string[]; url: string; api: string }>();
  for (const mention of cable.people) {
    const person = people.get(mention.slug) ?? { slug: mention.slug, displayName: mention.displayName, roles: [], names: [], paragraphs: [], url: absolute(base, personHref(mention.slug)), api: absolute(base, apiPaths.person(mention.slug)) };
    if (!person.roles.includes(mention.role)) person.roles.push(mention.role);
    if (!person.names.includes(mention.name)) person.names.push(mention.name);
    const anchor = mention.paragraphPosition === null ? undefined : anchors.get(mention.paragraphPosition);
    if (anchor && !person.paragraphs.includes(anchor)) person.paragraphs.push(anchor);
    people.set(mention.slug, person);
  }
  return [...people.values()];
}

/** One numbered paragraph (`16`, or `16-2` for the second paragraph numbered 16), or null. */
export function toApiParagraph(cable: CableDetail, number: string, urls: Urls) {
  const paragraph = toApiParagraphs(cable.refId, cable.paragraphs, urls).find(({ anchor }) => anchor === `p${number}`);
  if (!paragraph) return null;
  return { ...paragraph, cable: toApiSummary(cable, urls) };
}

// ---------------------------------------------------------------- tags and posts

export type ApiPaging = { page: number; pageSize: number };

function cableListing({ cables, total }: { cables: CableSummary[]; total: number }, { page, pageSize }: ApiPaging, urls: Urls) {
  return { total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), items: cables.map((cable) => toApiSummary(cable, urls)) };
}

const toApiTimeline = (timeline: Timeline) => ({ years: timeline.years, undated: timeline.undated });

export function toApiTag(tag: TagPage, paging: ApiPaging, { base }: Urls) {
  const search = toggleFilter(EMPTY_QUERY, "tag", tag.code);
  return {
    code: tag.code,
    kind: tag.kind,
    description: tag.description,
    cableCount: tag.cables.total,
    timeline: toApiTimeline(tag.timeline),
    cables: cableListing(tag.cables, paging, { base }),
    links: { html: absolute(base, tagHref(tag.code)), api: absolute(base, apiPaths.tag(tag.code)), search: absolute(base, apiPaths.search(search)) },
  };
}

export function toApiPost(post: PostPage, paging: ApiPaging, { base }: Urls) {
  const search = toggleFilter(EMPTY_QUERY, "origin", post.name);
  return {
    name: post.name,
    kind: post.kind,
    city: post.city,
    country: post.country,
    cableCount: post.cables.total,
    timeline: toApiTimeline(post.timeline),
    topTags: post.topTags.map((tag) => ({ code: tag.code, kind: tag.kind, description: tag.description, cableCount: tag.cableCount, api: absolute(base, apiPaths.tag(tag.code)) })),
    cables: cableListing(post.cables, paging, { base }),
    links: { html: absolute(base, postHref(post.name)), api: absolute(base, apiPaths.post(post.name)), search: absolute(base, apiPaths.search(search)) },
  };
}

// ---------------------------------------------------------------- people

export function toApiPerson(person: PersonPage, { page, pageSize }: ApiPaging, { base }: Urls) {
  const search = toggleFilter(EMPTY_QUERY, "person", person.displayName);
  const { items, total } = person.mentions;
  return {
    slug: person.slug,
    displayName: person.displayName,
    variants: person.variants,
    titles: person.titles,
    cableCount: person.cableCount,
    mentionCount: person.mentionCount,
    firstYear: person.firstYear,
    lastYear: person.lastYear,
    roles: person.roles.map(({ kind, count }) => ({ role: kind, count })),
    timeline: toApiTimeline(person.timeline),
    posts: person.posts.map((post) => ({ ...post, api: absolute(base, apiPaths.post(post.name)) })),
    related: person.related.map((other) => ({ ...other, url: absolute(base, personHref(other.slug)), api: absolute(base, apiPaths.person(other.slug)) })),
    mentions: {
      total,
      page,
      pageSize,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
      items: items.map((mention) => ({
        cable: toApiSummary(mention.cable, { base }),
        roles: mention.roles,
        names: mention.names,
        title: mention.title,
        paragraph: mention.paragraph ? { ...mention.paragraph, url: absolute(base, cableHref(mention.cable.refId, mention.paragraph.anchor)) } : null,
      })),
    },
    links: { html: absolute(base, personHref(person.slug)), api: absolute(base, apiPaths.person(person.slug)), search: absolute(base, apiPaths.search(search)) },
  };
}
