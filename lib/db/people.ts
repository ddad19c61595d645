import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { paragraphAnchor } from "../format/anchors";
import { timelineWhere, type KindCount, type Listing, type Timeline } from "./browse";
import { SUMMARY_FIELDS, type CableSummary } from "./cables";
import type { PeopleSort, PersonRole } from "../people/roles";
import { getPrisma } from "./client";
import { escapeRegExp } from "../format/regexp";

/** People named in the cables, read from the tables the people stage of an ingest fills. */


export type PersonListing = { slug: string; displayName: string; variants: string[]; cableCount: number; mentionCount: number; firstYear: number | null; lastYear: number | null };
export type PersonInfo = PersonListing & { id: number; titles: string[] };
export type PersonLink = { slug: string; displayName: string };
export type RelatedPerson = PersonLink & { sharedCables: number };
export type PostCount = { name: string; count: number };

export type PersonMentionView = {
  cable: CableSummary;
  roles: PersonRole[];
  /** The names as the cable writes them there, and the first title written with one. */
  names: string[];
  title: string | null;
  /** The paragraph quoted; null when the cable names the person in its header (signature, TAGS, Classified By). */
  paragraph: { anchor: string; number: number | null; text: string } | null;
};

export type PersonPage = PersonInfo & {
  timeline: Timeline;
  roles: KindCount<PersonRole>[];
  posts: PostCount[];
  related: RelatedPerson[];
  mentions: { items: PersonMentionView[]; total: number };
};

// Sort orders are chosen from this table, never built from input.
const PEOPLE_ORDER: Record<PeopleSort, Prisma.Sql> = {
  count: Prisma.sql`cable_count DESC, display_name ASC`,
  name: Prisma.sql`lower(surname) ASC, display_name ASC`,
};

type Paging = { page: number; pageSize: number };
export type PeopleFilter = { role: PersonRole | null; q: string; sort: PeopleSort } & Paging;

/** A name or any written variant containing the text, case-insensitively; strpos needs no LIKE escaping. */
function nameFilter(q: string): Prisma.Sql {
  return q ? Prisma.sql`AND (strpos(lower(p.display_name), lower(${q})) > 0 OR EXISTS (SELECT 1 FROM unnest(p.variants) AS v WHERE strpos(lower(v), lower(${q})) > 0))` : Prisma.empty;
}

function roleFilter(role: PersonRole | null): Prisma.Sql {
  return role ? Prisma.sql`AND EXISTS (SELECT 1 FROM person_mentions m WHERE m.person_id = p.id AND m.role::text = ${role})` : Prisma.empty;
}

const LISTING_COLUMNS = Prisma.sql`p.slug, p.display_name AS "displayName", p.variants, p.cable_count AS "cableCount", p.mention_count AS "mentionCount",
  date_part('year', p.first_sent_at AT TIME ZONE 'UTC')::int AS "firstYear", date_part('year', p.last_sent_at AT TIME ZONE 'UTC')::int AS "lastYear"`;

