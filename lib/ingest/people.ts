import type { Meilisearch } from "meilisearch";
import type pg from "pg";
import { parseCable } from "../cable";
import type { PrismaClient } from "../db/client";
import { createGazetteerBuilder, extractMentions, resolvePeople, type CableMentions, type Gazetteer, type PeopleInput, type Person } from "../people";
import { expectTaskSucceeded } from "../search/client";
import { CABLES_INDEX } from "../search/settings";

/**
 * Bump when the extraction or resolution rules change: the next ingest then rebuilds the people
 * tables even though no cable changed.
 */
export const PEOPLE_RULES_VERSION = 1;

export type PeopleRefresh = {
  /** Nothing changed since the last refresh: the tables were not rebuilt. */
  isSkipped: boolean;
  people: number;
  mentions: number;
  /** Cables whose list of people changed in the search index. */
  reindexed: number;
  durationMs: number;
};

type StoredCable = { id: number; refId: string; sentAt: string | null; origin: string | null; input: PeopleInput };

const PAGE_SIZE = 500;
const INSERT_ROWS = 5_000;
const INDEX_UPDATE_DOCUMENTS = 1_000;

// An ordered digest of every cable's content: equal digests mean the people would come out equal.
const CORPUS_FINGERPRINT = `SELECT md5(coalesce(string_agg(ref_id || ':' || content_hash, ',' ORDER BY ref_id), '')) AS fingerprint FROM cables`;

/** The header block of cables stored before it had a column, read again from their source text. */
function headerBlockFromSource(refId: string, sourceText: string): string | null {
  const [outcome] = parseCable({ content: sourceText, file: `${refId}.txt`, format: "text" });
  return outcome?.ok ? outcome.value.headerBlock : null;
}

/** Every stored cable as the extraction reads it, a page at a time (the corpus never sits in memory). */
async function* storedCables(prisma: PrismaClient): AsyncGenerator<StoredCable> {
  let afterId = 0;
  for (;;) {
    const rows = await prisma.cable.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: {
        id: true,
        refId: true,
        sentAt: true,
        origin: true,
        subject: true,
        tags: true,
        classifiedBy: true,
        signature: true,
        headerBlock: true,
        paragraphs: { select: { position: true, number: true, marking: true, text: true }, orderBy: { position: "asc" } },
      },
    });
    if (rows.length === 0) return;
    afterId = rows.at(-1)!.id;
    const missingHeader = rows.filter((row) => row.headerBlock === null).map((row) => row.id);
    const sources = missingHeader.length > 0 ? await prisma.cable.findMany({ where: { id: { in: missingHeader } }, select: { id: true, refId: true, sourceText: true } }) : [];
    const recovered = new Map(sources.map(({ id, refId, sourceText }) => [id, headerBlockFromSource(refId, sourceText)]));
    for (const row of rows) {
      yield {
        id: row.id,
        refId: row.refId,
        sentAt: row.sentAt?.toISOString() ?? null,
        origin: row.origin,
        input: {
          subject: row.subject,
          tags: row.tags,
          classifiedBy: row.classifiedBy,
          signature: row.signature,
          headerBlock: row.headerBlock ?? recovered.get(row.id) ?? null,
          paragraphs: row.paragraphs.map(({ position, ...paragraph }) => ({ ...paragraph, index: position })),
        },
      };
    }
  }
}

async function learnGazetteer(prisma: PrismaClient): Promise<Gazetteer> {
  const builder = createGazetteerBuilder();
  for await (const cable of storedCables(prisma)) builder.add(cable.input);
  return builder.build();
}

type Extraction = { cables: CableMentions[]; cableIds: Map<string, number> };

async function extractAll(prisma: PrismaClient, gazetteer: Gazetteer): Promise<Extraction> {
  const cables: CableMentions[] = [];
  const cableIds = new Map<string, number>();
  for await (const cable of storedCables(prisma)) {
    cableIds.set(cable.refId, cable.id);
    const mentions = extractMentions(cable.input, gazetteer);
    if (mentions.length > 0) cables.push({ refId: cable.refId, sentAt: cable.sentAt, origin: cable.origin, mentions });
  }
  return { cables, cableIds };
}

