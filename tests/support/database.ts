import { randomBytes } from "node:crypto";
import pg from "pg";

export type TestDatabase = { url: string; drop: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Refuses to touch anything but a loopback server: tests create and drop databases. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run destructive tests against a non-local database (${host}).`);
  }
}

async function withAdminClient<T>(templateUrl: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: either empty, or a copy of the migrated template. */
export async function createTestDatabase(templateUrl: string, { isMigrated }: { isMigrated: boolean }): Promise<TestDatabase> {
  assertLocalDatabase(templateUrl);
  const name = `test_${randomBytes(6).toString("hex")}`;
  const template = new URL(templateUrl).pathname.slice(1);
  await withAdminClient(templateUrl, (client) => client.query(isMigrated ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`));
  return {
    url: withDatabase(templateUrl, name),
    drop: () => withAdminClient(templateUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
