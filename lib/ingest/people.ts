import type { Meilisearch } from "meilisearch";
import type pg from "pg";
import { parseCable } from "../cable";
import type { PrismaClient } from "../db/client";
import { createGazetteerBuilder, PeopleResolver, type Gazetteer, type PeopleInput, type Person, type PersonMention } from "../people";
import { copyRows, type CopyValue } from "../db/copy";
import { corpusFingerprint } from "../db/fingerprint";
import { ExtractionThreads, extractInThread, GazetteerThread, THREADED_EXTRACTION_MIN_CABLES } from "./people-threads";
import { inTransaction } from "../db/transaction";
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
  /** Cables read back from PostgreSQL to learn the gazetteer: those not written by this run (all of them when it could not learn while writing). */
  readBack: number;
  durationMs: number;
};

type StoredCable = { id: number; refId: string; sentAt: string | null; origin: string | null; input: PeopleInput };

export type PeopleProgress = { step: "gazetteer" | "extract" | "resolve" | "write"; done: number; total: number };
type OnPeopleProgress = (progress: PeopleProgress) => void;

const PAGE_SIZE = 500;
const INSERT_ROWS = 5_000;
const INDEX_UPDATE_DOCUMENTS = 1_000;


const PAGE_KEYS = `SELECT id, ref_id AS "refId", content_hash AS "contentHash" FROM cables WHERE id > $1 ORDER BY id LIMIT ${PAGE_SIZE}`;
// One round trip per page, paragraphs as JSON: the extraction reads every paragraph of the corpus.
const PAGE_CABLES = `SELECT cables.id, cables.ref_id AS "refId", cables.sent_at AS "sentAt", cables.origin, cables.subject, cables.tags,
    cables.classified_by AS "classifiedBy", cables.signature, cables.header_block AS "headerBlock",
    CASE WHEN cables.header_block IS NULL THEN cables.source_text END AS "legacySource",
    coalesce((SELECT json_agg(json_build_object('index', p.position, 'number', p.number, 'marking', p.marking, 'text', p.text) ORDER BY p.position)
      FROM paragraphs p WHERE p.cable_id = cables.id), '[]'::json) AS paragraphs
  FROM cables WHERE cables.id = ANY($1::int[]) ORDER BY cables.id`;

type CableRow = {
  id: number;
  refId: string;
  sentAt: Date | null;
  origin: string | null;
  subject: string | null;
  tags: string[];
  classifiedBy: string | null;
  signature: string | null;
  headerBlock: string | null;
  legacySource: string | null;
  paragraphs: PeopleInput["paragraphs"];
};

/** The header block of cables stored before it had a column, read again from their source text. */
function headerBlockFromSource(refId: string, sourceText: string): string | null {
  const [outcome] = parseCable({ content: sourceText, file: `${refId}.txt`, format: "text" });
  return outcome?.ok ? outcome.value.headerBlock : null;
}

type Page = { lastId: number | null; cables: StoredCable[] };

async function readPage(pool: pg.Pool, afterId: number, isWanted: (refId: string, contentHash: string) => boolean): Promise<Page> {
  const { rows: keys } = await pool.query<{ id: number; refId: string; contentHash: string }>(PAGE_KEYS, [afterId]);
  if (keys.length === 0) return { lastId: null, cables: [] };
  const ids = keys.filter(({ refId, contentHash }) => isWanted(refId, contentHash)).map(({ id }) => id);
  const { rows } = ids.length > 0 ? await pool.query<CableRow>(PAGE_CABLES, [ids]) : { rows: [] as CableRow[] };
  const cables = rows.map((row) => ({
    id: row.id,
    refId: row.refId,
    sentAt: row.sentAt?.toISOString() ?? null,
    origin: row.origin,
    input: {
      subject: row.subject,
      tags: row.tags,
      classifiedBy: row.classifiedBy,
      signature: row.signature,
      headerBlock: row.headerBlock ?? (row.legacySource === null ? null : headerBlockFromSource(row.refId, row.legacySource)),
      paragraphs: row.paragraphs,
    },
  }));
  return { lastId: keys.at(-1)!.id, cables };
}

