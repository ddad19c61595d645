import type pg from "pg";

/**
 * Runs `work` in one transaction on a client of `pool`: committed when it succeeds (or, with
 * `isRolledBack`, rolled back anyway, for dry runs), rolled back when it throws. While the client
 * is checked out, a connection the server drops fails the next query instead of crashing the
 * process (pg emits such losses as an 'error' event, fatal without a listener).
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, { isRolledBack = false }: { isRolledBack?: boolean } = {}): Promise<T> {
  const client = await pool.connect();
  const ignoreDroppedConnection = () => undefined;
  client.on("error", ignoreDroppedConnection);
  let failure: unknown = null;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query(isRolledBack ? "ROLLBACK" : "COMMIT");
    return result;
  } catch (error) {
    failure = error;
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.off("error", ignoreDroppedConnection);
    // A client that failed may hold a broken connection: the pool discards it rather than reuse it.
    client.release(failure !== null);
  }
}