/** The row of each person and the display names each cable names, in order of first mention. */
function tabulate(people: Person[], cableIds: ReadonlyMap<string, number>) {
  const personRows = people.map((person) => {
    const dates = person.mentions.flatMap(({ sentAt }) => (sentAt ? [sentAt] : [])).sort();
    return {
      slug: person.key,
      display_name: person.displayName,
      surname: person.mentions[0]?.surname ?? person.displayName,
      variants: person.variants,
      titles: person.titles,
      mention_count: person.mentions.length,
      cable_count: new Set(person.mentions.map(({ refId }) => refId)).size,
      first_sent_at: dates[0] ?? null,
      last_sent_at: dates.at(-1) ?? null,
    };
  });
  const namesByCable = new Map<number, string[]>();
  const mentionRows = people.flatMap((person) =>
    person.mentions.map((mention) => {
      const cableId = cableIds.get(mention.refId)!;
      const names = namesByCable.get(cableId) ?? [];
      if (!names.includes(person.displayName)) names.push(person.displayName);
      namesByCable.set(cableId, names);
      return { slug: person.key, cable_id: cableId, paragraph_position: mention.paragraphIndex, role: mention.role, name: mention.name, title: mention.title };
    }),
  );
  return { personRows, mentionRows, namesByCable };
}

const SQL = {
  namesByCable: `SELECT person_mentions.cable_id AS "cableId", array_agg(DISTINCT people.display_name ORDER BY people.display_name) AS names
    FROM person_mentions JOIN people ON people.id = person_mentions.person_id GROUP BY person_mentions.cable_id`,
  insertPeople: `INSERT INTO people (slug, display_name, surname, variants, titles, mention_count, cable_count, first_sent_at, last_sent_at)
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS input(slug text, display_name text, surname text, variants text[], titles text[], mention_count int, cable_count int, first_sent_at timestamptz, last_sent_at timestamptz)`,
  insertMentions: `INSERT INTO person_mentions (person_id, cable_id, paragraph_position, role, name, title)
    SELECT people.id, input.cable_id, input.paragraph_position, input.role, input.name, input.title
    FROM jsonb_to_recordset($1::jsonb) AS input(slug text, cable_id int, paragraph_position int, role "PersonRole", name text, title text)
    JOIN people ON people.slug = input.slug`,
  saveState: `INSERT INTO people_state (id, corpus_fingerprint, rules_version, is_index_pending, refreshed_at) VALUES (1, $1, $2, true, now())
    ON CONFLICT (id) DO UPDATE SET corpus_fingerprint = EXCLUDED.corpus_fingerprint, rules_version = EXCLUDED.rules_version, is_index_pending = true, refreshed_at = now()`,
  indexDone: `UPDATE people_state SET is_index_pending = false`,
};

// Names are unique within one cable's list.
const sameNames = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((name) => b.includes(name));

/** Sends each cable's people to the index as a partial update: the rest of the document stays. */
async function updateIndexedPeople(search: Meilisearch, indexUid: string, updates: { id: string; people: string[] }[]): Promise<void> {
  for (let i = 0; i < updates.length; i += INDEX_UPDATE_DOCUMENTS) {
    await expectTaskSucceeded(search.index(indexUid).updateDocuments(updates.slice(i, i + INDEX_UPDATE_DOCUMENTS)), 600_000);
  }
}

/** Cables whose current content the index holds: the only ones a partial update may touch. */
async function indexedRefIdsById(pool: pg.Pool): Promise<Map<number, string>> {
  const { rows } = await pool.query<{ id: number; refId: string }>(`SELECT id, ref_id AS "refId" FROM cables WHERE indexed_hash = content_hash`);
  return new Map(rows.map(({ id, refId }) => [id, refId]));
}

