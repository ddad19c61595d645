import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import type { PostKind } from "../glossary/posts";
import type { TagKind } from "../glossary/tags";
import { SUMMARY_FIELDS, type CableSummary } from "./cables";
import { getPrisma } from "./client";

/** Browsing the archive by tag, by post and by year: counts come from PostgreSQL, never the index. */

export type YearCount = { year: number; count: number };
/** Cables per year; cables whose date could not be read are counted apart, not dropped silently. */
export type Timeline = { years: YearCount[]; undated: number };

export type TagInfo = { code: string; kind: TagKind; description: string | null };
export type TagListing = TagInfo & { cableCount: number };
export type PostInfo = { name: string; kind: PostKind; city: string | null; country: string | null };
export type PostListing = PostInfo & { cableCount: number; firstYear: number | null; lastYear: number | null };
export type KindCount<Kind extends string> = { kind: Kind; count: number };

export type Listing<Item, Kind extends string> = {
  items: Item[];
  /** Matches for the current kind (all kinds when none is chosen), for the pager. */
  total: number;
  /** Matches per kind for the text filter, so the kind links can say how many each holds. */
  kinds: KindCount<Kind>[];
};

export type CablePage = { cables: CableSummary[]; total: number };
export type TagPage = TagInfo & { timeline: Timeline; cables: CablePage };
export type PostPage = PostInfo & { timeline: Timeline; topTags: TagListing[]; cables: CablePage };

type Paging = { page: number; pageSize: number };
type ListFilter<Kind, Sort> = { kind: Kind | null; q: string; sort: Sort } & Paging;

const NEWEST_FIRST = [{ sentAt: { sort: "desc", nulls: "last" } }, { refId: "asc" }] as const;

// Sort orders are chosen from these tables, never built from input.
const TAG_ORDER = {
  count: Prisma.sql`"cableCount" DESC, code COLLATE "C" ASC`,
  // Codes are codes, not words: byte order, the same on every server whatever its locale.
  code: Prisma.sql`code COLLATE "C" ASC`,
} as const;
const POST_ORDER = {
  count: Prisma.sql`"cableCount" DESC, name ASC`,
  name: Prisma.sql`name ASC`,
} as const;

/** Case-insensitive substring match; strpos needs no escaping of LIKE's `%` and `_`. */
const contains = (column: Prisma.Sql, text: string) => Prisma.sql`strpos(lower(${column}), lower(${text})) > 0`;

function tagTextFilter(q: string): Prisma.Sql {
  return q ? Prisma.sql`AND (${contains(Prisma.sql`t.code`, q)} OR ${contains(Prisma.sql`coalesce(t.description, '')`, q)})` : Prisma.empty;
}

function postTextFilter(q: string): Prisma.Sql {
  return q
    ? Prisma.sql`AND (${contains(Prisma.sql`p.name`, q)} OR ${contains(Prisma.sql`coalesce(p.country, '')`, q)} OR ${contains(Prisma.sql`coalesce(p.city, '')`, q)})`
    : Prisma.empty;
}

const kindFilter = (column: Prisma.Sql, kind: string | null) => (kind ? Prisma.sql`AND ${column}::text = ${kind}` : Prisma.empty);

function totalFor<Kind extends string>(kinds: KindCount<Kind>[], kind: Kind | null): number {
  return kinds.filter((entry) => kind === null || entry.kind === kind).reduce((sum, entry) => sum + entry.count, 0);
}

// Years are taken in UTC, as dates are shown (lib/format/date.ts), whatever the session's time zone.
export async function timelineWhere(join: Prisma.Sql, where: Prisma.Sql): Promise<Timeline> {
  const rows = await getPrisma().$queryRaw<{ year: number | null; count: number }[]>`
    SELECT date_part('year', c.sent_at AT TIME ZONE 'UTC')::int AS year, count(*)::int AS count
    FROM cables c ${join}
    WHERE ${where}
    GROUP BY 1
    ORDER BY 1`;
  const years = rows.filter((row): row is YearCount => row.year !== null);
  const undated = rows.find((row) => row.year === null)?.count ?? 0;
  return { years, undated };
}

/** Cables per year across the whole archive (the home page's timeline). */
export async function getTimeline(): Promise<Timeline> {
  return timelineWhere(Prisma.empty, Prisma.sql`TRUE`);
}

