import { parseCable } from "@/lib/cable";
import type { CableRecord } from "@/lib/cable";
import { getCableHeaderSource } from "@/lib/db/cable-header";
import { HeaderExplainer } from "./header-explainer";

function readRecord(refId: string, sourceText: string): CableRecord | null {
  // The stored source is always the cable's own text (taken out of its page or dump row at ingest),
  // whatever sourceFormat says it came in, so it is read as text.
  const outcomes = parseCable({ content: sourceText, file: refId, format: "text" });
  const records = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
  return records.find((record) => record.refId === refId) ?? records[0] ?? null;
}

/** The routing header is not stored as a column, so the stored source is parsed again here (well under a millisecond). */
export async function CableHeaderSection({ refId }: { refId: string }) {
  const source = await getCableHeaderSource(refId);
  if (!source) return null;
  const record = readRecord(refId, source.sourceText);
  if (!record) return null;
  return <HeaderExplainer record={record} />;
}
