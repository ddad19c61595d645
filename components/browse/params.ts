import { z } from "zod";
import { PEOPLE_SORTS, PERSON_ROLES, type PeopleSort, type PersonRole } from "@/lib/people/roles";
import type { PostKind } from "@/lib/glossary/posts";
import { TAG_KINDS, type TagKind } from "@/lib/glossary/tags";
import { EMPTY_QUERY, searchHref, type SearchQuery } from "@/lib/search/query";

/**
 * The browse pages keep their state in the URL. These parse `searchParams` once into typed,
 * bounded queries (never throwing: unknown parameters are dropped, bad values become defaults)
 * and write them back, so filter, sort and pager links all come from the same object.
 */

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const POST_KINDS: readonly PostKind[] = ["embassy", "consulate", "mission", "department", "other"];
export const TAG_SORTS = ["count", "code"] as const;
export const POST_SORTS = ["count", "name"] as const;
export type TagSort = (typeof TAG_SORTS)[number];
export type PostSort = (typeof POST_SORTS)[number];

export const MAX_PAGE = 10_000;
export const LIST_PAGE_SIZE = 100;
export const CABLE_PAGE_SIZE = 25;
const MAX_TEXT_LENGTH = 100;

const TAGS_PATH = "/tags";
const PEOPLE_PATH = "/people";
const POSTS_PATH = "/posts";

export type TagListQuery = { kind: TagKind | null; q: string; sort: TagSort; page: number };
export type PostListQuery = { kind: PostKind | null; q: string; sort: PostSort; page: number };
export type PeopleListQuery = { kind: PersonRole | null; q: string; sort: PeopleSort; page: number };

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

const firstOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const textSchema = z
  .string()
  .transform((value) => value.replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT_LENGTH))
  .catch("");
const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);
const tagKindSchema = z.enum(TAG_KINDS as [TagKind, ...TagKind[]]).nullable().catch(null);
const postKindSchema = z.enum(POST_KINDS as [PostKind, ...PostKind[]]).nullable().catch(null);
const tagSortSchema = z.enum(TAG_SORTS).catch("count");
const postSortSchema = z.enum(POST_SORTS).catch("count");
const roleSchema = z.enum(PERSON_ROLES).nullable().catch(null);
const peopleSortSchema = z.enum(PEOPLE_SORTS).catch("count");

export function parsePage(params: RawSearchParams): number {
  return pageSchema.parse(firstOf(params.page) ?? 1);
}

export function parseTagListParams(params: RawSearchParams): TagListQuery {
  return {
    kind: tagKindSchema.parse(firstOf(params.kind) ?? null),
    q: textSchema.parse(firstOf(params.q) ?? ""),
    sort: tagSortSchema.parse(firstOf(params.sort) ?? "count"),
    page: parsePage(params),
  };
}

export function parsePostListParams(params: RawSearchParams): PostListQuery {
  return {
    kind: postKindSchema.parse(firstOf(params.kind) ?? null),
    q: textSchema.parse(firstOf(params.q) ?? ""),
    sort: postSortSchema.parse(firstOf(params.sort) ?? "count"),
    page: parsePage(params),
  };
}

export function parsePeopleListParams(params: RawSearchParams): PeopleListQuery {
  return {
    kind: roleSchema.parse(firstOf(params.kind) ?? null),
    q: textSchema.parse(firstOf(params.q) ?? ""),
    sort: peopleSortSchema.parse(firstOf(params.sort) ?? "count"),
    page: parsePage(params),
  };
}

function withQueryString(path: string, entries: [string, string | null][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

const TAG_LIST_DEFAULTS: TagListQuery = { kind: null, q: "", sort: "count", page: 1 };
const POST_LIST_DEFAULTS: PostListQuery = { kind: null, q: "", sort: "count", page: 1 };
const PEOPLE_LIST_DEFAULTS: PeopleListQuery = { kind: null, q: "", sort: "count", page: 1 };

/** Defaults are left out, so the plain `/tags` is the canonical address of the default view. */
export function tagListHref(changes: Partial<TagListQuery> = {}): string {
  const query = { ...TAG_LIST_DEFAULTS, ...changes };
  return withQueryString(TAGS_PATH, [
    ["kind", query.kind],
    ["q", query.q],
    ["sort", query.sort === "count" ? null : query.sort],
    ["page", query.page === 1 ? null : String(query.page)],
  ]);
}

export function postListHref(changes: Partial<PostListQuery> = {}): string {
  const query = { ...POST_LIST_DEFAULTS, ...changes };
  return withQueryString(POSTS_PATH, [
    ["kind", query.kind],
    ["q", query.q],
    ["sort", query.sort === "count" ? null : query.sort],
    ["page", query.page === 1 ? null : String(query.page)],
  ]);
}

export function peopleListHref(changes: Partial<PeopleListQuery> = {}): string {
  const query = { ...PEOPLE_LIST_DEFAULTS, ...changes };
  return withQueryString(PEOPLE_PATH, [
    ["kind", query.kind],
    ["q", query.q],
    ["sort", query.sort === "count" ? null : query.sort],
    ["page", query.page === 1 ? null : String(query.page)],
  ]);
}

/** A page of a detail view (`/tags/PREL?page=2`); `path` comes from `tagHref` or `postHref`. */
export function pageHref(path: string, page: number): string {
  return withQueryString(path, [["page", page === 1 ? null : String(page)]]);
}

/** The search page's view of one year, optionally narrowed to a tag or a post (the year charts' bars). */
export function yearSearchHref(year: number, filters: Partial<SearchQuery["filters"]> = {}): string {
  const bound = { year, month: null, day: null };
  return searchHref({ ...EMPTY_QUERY, filters: { ...EMPTY_QUERY.filters, ...filters }, from: bound, to: bound });
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Path segments arrive percent-encoded or not depending on the characters involved; decoding a
 * second time must not throw on a literal `%` (a bad URL is a 404, never a 500).
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
