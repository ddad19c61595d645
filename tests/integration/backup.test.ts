import { appendFile, copyFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import { describe, expect, inject, test } from "vitest";
import { backupArchive, readManifest, restoreArchive } from "../../lib/backup/archive";
import { applyMigrations } from "../../lib/db/migrate";
import { createPrismaClient } from "../../lib/db/client";
import { rebuildIndex } from "../../lib/ingest/reindex";
import { runIngest } from "../../lib/ingest/run";
import { disposeAfterEach, type TestArchive } from "../support/archive";
import { createTestDatabase } from "../support/database";
import { hasCorpus, readDumpCsv, toDumpCsv } from "../unit/cable/corpus";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(PROJECT_ROOT, "prisma", "sample-cables");
const MIGRATIONS = join(PROJECT_ROOT, "prisma", "migrations");

const { archive, tempDir, defer } = disposeAfterEach("backup");

async function emptyDatabase(): Promise<string> {
  const database = await createTestDatabase(inject("templateDatabaseUrl"), { isMigrated: false });
  defer(database.drop);
  return database.url;
}

/** Row counts of every table, and digests of the content a reader sees. */
async function contentOf(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0]!.n;
    const digest = async (sql: string) => (await client.query<{ digest: string }>(sql)).rows[0]!.digest;
    return {
      counts,
      cables: await digest(`SELECT md5(string_agg(ref_id || ':' || content_hash || ':' || coalesce(indexed_hash, ''), ',' ORDER BY ref_id)) AS digest FROM cables`),
      paragraphs: await digest(`SELECT md5(string_agg(c.ref_id || ':' || p.position || ':' || p.text, E'\\n' ORDER BY c.ref_id, p.position)) AS digest FROM paragraphs p JOIN cables c ON c.id = p.cable_id`),
      versions: await digest(`SELECT md5(coalesce(string_agg(c.ref_id || ':' || v.content_hash || ':' || v.source_text, E'\\n' ORDER BY c.ref_id, v.content_hash), '')) AS digest FROM cable_versions v JOIN cables c ON c.id = v.cable_id`),
      people: await digest(`SELECT md5(string_agg(p.slug || ':' || p.display_name || ':' || p.search_names || ':' || m.role || ':' || c.ref_id || ':' || coalesce(m.paragraph_position, -1), ',' ORDER BY p.slug, c.ref_id, m.paragraph_position, m.role, m.name)) AS digest
        FROM person_mentions m JOIN people p ON p.id = m.person_id JOIN cables c ON c.id = m.cable_id`),
    };
  } finally {
    await client.end();
  }
}

async function ingestInto(target: TestArchive, paths: string[]) {
  return runIngest({ prisma: target.prisma, search: target.search, databaseUrl: target.databaseUrl, options: { paths, indexUid: target.indexUid } });
}