/** People, most-named first (or by surname), narrowed by name and by the role they play in the cables. */
export async function listPeople({ role, q, sort, page, pageSize }: PeopleFilter): Promise<Listing<PersonListing, PersonRole> & { everyone: number }> {
  const prisma = getPrisma();
  const [items, roles, [counted]] = await Promise.all([
    prisma.$queryRaw<PersonListing[]>`
      SELECT ${LISTING_COLUMNS} FROM people p
      WHERE TRUE ${roleFilter(role)} ${nameFilter(q)}
      ORDER BY ${PEOPLE_ORDER[sort]}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    prisma.$queryRaw<KindCount<PersonRole>[]>`
      SELECT m.role::text AS kind, count(DISTINCT m.person_id)::int AS count
      FROM person_mentions m JOIN people p ON p.id = m.person_id
      WHERE TRUE ${nameFilter(q)}
      GROUP BY 1`,
    prisma.$queryRaw<{ total: number; everyone: number }[]>`
      SELECT count(*) FILTER (WHERE TRUE ${roleFilter(role)})::int AS total, count(*)::int AS everyone
      FROM people p WHERE TRUE ${nameFilter(q)}`,
  ]);
  return { items, kinds: roles, total: counted?.total ?? 0, everyone: counted?.everyone ?? 0 };
}

/** Cached per request: the page and its metadata both ask. */
export const findPerson = cache(async (slug: string): Promise<PersonInfo | null> => {
  const [person] = await getPrisma().$queryRaw<PersonInfo[]>`SELECT p.id, p.titles, ${LISTING_COLUMNS} FROM people p WHERE p.slug = ${slug}`;
  return person ?? null;
});

type MentionRow = { refId: string; roles: PersonRole[]; names: string[]; title: string | null; position: number | null; number: number | null; repeat: number | null; text: string | null };

/**
 * One row per paragraph naming the person (however often), and one for the header; anchors as the
 * cable page spells them: a number's repeats are counted within the cable.
 */
const MENTION_ROWS = (personId: number, limit: number, offset: number) => Prisma.sql`
  WITH page AS (
    SELECT m.cable_id, m.paragraph_position, c.ref_id, c.sent_at,
      array_agg(DISTINCT m.role::text) AS roles, array_agg(DISTINCT m.name) AS names,
      (array_agg(m.title ORDER BY m.id) FILTER (WHERE m.title IS NOT NULL))[1] AS title
    FROM person_mentions m JOIN cables c ON c.id = m.cable_id
    WHERE m.person_id = ${personId}
    GROUP BY m.cable_id, m.paragraph_position, c.ref_id, c.sent_at
    ORDER BY c.sent_at ASC NULLS LAST, c.ref_id ASC, m.paragraph_position ASC NULLS FIRST
    LIMIT ${limit} OFFSET ${offset}
  ), numbered AS (
    SELECT pa.cable_id, pa.position, pa.number, pa.text,
      row_number() OVER (PARTITION BY pa.cable_id, pa.number ORDER BY pa.position)::int AS repeat
    FROM paragraphs pa
    WHERE pa.cable_id IN (SELECT cable_id FROM page)
  )
  SELECT page.ref_id AS "refId", page.roles, page.names, page.title, page.paragraph_position AS position, n.number, n.repeat, n.text
  FROM page LEFT JOIN numbered n ON n.cable_id = page.cable_id AND n.position = page.paragraph_position
  ORDER BY page.sent_at ASC NULLS LAST, page.ref_id ASC, page.paragraph_position ASC NULLS FIRST`;

export async function getPersonPage({ slug, page, pageSize, relatedLimit }: { slug: string; relatedLimit: number } & Paging): Promise<PersonPage | null> {
  const person = await findPerson(slug);
  if (!person) return null;
  const prisma = getPrisma();
  const [timeline, roles, posts, related, [counted], rows] = await Promise.all([
    timelineWhere(Prisma.sql`JOIN (SELECT DISTINCT cable_id FROM person_mentions WHERE person_id = ${person.id}) named ON named.cable_id = c.id`, Prisma.sql`TRUE`),
    prisma.$queryRaw<KindCount<PersonRole>[]>`
      SELECT role::text AS kind, count(*)::int AS count FROM person_mentions WHERE person_id = ${person.id} GROUP BY 1 ORDER BY 2 DESC`,
    prisma.$queryRaw<PostCount[]>`
      SELECT c.origin AS name, count(DISTINCT c.id)::int AS count
      FROM person_mentions m JOIN cables c ON c.id = m.cable_id
      WHERE m.person_id = ${person.id} AND c.origin IS NOT NULL
      GROUP BY c.origin ORDER BY count DESC, c.origin ASC LIMIT 20`,
    prisma.$queryRaw<RelatedPerson[]>`
      SELECT other.slug, other.display_name AS "displayName", count(DISTINCT theirs.cable_id)::int AS "sharedCables"
      FROM (SELECT DISTINCT cable_id FROM person_mentions WHERE person_id = ${person.id}) mine
      JOIN person_mentions theirs ON theirs.cable_id = mine.cable_id AND theirs.person_id <> ${person.id}
      JOIN people other ON other.id = theirs.person_id
      GROUP BY other.id
      ORDER BY "sharedCables" DESC, other.cable_count DESC, other.display_name ASC
      LIMIT ${relatedLimit}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT (cable_id, paragraph_position))::int AS total FROM person_mentions WHERE person_id = ${person.id}`,
    prisma.$queryRaw<MentionRow[]>(MENTION_ROWS(person.id, pageSize, (page - 1) * pageSize)),
  ]);
  const summaries = await prisma.cable.findMany({ where: { refId: { in: [...new Set(rows.map(({ refId }) => refId))] } }, select: SUMMARY_FIELDS });
  const byRefId = new Map(summaries.map((summary) => [summary.refId, summary]));
  const items = rows.flatMap((row): PersonMentionView[] => {
    const cable = byRefId.get(row.refId);
    if (!cable) return [];
    const paragraph =
      row.position === null || row.text === null ? null : { anchor: paragraphAnchor({ number: row.number, position: row.position }, (row.repeat ?? 1) - 1), number: row.number, text: row.text };
    return [{ cable, roles: row.roles, names: row.names, title: row.title, paragraph }];
  });
  return { ...person, timeline, roles, posts, related, mentions: { items, total: counted?.total ?? 0 } };
}

export type PersonSuggestion = PersonLink & { cableCount: number };


/**
 * People whose name, or a way the cables write it, has a word starting with the text typed
 * (`lavr` → Sergei Lavrov, `qadh` → Muammar al-Qadhafi), most named first.
 */
export async function suggestPeople(text: string, limit: number): Promise<PersonSuggestion[]> {
  const typed = text.trim().replace(/\s+/g, " ");
  if (!typed) return [];
  // The typed text is escaped into a literal: the pattern only says "at the start of a word".
  const pattern = `(^|[\\s'’-])${escapeRegExp(typed).replace(/ /g, " +")}`;
  return getPrisma().$queryRaw<PersonSuggestion[]>`
    SELECT p.slug, p.display_name AS "displayName", p.cable_count AS "cableCount"
    FROM people p
    WHERE p.search_names ~* ${pattern}
    ORDER BY p.cable_count DESC, p.display_name ASC
    LIMIT ${limit}`;
}
