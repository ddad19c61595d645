import pg from "pg";

export const hasCorpus = Boolean(process.env.E2E_HAS_CORPUS);

/** Reads the e2e archive's database, so tests can assert against what was really ingested. */
export async function queryArchive<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test -- e2e`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
