import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPrismaClient } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { runIngest } from "../../lib/ingest/run";
import { createMeiliClient } from "../../lib/search/client";
import { startLocalMeilisearch } from "../../lib/services/meilisearch";
import { findFreePort } from "../../lib/services/ports";
import { startEmbeddedPostgres, type RunningService } from "../../lib/services/postgres";
import { readOrCreateSecret } from "../../lib/services/secrets";
import { hasCorpus, readDumpCsv, toDumpCsv, warnIfNoCorpus } from "../unit/cable/corpus";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const MIGRATIONS = join(PROJECT_ROOT, "prisma", "migrations");
const log = () => undefined;

let dataDir: string;
let pgPort: number;
let postgres: RunningService;
let meili: RunningService;
let masterKey: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "cable-archive-ops-ingest-"));
  // The embedded PostgreSQL runs as another OS user when we are root: it must be able to enter.
  await chmod(dataDir, 0o755);
  pgPort = await findFreePort();
  masterKey = await readOrCreateSecret(join(dataDir, "meili-master-key"));
  postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, log });
  meili = await startLocalMeilisearch({ dataDir, port: await findFreePort(), masterKey, log });
}, 300_000);

afterAll(async () => {
  await meili?.stop();
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The same database name on another database of the server: an uninterrupted run to compare with. */
const withDatabase = (url: string, name: string) => url.replace(/\/[^/]+$/, `/${name}`);

async function stateOf(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ value: string }>(sql)).rows[0]!.value;
    return {
      cables: await one(`SELECT md5(string_agg(ref_id || ':' || content_hash || ':' || (indexed_hash = content_hash)::text, ',' ORDER BY ref_id)) AS value FROM cables`),
      paragraphs: await one(`SELECT count(*)::text AS value FROM paragraphs`),
      people: await one(`SELECT md5(string_agg(slug || ':' || mention_count, ',' ORDER BY slug)) AS value FROM people`),
      peoplePending: await one(`SELECT coalesce(bool_or(is_index_pending), false)::text AS value FROM people_state`),
    };
  } finally {
    await client.end();
  }
}

describe.skipIf(!hasCorpus)("an ingest interrupted by a database restart", () => {
  warnIfNoCorpus("ingest interrupted by a database restart");

  test("fails with the database's error, then the next run ends in exactly the state of an uninterrupted run", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "cable-archive-ops-corpus-"));
    try {
      await writeFile(join(corpus, "cables.csv"), toDumpCsv(readDumpCsv("cables.csv").slice(0, 1500).map(({ fields }) => fields)));
      const search = createMeiliClient({ url: meili.url, apiKey: masterKey });
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query("CREATE DATABASE reference");
      await admin.end();
      const referenceUrl = withDatabase(postgres.url, "reference");
      for (const url of [postgres.url, referenceUrl]) await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS });

      const ingest = async (databaseUrl: string, indexUid: string, onProgress?: (seen: number) => void) => {
        const prisma = createPrismaClient(databaseUrl);
        try {
          return await runIngest({ prisma, search, databaseUrl, options: { paths: [corpus], indexUid }, ...(onProgress ? { onProgress: ({ seen }) => onProgress(seen) } : {}) });
        } finally {
          await prisma.$disconnect().catch(() => undefined);
        }
      };

      const reference = await ingest(referenceUrl, "reference");
      expect(reference.reconciliation?.isConsistent).toBe(true);

      // Stop PostgreSQL a third of the way in, then start it again.
      let restart: Promise<void> | null = null;
      const interrupted = ingest(postgres.url, "interrupted", (seen) => {
        if (seen >= 500 && !restart) restart = postgres.stop();
      });
      await expect(interrupted).rejects.toThrow();
      await restart;
      postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, log });

      const resumed = await ingest(postgres.url, "interrupted");
      expect(resumed.reconciliation).toMatchObject({ isConsistent: true, databaseCount: reference.reconciliation!.databaseCount });
      expect(resumed.failed).toBe(reference.failed);
      expect(await stateOf(postgres.url)).toEqual(await stateOf(referenceUrl));
      const prisma = createPrismaClient(postgres.url);
      try {
        expect((await prisma.ingestRun.findMany({ orderBy: { id: "asc" }, select: { status: true } })).map(({ status }) => status)).toEqual(["interrupted", "finished"]);
      } finally {
        await prisma.$disconnect();
      }
      expect((await search.index("interrupted").getStats()).numberOfDocuments).toBe(reference.reconciliation!.databaseCount);
    } finally {
      await rm(corpus, { recursive: true, force: true });
    }
  }, 300_000);
});