async function currentNamesByCable(db: pg.ClientBase | pg.Pool): Promise<Map<number, string[]>> {
  const { rows } = await db.query<{ cableId: number; names: string[] }>(SQL.namesByCable);
  return new Map(rows.map(({ cableId, names }) => [cableId, names]));
}

/**
 * The people stage of an ingest: learns the gazetteer from every stored cable, extracts and
 * resolves the people they name, replaces the people tables in one transaction, then gives each
 * indexed cable whose people changed its new list in the search index (cables still to be
 * indexed get theirs with their whole document). Skipped when neither the corpus
 * nor the rules changed; an interrupted index update is finished by the next run.
 * The caller holds the ingest lock.
 */
export async function refreshPeople({
  prisma,
  pool,
  search,
  indexUid = CABLES_INDEX,
  isForced = false,
}: {
  prisma: PrismaClient;
  pool: pg.Pool;
  search: Meilisearch;
  indexUid?: string;
  isForced?: boolean;
}): Promise<PeopleRefresh> {
  const startedAt = Date.now();
  const [{ fingerprint }] = (await pool.query<{ fingerprint: string }>(CORPUS_FINGERPRINT)).rows as [{ fingerprint: string }];
  const state = await prisma.peopleState.findUnique({ where: { id: 1 } });
  const isCurrent = !isForced && state?.corpusFingerprint === fingerprint && state.rulesVersion === PEOPLE_RULES_VERSION;
  if (isCurrent) {
    let reindexed = 0;
    if (state.isIndexPending) {
      // The last refresh stopped before the index had every cable's people: send them all again
      // (cables waiting to be indexed get theirs with their whole document).
      const [names, refIds] = await Promise.all([currentNamesByCable(pool), indexedRefIdsById(pool)]);
      const updates = [...refIds].map(([id, refId]) => ({ id: refId, people: names.get(id) ?? [] }));
      await updateIndexedPeople(search, indexUid, updates);
      await pool.query(SQL.indexDone);
      reindexed = updates.length;
    }
    const [people, mentions] = await Promise.all([prisma.person.count(), prisma.personMention.count()]);
    return { isSkipped: true, people, mentions, reindexed, durationMs: Date.now() - startedAt };
  }

  const gazetteer = await learnGazetteer(prisma);
  const { cables, cableIds } = await extractAll(prisma, gazetteer);
  const people = resolvePeople(cables);
  const { personRows, mentionRows, namesByCable } = tabulate(people, cableIds);

  const client = await pool.connect();
  let before: Map<number, string[]>;
  try {
    await client.query("BEGIN");
    before = await currentNamesByCable(client);
    // DELETE rather than TRUNCATE: readers keep seeing the old people until the commit.
    await client.query("DELETE FROM person_mentions");
    await client.query("DELETE FROM people");
    for (let i = 0; i < personRows.length; i += INSERT_ROWS) await client.query(SQL.insertPeople, [JSON.stringify(personRows.slice(i, i + INSERT_ROWS))]);
    for (let i = 0; i < mentionRows.length; i += INSERT_ROWS) await client.query(SQL.insertMentions, [JSON.stringify(mentionRows.slice(i, i + INSERT_ROWS))]);
    await client.query(SQL.saveState, [fingerprint, PEOPLE_RULES_VERSION]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }

  // Cables waiting to be indexed are left out: they will be sent whole, people included.
  const refIds = await indexedRefIdsById(pool);
  const changed = [...new Set([...before.keys(), ...namesByCable.keys()])].filter((id) => refIds.has(id) && !sameNames(before.get(id), namesByCable.get(id)));
  await updateIndexedPeople(
    search,
    indexUid,
    changed.map((id) => ({ id: refIds.get(id)!, people: namesByCable.get(id) ?? [] })),
  );
  await pool.query(SQL.indexDone);
  return { isSkipped: false, people: personRows.length, mentions: mentionRows.length, reindexed: changed.length, durationMs: Date.now() - startedAt };
}

/** After a full rebuild the index holds the people the tables hold. */
export async function markPeopleIndexed(pool: pg.Pool): Promise<void> {
  await pool.query(SQL.indexDone);
}
