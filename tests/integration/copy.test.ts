import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { copyRows } from "../../lib/db/copy";
import { createTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase(inject("templateDatabaseUrl"), { isMigrated: false });
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
});

afterAll(async () => {
  await pool.end();
  await database.drop();
});

test("COPY lands every row as written, hostile text included", async () => {
  await pool.query("CREATE TABLE copied (id int, name text, note text, flag boolean)");
  const rows = [
    [1, "plain", null, true],
    [2, "tab\there, newline\nthere, CR\r", "back\\slash and \\N and \\t", false],
    [3, "\\N", "", null],
    [4, "Ünïcödé — “quotes” 'D'ALEMA'", "<script>alert(1)</script>", true],
  ] as const;
  const more = Array.from({ length: 2_500 }, (_, i) => [100 + i, `row ${i}`, i % 2 === 0 ? null : `note\t${i}`, i % 3 === 0] as const);
  const client = await pool.connect();
  try {
    expect(await copyRows(client, "copied", ["id", "name", "note", "flag"], [...rows, ...more])).toBe(rows.length + more.length);
  } finally {
    client.release();
  }
  const { rows: stored } = await pool.query<{ id: number; name: string; note: string | null; flag: boolean | null }>("SELECT id, name, note, flag FROM copied ORDER BY id");
  expect(stored.map(({ id, name, note, flag }) => [id, name, note, flag])).toEqual([...rows, ...more].map((row) => [...row]));
});

test("a row PostgreSQL refuses fails the copy with PostgreSQL's reason, and the client stays usable", async () => {
  const client = await pool.connect();
  try {
    await expect(copyRows(client, "copied", ["id", "name", "note", "flag"], [[1, "x", null, true], ["not a number", "y", null, false]])).rejects.toThrow(/invalid input syntax for type integer/);
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  } finally {
    client.release();
  }
});