/**
 * Every stored cable (or those `isWanted` picks) as the extraction reads it, a page at a time so
 * the corpus never sits in memory; the next page is read while the caller works on this one.
 */
async function* storedPages(pool: pg.Pool, isWanted: (refId: string, contentHash: string) => boolean = () => true): AsyncGenerator<StoredCable[]> {
  let next = readPage(pool, 0, isWanted);
  for (;;) {
    const page = await next;
    if (page.lastId === null) return;
    next = readPage(pool, page.lastId, isWanted);
    // Surfaced by the await above on the next turn; never an unhandled rejection if the caller stops.
    next.catch(() => undefined);
    if (page.cables.length > 0) yield page.cables;
  }
}

async function* storedCables(pool: pg.Pool, isWanted?: (refId: string, contentHash: string) => boolean): AsyncGenerator<StoredCable> {
  for await (const page of storedPages(pool, isWanted)) yield* page;
}

type LearnedCable = { refId: string; contentHash: string; input: PeopleInput };

/**
 * Learns the gazetteer from cables while the ingest writes them, on a thread of its own (started
 * with the first cable), so that the people stage does not read them back: the first pass over
 * the corpus then costs no wall time of its own. It remembers which version of each cable it
 * learned; the people stage learns the cables it did not see from PostgreSQL, and starts over
 * from PostgreSQL if what it learned is not what ended up stored (one reference id written twice
 * in a run) or the thread failed. The ingest closes it.
 */
export class GazetteerHeadStart {
  private thread: GazetteerThread | null = null;
  private readonly learned = new Map<string, string>();
  private isSpoiled = false;

  /** Sends written cables to be learned; returns at once. */
  add(cables: LearnedCable[]): void {
    if (this.isSpoiled || cables.length === 0) return;
    for (const { refId, contentHash } of cables) {
      if (this.learned.has(refId)) {
        this.isSpoiled = true;
        return;
      }
      this.learned.set(refId, contentHash);
    }
    this.thread ??= new GazetteerThread();
    this.thread.add(cables.map(({ input }) => input));
  }

  /** Waits until at most `limit` cables wait to be learned, so parsed cables do not pile up in memory. */
  async whenBacklogAtMost(limit: number): Promise<void> {
    await this.thread?.whenBacklogAtMost(limit);
  }

  /** The version learned per reference id, and a thread to learn more from and build with; null if spoiled. */
  learnedSoFar(): { learned: ReadonlyMap<string, string>; thread: GazetteerThread } | null {
    if (this.isSpoiled || this.thread?.error) return null;
    this.thread ??= new GazetteerThread();
    return { learned: this.learned, thread: this.thread };
  }

  async close(): Promise<void> {
    await this.thread?.close();
  }
}

/** The gazetteer of every stored cable, and how many cables it had to read back from PostgreSQL for it. */
async function learnGazetteer(pool: pg.Pool, total: number, headStart: GazetteerHeadStart | undefined, onProgress: OnPeopleProgress): Promise<{ gazetteer: Gazetteer; readBack: number }> {
  const head = headStart?.learnedSoFar() ?? null;
  let readBack = 0;
  if (head) {
    // The cables written this run are learned: learn the others, and check that each learned version is the stored one.
    let stillStored = 0;
    const isWanted = (refId: string, contentHash: string) => {
      const learnedHash = head.learned.get(refId);
      if (learnedHash === contentHash) stillStored++;
      return learnedHash !== contentHash;
    };
    for await (const page of storedPages(pool, isWanted)) {
      head.thread.add(page.map(({ input }) => input));
      readBack += page.length;
      onProgress({ step: "gazetteer", done: head.learned.size + readBack, total });
      await head.thread.whenBacklogAtMost(PAGE_SIZE);
    }
    if (stillStored === head.learned.size) {
      const gazetteer = await head.thread.built().catch(() => null);
      if (gazetteer) return { gazetteer, readBack };
    }
  }
  readBack = 0;
  const builder = createGazetteerBuilder();
  for await (const cable of storedCables(pool)) {
    builder.add(cable.input);
    if (++readBack % PAGE_SIZE === 0) onProgress({ step: "gazetteer", done: readBack, total });
  }
  return { gazetteer: builder.build(), readBack };
}

