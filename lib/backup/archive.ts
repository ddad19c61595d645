import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { corpusFingerprint } from "../db/fingerprint";
import { applyMigrations, readMigrations } from "../db/migrate";

/**
 * Backups of the archive without external tools (the embedded PostgreSQL ships no pg_dump): every
 * table as gzipped JSON Lines, all read in one repeatable-read snapshot so they agree with each
 * other, plus a manifest naming the schema's migrations, the row counts and each file's digest.
 * The search index is not copied: it is derived from PostgreSQL, and a restore rebuilds it.
 */

export const BACKUP_FORMAT = 1;
const MIGRATIONS_LEDGER = "_prisma_migrations";
const FETCH_ROWS = 1_000;
const INSERT_ROWS = 1_000;

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** Migrations applied to the backed-up database, in order: a restore replays exactly these first. */
  migrations: string[];
  /** In an order that satisfies every foreign key, with row counts and the digest of each file. */
  tables: { name: string; rows: number; file: string; sha256: string }[];
  /** A digest of every cable's content: a restored archive must show the same one. */
  corpusFingerprint: string;
  searchIndex: { isIncluded: false; note: string };
};


const TABLES = `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '${MIGRATIONS_LEDGER}' ORDER BY c.relname`;
const FOREIGN_KEYS = `SELECT src.relname AS "from", dst.relname AS "to" FROM pg_constraint k
  JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
  JOIN pg_namespace n ON n.oid = src.relnamespace
  WHERE k.contype = 'f' AND n.nspname = current_schema() AND src.oid <> dst.oid`;