describe("backup and restore", () => {
  test("a backup restored into an empty database, with the index rebuilt, is the same archive", async () => {
    const source = await archive();
    const corpus = await tempDir();
    await copyFile(join(SEEDS, "06ROME1755.txt"), join(corpus, "06ROME1755.txt"));
    await copyFile(join(SEEDS, "07ROME535.txt"), join(corpus, "07ROME535.txt"));
    if (hasCorpus) await writeFile(join(corpus, "cables.csv"), toDumpCsv(readDumpCsv("cables.csv").slice(0, 200).map(({ fields }) => fields)));
    // A failed input: its ledger entry (no reference id) must survive too.
    await writeFile(join(corpus, "broken.txt"), "");
    await ingestInto(source, [corpus]);
    // A second version of a seed, so earlier versions are in the backup too.
    await appendFile(join(corpus, "06ROME1755.txt"), "\n\nADDED IN A LATER VERSION.\n");
    expect(await ingestInto(source, [corpus])).toMatchObject({ updated: 1, failed: 1 });

    const dir = join(await tempDir(), "backup");
    const backup = await backupArchive({ databaseUrl: source.databaseUrl, dir });
    const before = await contentOf(source.databaseUrl);
    expect(backup.manifest.tables.find(({ name }) => name === "cables")?.rows).toBe(before.counts.cables);
    // Parents before children: every foreign key points backwards.
    const order = backup.manifest.tables.map(({ name }) => name);
    expect(order.indexOf("cables")).toBeLessThan(order.indexOf("paragraphs"));
    expect(order.indexOf("posts")).toBeLessThan(order.indexOf("cables"));
    expect(order.indexOf("people")).toBeLessThan(order.indexOf("person_mentions"));

    const targetUrl = await emptyDatabase();
    const restored = await restoreArchive({ databaseUrl: targetUrl, dir, migrationsDir: MIGRATIONS });
    expect(restored.migrationsAfter).toEqual([]);
    const after = await contentOf(targetUrl);
    expect(after).toEqual(before);

    // The index is rebuilt from the restored tables and answers as the original did.
    const prisma = createPrismaClient(targetUrl);
    defer(() => prisma.$disconnect());
    const indexUid = `${source.indexUid}_restored`;
    defer(() => source.search.deleteIndexIfExists(indexUid).catch(() => undefined));
    const rebuilt = await rebuildIndex({ prisma, search: source.search, databaseUrl: targetUrl, indexUid });
    expect(rebuilt.reconciliation).toMatchObject({ isConsistent: true, databaseCount: before.counts.cables });
    const hitsOf = async (uid: string) => (await source.search.index(uid).search("Prodi", { limit: 50, attributesToRetrieve: ["refId"] })).hits.map(({ refId }) => refId).sort();
    expect(await hitsOf(indexUid)).toEqual(await hitsOf(source.indexUid));

    // New rows continue after the restored ids instead of colliding with them.
    const run = await prisma.ingestRun.create({ data: { paths: ["/after-restore"] } });
    expect(run.id).toBeGreaterThan(before.counts.ingest_runs!);
  });

  test("refuses a damaged backup, a database that holds cables, and a folder that is not a backup", async () => {
    const source = await archive();
    await ingestInto(source, [SEEDS]);
    const dir = join(await tempDir(), "backup");
    await backupArchive({ databaseUrl: source.databaseUrl, dir });
    await expect(backupArchive({ databaseUrl: source.databaseUrl, dir })).rejects.toThrow(/not empty/);

    await expect(restoreArchive({ databaseUrl: source.databaseUrl, dir, migrationsDir: MIGRATIONS })).rejects.toThrow(/already holds cables/);

    const manifest = await readManifest(dir);
    await appendFile(join(dir, manifest.tables.find(({ name }) => name === "cables")!.file), "tampered");
    await expect(restoreArchive({ databaseUrl: await emptyDatabase(), dir, migrationsDir: MIGRATIONS })).rejects.toThrow(/does not match the digest/);

    const notBackup = await tempDir();
    await expect(restoreArchive({ databaseUrl: await emptyDatabase(), dir: notBackup, migrationsDir: MIGRATIONS })).rejects.toThrow(/no readable manifest/);
  });

  test("a backup of the previous release's schema restores, then gains the migrations written since", async () => {
    // The previous release: the schema up to the people migration, with a person in it.
    const oldUrl = await emptyDatabase();
    await applyMigrations({ databaseUrl: oldUrl, migrationsDir: MIGRATIONS, upTo: "20261123120000_people" });
    const old = new pg.Client({ connectionString: oldUrl });
    await old.connect();
    try {
      await old.query(`INSERT INTO people (slug, display_name, surname, variants, titles, mention_count, cable_count) VALUES ('romano-prodi', 'Romano Prodi', 'Prodi', ARRAY['PRODI', 'Prodi'], ARRAY['PM'], 3, 2)`);
    } finally {
      await old.end();
    }
    const dir = join(await tempDir(), "backup");
    const backup = await backupArchive({ databaseUrl: oldUrl, dir });
    expect(backup.manifest.migrations.at(-1)).toBe("20261123120000_people");

    const targetUrl = await emptyDatabase();
    const restored = await restoreArchive({ databaseUrl: targetUrl, dir, migrationsDir: MIGRATIONS });
    expect(restored.migrationsAfter).toContain("20261123160000_people_name_search");
    const prisma = createPrismaClient(targetUrl);
    defer(() => prisma.$disconnect());
    expect(await prisma.person.findUniqueOrThrow({ where: { slug: "romano-prodi" } })).toMatchObject({ displayName: "Romano Prodi", searchNames: "Romano Prodi\nPRODI\nProdi" });
  });
});