type Extraction = { people: Person[]; cableIds: Map<string, number> };

/**
 * Extracts every stored cable's mentions and resolves them; each cable is let go once the resolver
 * has its mentions. A page is extracted while the one before it is handed to the resolver.
 */
async function extractAndResolve(pool: pg.Pool, gazetteer: Gazetteer, total: number, onProgress: OnPeopleProgress): Promise<Extraction> {
  const threads = total >= THREADED_EXTRACTION_MIN_CABLES ? new ExtractionThreads(gazetteer) : null;
  const extract = threads?.extract ?? extractInThread(gazetteer);
  const resolver = new PeopleResolver();
  const cableIds = new Map<string, number>();
  const addPage = (page: StoredCable[], mentions: PersonMention[][]) => {
    page.forEach((cable, i) => {
      cableIds.set(cable.refId, cable.id);
      if (mentions[i]!.length > 0) resolver.add({ refId: cable.refId, sentAt: cable.sentAt, origin: cable.origin, mentions: mentions[i]! });
    });
    onProgress({ step: "extract", done: cableIds.size, total });
  };
  try {
    let previous: Promise<void> = Promise.resolve();
    for await (const page of storedPages(pool)) {
      const extracted = extract(page.map(({ input }) => input));
      extracted.catch(() => undefined);
      await previous;
      previous = extracted.then((mentions) => addPage(page, mentions));
      previous.catch(() => undefined);
    }
    await previous;
  } finally {
    await threads?.close();
  }
  onProgress({ step: "resolve", done: 0, total });
  return { people: resolver.resolve(), cableIds };
}

type PersonRow = {
  slug: string;
  display_name: string;
  surname: string;
  variants: string[];
  titles: string[];
  search_names: string;
  mention_count: number;
  cable_count: number;
  first_sent_at: string | null;
  last_sent_at: string | null;
};

function personRowOf(person: Person): PersonRow {
  let first: string | null = null;
  let last: string | null = null;
  const cables = new Set<string>();
  for (const { sentAt, refId } of person.mentions) {
    cables.add(refId);
    if (sentAt === null) continue;
    if (first === null || sentAt < first) first = sentAt;
    if (last === null || sentAt > last) last = sentAt;
  }
  return {
    slug: person.key,
    display_name: person.displayName,
    surname: person.mentions[0]?.surname ?? person.displayName,
    variants: person.variants,
    titles: person.titles,
    search_names: [person.displayName, ...person.variants].join("\n"),
    mention_count: person.mentions.length,
    cable_count: cables.size,
    first_sent_at: first,
    last_sent_at: last,
  };
}

/** The display names each cable names, in order of first mention. */
function namesByCableOf(people: readonly Person[], cableIds: ReadonlyMap<string, number>): Map<number, string[]> {
  const namesByCable = new Map<number, string[]>();
  for (const person of people) {
    for (const mention of person.mentions) {
      const cableId = cableIds.get(mention.refId)!;
      const names = namesByCable.get(cableId);
      if (!names) namesByCable.set(cableId, [person.displayName]);
      else if (!names.includes(person.displayName)) names.push(person.displayName);
    }
  }
  return namesByCable;
}

const MENTION_COLUMNS = ["person_id", "cable_id", "paragraph_position", "role", "name", "title"];