/** Tables ordered so that each comes after the tables its foreign keys point to. Pure. */
export function loadOrder(tables: readonly string[], foreignKeys: readonly { from: string; to: string }[]): string[] {
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting") throw new Error(`Foreign keys form a cycle through table ${table}; it cannot be restored in one pass.`);
    state.set(table, "visiting");
    for (const { from, to } of foreignKeys) if (from === table && tables.includes(to)) visit(to);
    state.set(table, "done");
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return ordered;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export type BackupSummary = { dir: string; manifest: BackupManifest; durationMs: number };

/** Writes a backup of the database at `databaseUrl` into `dir` (created; must be empty). */
export async function backupArchive({ databaseUrl, dir, onTable }: { databaseUrl: string; dir: string; onTable?: (name: string, rows: number) => void }): Promise<BackupSummary> {
  const startedAt = Date.now();
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`The backup folder ${dir} is not empty: give a new or empty folder, so no earlier backup is mixed in.`);
  await mkdir(join(dir, "tables"));
  const client = new pg.Client({ connectionString: databaseUrl });
  // A server that goes away fails the running query (and so the command); never an uncaught event.
  client.on("error", () => undefined);
  await client.connect();
  try {
    // One snapshot for every table: rows written meanwhile are either all in or all out.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM ${MIGRATIONS_LEDGER} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map(({ name }) => name);
    const names = (await client.query<{ name: string }>(TABLES)).rows.map(({ name }) => name);
    const order = loadOrder(names, (await client.query<{ from: string; to: string }>(FOREIGN_KEYS)).rows);
    const tables: BackupManifest["tables"] = [];
    for (const name of order) {
      const file = join("tables", `${name}.jsonl.gz`);
      let rows = 0;
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${quoteIdent(name)} t`);
      async function* lines() {
        for (;;) {
          const { rows: batch } = await client.query<{ line: string }>(`FETCH ${FETCH_ROWS} FROM dump`);
          if (batch.length === 0) return;
          rows += batch.length;
          yield batch.map(({ line }) => `${line}\n`).join("");
        }
      }
      await pipeline(lines, createGzip(), createWriteStream(join(dir, file)));
      await client.query("CLOSE dump");
      tables.push({ name, rows, file, sha256: await sha256Of(join(dir, file)) });
      onTable?.(name, rows);
    }
    const fingerprint = await corpusFingerprint(client);
    await client.query("COMMIT");
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      corpusFingerprint: fingerprint,
      searchIndex: { isIncluded: false, note: "The search index is derived from PostgreSQL: `npm run restore` rebuilds it from the restored tables." },
    };
    await writeFile(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    return { dir, manifest, durationMs: Date.now() - startedAt };
  } finally {
    await client.end();
  }
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as BackupManifest;
  } catch (error) {
    throw new Error(`${dir} holds no readable manifest.json: is it a folder written by \`npm run backup\`?`, { cause: error });
  }
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${dir} is a backup in format ${String(manifest.format)}; this archive reads format ${BACKUP_FORMAT}.`);
  return manifest;
}

export type RestoreSummary = { tables: { name: string; rows: number }[]; migrationsAfter: string[]; corpusFingerprint: string; durationMs: number };

/**
 * Restores a backup into an empty database: replays the backup's migrations, checks each file
 * against its digest, loads the tables in foreign-key order, moves the id sequences past the
 * restored ids, then applies the migrations written since the backup. The caller rebuilds the
 * search index afterwards.
 */
export async function restoreArchive({ databaseUrl, dir, migrationsDir, onTable }: { databaseUrl: string; dir: string; migrationsDir: string; onTable?: (name: string, rows: number) => void }): Promise<RestoreSummary> {
  const startedAt = Date.now();
  const manifest = await readManifest(dir);
  const known = (await readMigrations(migrationsDir)).map(({ name }) => name);
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`The backup's schema has migrations this code does not know (${unknown.join(", ")}): restore it with the release that wrote it, or a later one.`);
  for (const table of manifest.tables) {
    const actual = await sha256Of(join(dir, table.file));
    if (actual !== table.sha256) throw new Error(`${table.file} does not match the digest in the manifest: the backup is damaged or was edited.`);
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  // A server that goes away fails the running query (and so the command); never an uncaught event.
  client.on("error", () => undefined);
  await client.connect();
  try {
    const hasCables = (await client.query<{ isPresent: boolean }>(`SELECT to_regclass('cables') IS NOT NULL AS "isPresent"`)).rows[0]?.isPresent;
    if (hasCables && (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM cables`)).rows[0]!.n > 0) {
      throw new Error("The database already holds cables: restore into an empty database, so nothing is merged or overwritten.");
    }
    const lastMigration = manifest.migrations.at(-1);
    if (lastMigration) await applyMigrations({ databaseUrl, migrationsDir, upTo: lastMigration });

    const restored: RestoreSummary["tables"] = [];
    await client.query("BEGIN");
    for (const table of manifest.tables) {
      const target = quoteIdent(table.name);
      await client.query(`DELETE FROM ${target}`);
      let rows = 0;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await client.query(`INSERT INTO ${target} SELECT * FROM json_populate_recordset(NULL::${target}, $1::json)`, [`[${batch.join(",")}]`]);
        rows += batch.length;
        batch = [];
      };
      const input = createInterface({ input: createReadStream(join(dir, table.file)).pipe(createGunzip()), crlfDelay: Infinity });
      for await (const line of input) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= INSERT_ROWS) await flush();
      }
      await flush();
      if (rows !== table.rows) throw new Error(`${table.file} holds ${rows} rows where the manifest says ${table.rows}.`);
      // Serial ids continue after the restored ones.
      const { rows: serial } = await client.query<{ sequence: string | null }>(
        `SELECT pg_get_serial_sequence($1, 'id') AS sequence FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $2 AND column_name = 'id'`,
        [target, table.name],
      );
      const sequence = serial[0]?.sequence;
      if (sequence) await client.query(`SELECT setval($1, (SELECT coalesce(max(id), 0) + 1 FROM ${target}), false)`, [sequence]);
      restored.push({ name: table.name, rows });
      onTable?.(table.name, rows);
    }
    await client.query("COMMIT");
    const { applied } = await applyMigrations({ databaseUrl, migrationsDir });
    const fingerprint = await corpusFingerprint(client);
    if (fingerprint !== manifest.corpusFingerprint) throw new Error("The restored cables do not match the backup's fingerprint.");
    return { tables: restored, migrationsAfter: applied, corpusFingerprint: fingerprint, durationMs: Date.now() - startedAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
