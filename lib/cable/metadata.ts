/** Published metadata (dump columns, site table) against what the text says: metadata fills gaps and wins on identity. */
import type { CableMetadata, CableRecord } from "./types";
import { expandYear, readCreationDay } from "./dates";
import { resolveReferenceId } from "./references";

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed.length > 0 ? trimmed : null;
}

function withoutWarningsFor(warnings: readonly string[], field: string): string[] {
  return warnings.filter((warning) => !warning.startsWith(`${field}:`));
}

export function applyMetadata(record: CableRecord, metadata: CableMetadata): CableRecord {
  let warnings = [...record.warnings];
  const next: CableRecord = { ...record };

  const refId = clean(metadata.refId);
  if (refId) {
    warnings = withoutWarningsFor(warnings, "refId");
    if (refId !== record.refId) warnings.push(`refId: text gives ${record.refId}, metadata gives ${refId}`);
    next.refId = refId;
  }

  for (const field of ["origin", "classification"] as const) {
    const value = clean(metadata[field]);
    if (!value) continue;
    warnings = withoutWarningsFor(warnings, field);
    if (record[field] !== null && record[field] !== value) {
      warnings.push(`${field}: text gives ${record[field]}, metadata gives ${value}`);
    }
    next[field] = value;
  }

  const day = readCreationDay(clean(metadata.createdAt) ?? "");
  if (day) {
    const textDay = record.sentAt?.slice(0, 10) ?? null;
    const isTextDateReliable = record.sentAtPrecision === "minute" && !record.warnings.some((w) => w.startsWith("sentAt:"));
    if (isTextDateReliable) {
      if (textDay !== day) warnings.push(`sentAt: date-time group gives ${textDay}, metadata creation date gives ${day}`);
    } else if ((record.sentAtPrecision === "day" || record.sentAtPrecision === "minute") && textDay === day) {
      // The text's time agrees with the published day: keep its precision, the day is confirmed.
    } else {
      warnings = withoutWarningsFor(warnings, "sentAt");
      warnings.push("sentAt: day from the published creation date (its time of day is unreliable)");
      next.sentAt = `${day}T00:00:00.000Z`;
      next.sentAtPrecision = "day";
    }
  }

  const title = clean(metadata.title);
  if (!record.subject && title) {
    warnings = withoutWarningsFor(warnings, "subject");
    warnings.push("subject: no SUBJECT line; taken from the page title");
    next.subject = title;
  }

  const year = /^(\d{2})/.exec(next.refId)?.[1];
  if (year && next.references.some((reference) => reference.refId === null)) {
    next.references = next.references.map((reference) =>
      reference.refId === null ? { ...reference, refId: resolveReferenceId(reference.text, expandYear(Number(year))) } : reference,
    );
  }

  next.warnings = warnings;
  return next;
}