/** One row per mention, made as they are copied: too many to hold at full size. */
function* mentionRows(people: readonly Person[], personIds: ReadonlyMap<string, number>, cableIds: ReadonlyMap<string, number>): Generator<CopyValue[]> {
  for (const person of people) {
    const personId = personIds.get(person.key)!;
    for (const mention of person.mentions) yield [personId, cableIds.get(mention.refId)!, mention.paragraphIndex, mention.role, mention.name, mention.title];
  }
}

const SQL = {
  namesByCable: `SELECT person_mentions.cable_id AS "cableId", array_agg(DISTINCT people.display_name ORDER BY people.display_name) AS names
    FROM person_mentions JOIN people ON people.id = person_mentions.person_id GROUP BY person_mentions.cable_id`,
  insertPeople: `INSERT INTO people (slug, display_name, surname, variants, titles, search_names, mention_count, cable_count, first_sent_at, last_sent_at)
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS input(slug text, display_name text, surname text, variants text[], titles text[], search_names text, mention_count int, cable_count int, first_sent_at timestamptz, last_sent_at timestamptz)
    RETURNING id, slug`,
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
  headStart,
  onProgress = () => undefined,
}: {
  prisma: PrismaClient;
  pool: pg.Pool;
  search: Meilisearch;
  indexUid?: string;
  isForced?: boolean;
  /** The gazetteer the ingest learned while writing, if it did. */
  headStart?: GazetteerHeadStart;
  onProgress?: OnPeopleProgress;
}): Promise<PeopleRefresh> {
  const startedAt = Date.now();
  // Equal fingerprints mean the people would come out equal.
  const fingerprint = await corpusFingerprint(pool);
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
    return { isSkipped: true, people, mentions, reindexed, readBack: 0, durationMs: Date.now() - startedAt };
  }

  const total = await prisma.cable.count();
  const { gazetteer, readBack } = await learnGazetteer(pool, total, headStart, onProgress);
  const { people, cableIds } = await extractAndResolve(pool, gazetteer, total, onProgress);
  const personRows = people.map(personRowOf);
  const mentionCount = people.reduce((sum, person) => sum + person.mentions.length, 0);
  const namesByCable = namesByCableOf(people, cableIds);
  onProgress({ step: "write", done: 0, total: mentionCount });

  const before = await inTransaction(pool, async (client) => {
    const current = await currentNamesByCable(client);
    // DELETE rather than TRUNCATE: readers keep seeing the old people until the commit.
    await client.query("DELETE FROM person_mentions");
    await client.query("DELETE FROM people");
    const personIds = new Map<string, number>();
    for (let i = 0; i < personRows.length; i += INSERT_ROWS) {
      const { rows } = await client.query<{ id: number; slug: string }>(SQL.insertPeople, [JSON.stringify(personRows.slice(i, i + INSERT_ROWS))]);
      for (const { id, slug } of rows) personIds.set(slug, id);
    }
    await copyRows(client, "person_mentions", MENTION_COLUMNS, mentionRows(people, personIds, cableIds));
    await client.query(SQL.saveState, [fingerprint, PEOPLE_RULES_VERSION]);
    return current;
  });

  // Cables waiting to be indexed are left out: they will be sent whole, people included.
  const refIds = await indexedRefIdsById(pool);
  const changed = [...new Set([...before.keys(), ...namesByCable.keys()])].filter((id) => refIds.has(id) && !sameNames(before.get(id), namesByCable.get(id)));
  await updateIndexedPeople(
    search,
    indexUid,
    changed.map((id) => ({ id: refIds.get(id)!, people: namesByCable.get(id) ?? [] })),
  );
  await pool.query(SQL.indexDone);
  return { isSkipped: false, people: personRows.length, mentions: mentionCount, reindexed: changed.length, readBack, durationMs: Date.now() - startedAt };
}

/** After a full rebuild the index holds the people the tables hold. */
export async function markPeopleIndexed(pool: pg.Pool): Promise<void> {
  await pool.query(SQL.indexDone);
}
