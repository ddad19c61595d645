import type pg from "pg";

// An ordered digest of every cable's reference id and content hash.
const CORPUS_FINGERPRINT = `SELECT md5(coalesce(string_agg(ref_id || ':' || content_hash, ',' ORDER BY ref_id), '')) AS fingerprint FROM cables`;

/**
 * One digest of the whole corpus: equal digests mean the same cables with the same content. The
 * people stage skips when it is unchanged; backups record it and restores check it.
 */
export async function corpusFingerprint(db: pg.ClientBase | pg.Pool): Promise<string> {
  const { rows } = await db.query<{ fingerprint: string }>(CORPUS_FINGERPRINT);
  return rows[0]!.fingerprint;
}