async function queryTags({ kind, q, sort, page, pageSize }: ListFilter<TagKind, keyof typeof TAG_ORDER>): Promise<TagListing[]> {
  return getPrisma().$queryRaw<TagListing[]>`
    SELECT t.code, t.kind::text AS kind, t.description, count(*)::int AS "cableCount"
    FROM tags t JOIN cable_tags ct ON ct.tag_code = t.code
    WHERE TRUE ${kindFilter(Prisma.sql`t.kind`, kind)} ${tagTextFilter(q)}
    GROUP BY t.code
    ORDER BY ${TAG_ORDER[sort]}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
}

/** The tags that occur in the archive (a tag with no cable left is not listed), with their counts. */
export async function listTags(filter: ListFilter<TagKind, keyof typeof TAG_ORDER>): Promise<Listing<TagListing, TagKind>> {
  const [items, kinds] = await Promise.all([
    queryTags(filter),
    getPrisma().$queryRaw<KindCount<TagKind>[]>`
      SELECT t.kind::text AS kind, count(*)::int AS count
      FROM tags t
      WHERE EXISTS (SELECT 1 FROM cable_tags ct WHERE ct.tag_code = t.code) ${tagTextFilter(filter.q)}
      GROUP BY 1`,
  ]);
  return { items, total: totalFor(kinds, filter.kind), kinds };
}

export async function getTopTags({ kind, limit }: { kind: TagKind | null; limit: number }): Promise<TagListing[]> {
  return queryTags({ kind, q: "", sort: "count", page: 1, pageSize: limit });
}

/** Cached per request: the page and its metadata both ask. */
export const findTag = cache(async (code: string): Promise<TagInfo | null> => {
  return getPrisma().tag.findUnique({ where: { code }, select: { code: true, kind: true, description: true } });
});

export async function getTagPage({ code, page, pageSize }: { code: string } & Paging): Promise<TagPage | null> {
  const tag = await findTag(code);
  if (!tag) return null;
  const where = { cableTags: { some: { tagCode: tag.code } } };
  const [timeline, total, cables] = await Promise.all([
    timelineWhere(Prisma.sql`JOIN cable_tags ct ON ct.cable_id = c.id`, Prisma.sql`ct.tag_code = ${tag.code}`),
    getPrisma().cableTag.count({ where: { tagCode: tag.code } }),
    getPrisma().cable.findMany({ where, select: SUMMARY_FIELDS, orderBy: [...NEWEST_FIRST], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { ...tag, timeline, cables: { cables, total } };
}

async function queryPosts({ kind, q, sort, page, pageSize }: ListFilter<PostKind, keyof typeof POST_ORDER>): Promise<PostListing[]> {
  return getPrisma().$queryRaw<PostListing[]>`
    SELECT p.name, p.kind::text AS kind, p.city, p.country, count(*)::int AS "cableCount",
      min(date_part('year', c.sent_at AT TIME ZONE 'UTC'))::int AS "firstYear",
      max(date_part('year', c.sent_at AT TIME ZONE 'UTC'))::int AS "lastYear"
    FROM posts p JOIN cables c ON c.origin = p.name
    WHERE TRUE ${kindFilter(Prisma.sql`p.kind`, kind)} ${postTextFilter(q)}
    GROUP BY p.name
    ORDER BY ${POST_ORDER[sort]}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
}

/** The posts cables in the archive come from, with their counts and the years they span. */
export async function listPosts(filter: ListFilter<PostKind, keyof typeof POST_ORDER>): Promise<Listing<PostListing, PostKind>> {
  const [items, kinds] = await Promise.all([
    queryPosts(filter),
    getPrisma().$queryRaw<KindCount<PostKind>[]>`
      SELECT p.kind::text AS kind, count(*)::int AS count
      FROM posts p
      WHERE EXISTS (SELECT 1 FROM cables c WHERE c.origin = p.name) ${postTextFilter(filter.q)}
      GROUP BY 1`,
  ]);
  return { items, total: totalFor(kinds, filter.kind), kinds };
}

export async function getTopPosts({ limit }: { limit: number }): Promise<PostListing[]> {
  return queryPosts({ kind: null, q: "", sort: "count", page: 1, pageSize: limit });
}

export const findPost = cache(async (name: string): Promise<PostInfo | null> => {
  return getPrisma().post.findUnique({ where: { name }, select: { name: true, kind: true, city: true, country: true } });
});

export async function getPostPage({ name, page, pageSize, tagLimit }: { name: string; tagLimit: number } & Paging): Promise<PostPage | null> {
  const post = await findPost(name);
  if (!post) return null;
  const [timeline, topTags, total, cables] = await Promise.all([
    timelineWhere(Prisma.empty, Prisma.sql`c.origin = ${post.name}`),
    getPrisma().$queryRaw<TagListing[]>`
      SELECT t.code, t.kind::text AS kind, t.description, count(*)::int AS "cableCount"
      FROM cables c JOIN cable_tags ct ON ct.cable_id = c.id JOIN tags t ON t.code = ct.tag_code
      WHERE c.origin = ${post.name}
      GROUP BY t.code
      ORDER BY "cableCount" DESC, t.code ASC
      LIMIT ${tagLimit}`,
    getPrisma().cable.count({ where: { origin: post.name } }),
    getPrisma().cable.findMany({ where: { origin: post.name }, select: SUMMARY_FIELDS, orderBy: [...NEWEST_FIRST], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { ...post, timeline, topTags, cables: { cables, total } };
}
