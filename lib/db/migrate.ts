import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording them in Prisma's own
 * `_prisma_migrations` table so `prisma migrate deploy` stays usable wherever its engine exists.
 * The Prisma CLI's schema engine is a native download, which these machines cannot fetch.
 */

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export type Migration = { name: string; sql: string; checksum: string };

// Arbitrary but fixed: concurrent migrators (two `npm start`s, parallel tests) queue on it.
const MIGRATION_LOCK_KEY = 72_707_013;

const CREATE_LEDGER = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

type LedgerRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; logs: string | null };

/** Applies pending migrations in name order; with `upTo`, only those up to and including that one (a restore replays a backup's schema first). */
export async function applyMigrations({ databaseUrl, migrationsDir, upTo }: { databaseUrl: string; migrationsDir: string; upTo?: string }): Promise<{ applied: string[]; total: number }> {
  const migrations = (await readMigrations(migrationsDir)).filter(({ name }) => upTo === undefined || name <= upTo);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_LEDGER);
    const { rows } = await client.query<LedgerRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const ledger = new Map(rows.map((row) => [row.migration_name, row]));
    const applied: string[] = [];

    for (const migration of migrations) {
      const record = ledger.get(migration.name);
      if (record?.finished_at) {
        if (record.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied. Migrations are forward-only: restore its file and add a new migration instead.`,
          );
        }
        continue;
      }
      if (record) {
        throw new MigrationError(
          `Migration ${migration.name} failed in an earlier run and was left unfinished (${record.logs ?? "no log"}). Repair the database, then mark it rolled back in "_prisma_migrations".`,
        );
      }
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied, total: migrations.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  // PostgreSQL DDL is transactional, so a failing migration leaves no half-applied schema behind.
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}
