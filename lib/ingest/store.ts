import { createHash } from "node:crypto";
import type { CableRecord } from "../cable/types";
import type { PrismaClient } from "../db/client";

export type StoreOutcome = "new" | "updated" | "unchanged";
export type StoredCable = { refId: string; outcome: StoreOutcome };

/** Same parsed content ⇒ same hash, whichever file or row it came from. */
export function contentHashOf(record: CableRecord): string {
  const { source: _source, ...content } = record;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

type CableRow = {
  ref_id: string;
  sent_at: string | null;
  sent_at_precision: string | null;
  origin: string | null;
  destinations_to: string[];
  destinations_info: string[];
  classification: string | null;
  caveats: string[];
  tags: string[];
  subject: string | null;
  classified_by: string | null;
  classification_reasons: string | null;
  declassify_on: string | null;
  declassification: string | null;
  executive_order: string | null;
  precedence: string | null;
  signature: string | null;
  is_partial_extract: boolean;
  has_redactions: boolean;
  warnings: string[];
  source_text: string;
  source_format: string;
  content_hash: string;
};

const CABLE_COLUMNS: { name: keyof CableRow; type: string }[] = [
  { name: "ref_id", type: "text" },
  { name: "sent_at", type: "timestamptz" },
  { name: "sent_at_precision", type: '"DatePrecision"' },
  { name: "origin", type: "text" },
  { name: "destinations_to", type: "text[]" },
  { name: "destinations_info", type: "text[]" },
  { name: "classification", type: "text" },
  { name: "caveats", type: "text[]" },
  { name: "tags", type: "text[]" },
  { name: "subject", type: "text" },
  { name: "classified_by", type: "text" },
  { name: "classification_reasons", type: "text" },
  { name: "declassify_on", type: "date" },
  { name: "declassification", type: "text" },
  { name: "executive_order", type: "text" },
  { name: "precedence", type: "text" },
  { name: "signature", type: "text" },
  { name: "is_partial_extract", type: "boolean" },
  { name: "has_redactions", type: "boolean" },
  { name: "warnings", type: "text[]" },
  { name: "source_text", type: "text" },
  { name: "source_format", type: "text" },
  { name: "content_hash", type: "text" },
];

const columnList = CABLE_COLUMNS.map(({ name }) => `"${name}"`).join(", ");
const recordsetShape = CABLE_COLUMNS.map(({ name, type }) => `"${name}" ${type}`).join(", ");
const updateList = CABLE_COLUMNS.filter(({ name }) => name !== "ref_id")
  .map(({ name }) => `"${name}" = EXCLUDED."${name}"`)
  .join(", ");

// One statement per batch: the rows travel as one JSON parameter and PostgreSQL unpacks them.
const UPSERT_CABLES = `
INSERT INTO cables (${columnList})
SELECT ${columnList} FROM jsonb_to_recordset($1::jsonb) AS input(${recordsetShape})
ON CONFLICT (ref_id) DO UPDATE SET ${updateList}, updated_at = now()`;

const DELETE_PARAGRAPHS = `DELETE FROM paragraphs USING cables WHERE paragraphs.cable_id = cables.id AND cables.ref_id = ANY($1::text[])`;

const INSERT_PARAGRAPHS = `
INSERT INTO paragraphs (cable_id, position, number, marking, text)
SELECT cables.id, input.position, input.number, input.marking, input.text
FROM jsonb_to_recordset($1::jsonb) AS input(ref_id text, position int, number int, marking text, text text)
JOIN cables ON cables.ref_id = input.ref_id`;

function toCableRow(record: CableRecord, format: string, contentHash: string): CableRow {
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
    is_partial_extract: record.isPartialExtract,
    has_redactions: record.hasRedactions,
    warnings: record.warnings,
    source_text: record.sourceText,
    source_format: format,
    content_hash: contentHash,
  };
}

export type RecordToStore = { record: CableRecord; format: string };

/**
 * Writes a batch in one transaction: cables whose content hash is already stored are skipped
 * before any write; the rest are upserted with their paragraphs replaced.
 */
export async function storeCables(prisma: PrismaClient, batch: RecordToStore[]): Promise<StoredCable[]> {
  // Within one batch the last copy of a reference id wins, as it would across batches.
  const latest = new Map<string, RecordToStore & { contentHash: string }>();
  for (const item of batch) latest.set(item.record.refId, { ...item, contentHash: contentHashOf(item.record) });
  const refIds = [...latest.keys()];

  return prisma.$transaction(async (tx) => {
    const existing = await tx.cable.findMany({ where: { refId: { in: refIds } }, select: { refId: true, contentHash: true } });
    const storedHash = new Map(existing.map((row) => [row.refId, row.contentHash]));
    const changed = [...latest.values()].filter(({ record, contentHash }) => storedHash.get(record.refId) !== contentHash);

    if (changed.length > 0) {
      const cableRows = changed.map(({ record, format, contentHash }) => toCableRow(record, format, contentHash));
      await tx.$executeRawUnsafe(UPSERT_CABLES, JSON.stringify(cableRows));
      const paragraphRows = changed.flatMap(({ record }) =>
        record.paragraphs.map((paragraph) => ({ ref_id: record.refId, position: paragraph.index, number: paragraph.number, marking: paragraph.marking, text: paragraph.text })),
      );
      await tx.$executeRawUnsafe(DELETE_PARAGRAPHS, changed.map(({ record }) => record.refId));
      await tx.$executeRawUnsafe(INSERT_PARAGRAPHS, JSON.stringify(paragraphRows));
    }

    return refIds.map((refId) => ({
      refId,
      outcome: !storedHash.has(refId) ? "new" : storedHash.get(refId) === latest.get(refId)?.contentHash ? "unchanged" : "updated",
    }));
  });
}
