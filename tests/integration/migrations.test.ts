import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, test } from "vitest";
import { MigrationError, applyMigrations } from "../../lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/database";

const MIGRATIONS_DIR = resolve(import.meta.dirname, "../../prisma/migrations");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject("templateDatabaseUrl"), { isMigrated: false });
  cleanups.push(database.drop);
  return database;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("applyMigrations", () => {
  test("creates the schema on an empty database and records each migration the way Prisma does", async () => {
    const { url } = await emptyDatabase();
    const first = await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR });
    expect(first.applied.length).toBe(first.total);
    expect(first.total).toBeGreaterThan(0);

    const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(["cables", "paragraphs", "_prisma_migrations"]));
    const ledger = await query<{ migration_name: string; finished_at: Date | null; checksum: string }>(url, `SELECT migration_name, finished_at, checksum FROM "_prisma_migrations"`);
    expect(ledger).toHaveLength(first.total);
    expect(ledger.every((row) => row.finished_at !== null && /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  });

  test("a second run applies nothing", async () => {
    const { url } = await emptyDatabase();
    await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR });
    const second = await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR });
    expect(second.applied).toEqual([]);
  });

  test("concurrent runs apply each migration exactly once", async () => {
    const { url } = await emptyDatabase();
    const runs = await Promise.all([1, 2, 3].map(() => applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR })));
    expect(runs.flatMap((run) => run.applied)).toHaveLength(runs[0]!.total);
  });

  test("refuses a migration edited after it was applied", async () => {
    const { url } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await applyMigrations({ databaseUrl: url, migrationsDir: dir });
    const [firstMigration] = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    await writeFile(join(dir, firstMigration!, "migration.sql"), "-- edited\nSELECT 1;");
    await expect(applyMigrations({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(/was changed after it was applied/);
  });

  test("an archive on the first schema keeps its cables through later migrations, with tags and posts backfilled", async () => {
    const { url } = await emptyDatabase();
    const firstOnly = await mkdtemp(join(tmpdir(), "migrations-"));
    cleanups.push(() => rm(firstOnly, { recursive: true, force: true }));
    const [first] = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    await cp(join(MIGRATIONS_DIR, first!), join(firstOnly, first!), { recursive: true });
    await applyMigrations({ databaseUrl: url, migrationsDir: firstOnly });
    await query(url, `INSERT INTO cables (ref_id, origin, tags, source_text, source_format, content_hash) VALUES ('07ROME535', 'Embassy Rome', ARRAY['PREL','IT'], 'text', 'text', 'h')`);

    const later = await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR });
    expect(later.applied.length).toBe(later.total - 1);
    expect(await query(url, "SELECT name FROM posts")).toEqual([{ name: "Embassy Rome" }]);
    expect(await query(url, "SELECT tag_code, position FROM cable_tags ORDER BY position")).toEqual([
      { tag_code: "PREL", position: 0 },
      { tag_code: "IT", position: 1 },
    ]);
    expect(await query(url, "SELECT ref_id, indexed_hash FROM cables")).toEqual([{ ref_id: "07ROME535", indexed_hash: null }]);
  });

  test("a failing migration is rolled back whole and named in the error", async () => {
    const { url } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(join(dir, "99990101000000_broken"));
    await writeFile(join(dir, "99990101000000_broken", "migration.sql"), `CREATE TABLE "half_done" (id INT);\nALTER TABLE "no_such_table" ADD COLUMN x INT;`);
    const failure = applyMigrations({ databaseUrl: url, migrationsDir: dir });
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/99990101000000_broken failed and was rolled back: .*no_such_table/);
    const leftovers = await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(leftovers).toEqual([]);
  });
});
