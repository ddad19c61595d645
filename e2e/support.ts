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

/** A cable citing another cable the archive holds (the development corpus has such pairs), or undefined. */
export async function findCitingPair(): Promise<{ citing: string; cited: string } | undefined> {
  const [pair] = await queryArchive<{ citing: string; cited: string }>(
    `SELECT c.ref_id AS citing, r.target_ref_id AS cited FROM cable_references r JOIN cables c ON c.id = r.cable_id
     WHERE r.target_ref_id IN (SELECT ref_id FROM cables) AND r.target_ref_id <> c.ref_id ORDER BY 1 LIMIT 1`,
  );
  return pair;
}
