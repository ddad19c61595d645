import { createHash } from "node:crypto";
import type { CableRecord } from "../cable/types";
import type pg from "pg";
import { describePost } from "../glossary/posts";
import { describeTag } from "../glossary/tags";
import { failureCodeOf, type FailureCode } from "./failures";

export type IngestOutcomeKind = "new" | "updated" | "unchanged" | "failed";
export type InputSource = { file: string; row: number | null };

/** One input of a run: a parsed cable, or the reason it could not be parsed. */
export type IngestItem =
  | { kind: "cable"; source: InputSource; record: CableRecord; format: string }
  | { kind: "failure"; source: InputSource; error: string };

export type ItemOutcome = { source: InputSource; refId: string | null; contentHash: string | null; outcome: IngestOutcomeKind; failureCode: FailureCode | null; reason: string | null };

/**
 * Bulk writes go through `pg` directly: Prisma's raw-query path keeps the parameters of past
 * queries alive, which for multi-megabyte batches grows the heap without bound.
 */
type Connection = pg.ClientBase;

/**
 * Same parsed content ⇒ same hash, whichever file, row or format carried it. Warnings describe
 * the parse, not the cable, and the raw source differs between formats of one cable.
 */
export function contentHashOf(record: CableRecord): string {
  const { source: _source, sourceText: _sourceText, warnings: _warnings, ...content } = record;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

const CABLE_COLUMNS = [
  ["ref_id", "text"],
  ["sent_at", "timestamptz"],
  ["sent_at_precision", '"DatePrecision"'],
  ["origin", "text"],
  ["destinations_to", "text[]"],
  ["destinations_info", "text[]"],
  ["classification", "text"],
  ["caveats", "text[]"],
  ["tags", "text[]"],
  ["subject", "text"],
  ["classified_by", "text"],
  ["classification_reasons", "text"],
  ["declassify_on", "date"],
  ["declassification", "text"],
  ["executive_order", "text"],
  ["precedence", "text"],
  ["signature", "text"],
  ["header_block", "text"],
  ["is_partial_extract", "boolean"],
  ["has_redactions", "boolean"],
  ["warnings", "text[]"],
  ["source_text", "text"],
  ["source_format", "text"],
  ["content_hash", "text"],
] as const;

const columnList = CABLE_COLUMNS.map(([name]) => `"${name}"`).join(", ");
const recordsetShape = CABLE_COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(", ");
const updateList = CABLE_COLUMNS.filter(([name]) => name !== "ref_id")
  .map(([name]) => `"${name}" = EXCLUDED."${name}"`)
  .join(", ");

// Each statement takes its rows as one JSON parameter that PostgreSQL unpacks: one round trip per
// batch and table, whatever the batch size.
const SQL = {
  upsertPosts: `INSERT INTO posts (name, kind, city, country)
    SELECT name, kind, city, country FROM jsonb_to_recordset($1::jsonb) AS input(name text, kind "PostKind", city text, country text)
    ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, city = EXCLUDED.city, country = EXCLUDED.country`,
  upsertTags: `INSERT INTO tags (code, kind, description)
    SELECT code, kind, description FROM jsonb_to_recordset($1::jsonb) AS input(code text, kind "TagKind", description text)
    ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, description = EXCLUDED.description`,
  keepEarlierVersions: `INSERT INTO cable_versions (cable_id, content_hash, source_text, source_format)
    SELECT id, content_hash, source_text, source_format FROM cables WHERE ref_id = ANY($1::text[])
    ON CONFLICT (cable_id, content_hash) DO NOTHING`,
  upsertCables: `INSERT INTO cables (${columnList})
    SELECT ${columnList} FROM jsonb_to_recordset($1::jsonb) AS input(${recordsetShape})
    ON CONFLICT (ref_id) DO UPDATE SET ${updateList}, updated_at = now()`,
  deleteChildren: [
    `DELETE FROM paragraphs USING cables WHERE paragraphs.cable_id = cables.id AND cables.ref_id = ANY($1::text[])`,
    `DELETE FROM cable_tags USING cables WHERE cable_tags.cable_id = cables.id AND cables.ref_id = ANY($1::text[])`,
    `DELETE FROM cable_references USING cables WHERE cable_references.cable_id = cables.id AND cables.ref_id = ANY($1::text[])`,
  ],
  insertParagraphs: `INSERT INTO paragraphs (cable_id, position, number, marking, text)
    SELECT cables.id, input.position, input.number, input.marking, input.text
    FROM jsonb_to_recordset($1::jsonb) AS input(ref_id text, position int, number int, marking text, text text)
    JOIN cables ON cables.ref_id = input.ref_id`,
  insertCableTags: `INSERT INTO cable_tags (cable_id, tag_code, position)
    SELECT cables.id, input.code, input.position
    FROM jsonb_to_recordset($1::jsonb) AS input(ref_id text, code text, position int)
    JOIN cables ON cables.ref_id = input.ref_id
    ON CONFLICT DO NOTHING`,
  insertReferences: `INSERT INTO cable_references (cable_id, position, letter, text, target_ref_id)
    SELECT cables.id, input.position, input.letter, input.text, input.target_ref_id
    FROM jsonb_to_recordset($1::jsonb) AS input(ref_id text, position int, letter text, text text, target_ref_id text)
    JOIN cables ON cables.ref_id = input.ref_id`,
  knownHashes: `SELECT ref_id, content_hash, true AS is_current FROM cables WHERE ref_id = ANY($1::text[])
    UNION ALL
    SELECT cables.ref_id, cable_versions.content_hash, false FROM cable_versions JOIN cables ON cables.id = cable_versions.cable_id WHERE cables.ref_id = ANY($1::text[])`,
  insertEntries: `INSERT INTO ingest_entries (run_id, file, row, ref_id, content_hash, outcome, reason)
    SELECT $1::int, file, row, ref_id, content_hash, outcome, reason
    FROM jsonb_to_recordset($2::jsonb) AS input(file text, row int, ref_id text, content_hash text, outcome "IngestOutcome", reason text)`,
  countRun: `UPDATE ingest_runs SET seen = seen + $2, new = new + $3, updated = updated + $4, unchanged = unchanged + $5, failed = failed + $6 WHERE id = $1`,
};

function cableRow(record: CableRecord, format: string, contentHash: string) {
  return {
    ref_id: record.refId,
    sent_at: record.sentAt,
    sent_at_precision: record.sentAtPrecision,
    origin: record.origin,
    destinations_to: record.destinations.to,
    destinations_info: record.destinations.info,
    classification: record.classification,
    caveats: record.caveats,
    tags: record.tags,
    subject: record.subject,
    classified_by: record.classifiedBy,
    classification_reasons: record.classificationReasons,
    declassify_on: record.declassifyOn,
    declassification: record.declassification,
    executive_order: record.executiveOrder,
    precedence: record.precedence,
    signature: record.signature,
    header_block: record.headerBlock,
    is_partial_extract: record.isPartialExtract,
    has_redactions: record.hasRedactions,
    warnings: record.warnings,
    source_text: record.sourceText,
    source_format: format,
    content_hash: contentHash,
  };
}

type CableItem = Extract<IngestItem, { kind: "cable" }> & { contentHash: string };

async function writeChangedCables(db: Connection, changed: CableItem[]): Promise<void> {
  const refIds = changed.map(({ record }) => record.refId);
  const posts = new Map(changed.flatMap(({ record }) => (record.origin ? [[record.origin, describePost(record.origin)] as const] : [])));
  const tags = new Map(changed.flatMap(({ record }) => record.tags.map((code) => [code, describeTag(code)] as const)));
  await db.query(SQL.upsertPosts, [JSON.stringify([...posts.values()])]);
  await db.query(SQL.upsertTags, [JSON.stringify([...tags.entries()].map(([code, tag]) => ({ ...tag, code })))]);
  await db.query(SQL.keepEarlierVersions, [refIds]);
  await db.query(SQL.upsertCables, [JSON.stringify(changed.map(({ record, format, contentHash }) => cableRow(record, format, contentHash)))]);
  for (const statement of SQL.deleteChildren) await db.query(statement, [refIds]);
  const paragraphs = changed.flatMap(({ record }) => record.paragraphs.map((p) => ({ ref_id: record.refId, position: p.index, number: p.number, marking: p.marking, text: p.text })));
  await db.query(SQL.insertParagraphs, [JSON.stringify(paragraphs)]);
  const cableTags = changed.flatMap(({ record }) => record.tags.map((code, position) => ({ ref_id: record.refId, code, position })));
  await db.query(SQL.insertCableTags, [JSON.stringify(cableTags)]);
  const references = changed.flatMap(({ record }) => record.references.map((reference, position) => ({ ref_id: record.refId, position, letter: reference.letter, text: reference.text, target_ref_id: reference.refId })));
  await db.query(SQL.insertReferences, [JSON.stringify(references)]);
}

/**
 * Stores one batch in one transaction, with a ledger entry per input, so a run killed at any
 * point leaves either the whole batch or none of it (the caller owns the transaction). Content already known for a reference id
 * (its current text or an earlier version) is "unchanged" and not written again.
 * A reference id may occur at most once per batch (see `splitByRefId`).
 */
export async function storeBatch(db: Connection, { runId, items }: { runId: number | null; items: IngestItem[] }): Promise<ItemOutcome[]> {
  const cables: CableItem[] = items.flatMap((item) => (item.kind === "cable" ? [{ ...item, contentHash: contentHashOf(item.record) }] : []));
  const { rows: known } = await db.query<{ ref_id: string; content_hash: string; is_current: boolean }>(SQL.knownHashes, [cables.map(({ record }) => record.refId)]);
  const hasCable = new Set(known.filter(({ is_current }) => is_current).map(({ ref_id }) => ref_id));
  const knownContent = new Set(known.map(({ ref_id, content_hash }) => `${ref_id}\0${content_hash}`));
  const changed = cables.filter(({ record, contentHash }) => !knownContent.has(`${record.refId}\0${contentHash}`));
  if (changed.length > 0) await writeChangedCables(db, changed);

  const changedRefIds = new Set(changed.map(({ record }) => record.refId));
  const hashes = new Map(cables.map(({ record, contentHash }) => [record.refId, contentHash]));
  const outcomes: ItemOutcome[] = items.map((item) => {
    if (item.kind === "failure") return { source: item.source, refId: null, contentHash: null, outcome: "failed", failureCode: failureCodeOf(item.error), reason: item.error };
    const refId = item.record.refId;
    const outcome = !changedRefIds.has(refId) ? "unchanged" : hasCable.has(refId) ? "updated" : "new";
    return { source: item.source, refId, contentHash: hashes.get(refId) ?? null, outcome, failureCode: null, reason: null };
  });

  if (runId !== null) {
    const entries = outcomes.map(({ source, refId, contentHash, outcome, failureCode, reason }) => ({
      file: source.file,
      row: source.row,
      ref_id: refId,
      content_hash: contentHash,
      outcome,
      reason: failureCode ? `${failureCode}: ${reason}` : null,
    }));
    await db.query(SQL.insertEntries, [runId, JSON.stringify(entries)]);
    const count = (kind: IngestOutcomeKind) => outcomes.filter(({ outcome }) => outcome === kind).length;
    await db.query(SQL.countRun, [runId, outcomes.length, count("new"), count("updated"), count("unchanged"), count("failed")]);
  }
  return outcomes;
}

/** Splits inputs so no reference id repeats within a part; order between repeats is kept. */
export function splitByRefId(items: IngestItem[]): IngestItem[][] {
  const parts: IngestItem[][] = [];
  const seenIn: Set<string>[] = [];
  for (const item of items) {
    const refId = item.kind === "cable" ? item.record.refId : null;
    let index = 0;
    if (refId !== null) {
      // After the last part that already holds this reference id, so later text wins.
      for (let i = seenIn.length - 1; i >= 0; i--) {
        if (seenIn[i]!.has(refId)) {
          index = i + 1;
          break;
        }
      }
    }
    while (parts.length <= index) {
      parts.push([]);
      seenIn.push(new Set());
    }
    parts[index]!.push(item);
    if (refId !== null) seenIn[index]!.add(refId);
  }
  return parts;
}
