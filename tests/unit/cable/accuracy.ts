/** Agreement between text-only parsing and the published metadata, for the two groups named in the issue. */
import { readFileSync } from "node:fs";
import { readCablePage } from "@/lib/cable/html";
import { parseCableHtml, parseDumpRow } from "@/lib/cable/index";
import type { CableMetadata, CableRecord } from "@/lib/cable/types";
import { readCreationDay } from "@/lib/cable/dates";
import { listFiles, readDumpCsv } from "./corpus";

export type Sample = { label: string; text: string; record: CableRecord | null; truth: CableMetadata };

const DTG = /\b\d{6}Z\s{0,3}[A-Z]{3}\s{0,3}\d{2}\b/;
const DATELINE = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}/m;

/** The text carries its date when it has a date-time group or a dateline. */
export function hasDateInText(text: string): boolean {
  return DTG.test(text) || DATELINE.test(text);
}

export function collectSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const name of ["cables.csv", "versions.csv"]) {
    for (const { row, fields } of readDumpCsv(name)) {
      const result = parseDumpRow({ fields, source: { file: name, row }, useMetadata: false });
      samples.push({
        label: `${name}#${row}`,
        text: `${fields[6] ?? ""}\n${fields[7] ?? ""}`,
        record: result.ok ? result.value : null,
        truth: { refId: fields[2], createdAt: fields[1], origin: fields[3], classification: fields[4] },
      });
    }
  }
  for (const file of listFiles("html", ".html")) {
    const html = readFileSync(file, "utf8");
    const page = readCablePage(html);
    if (!page.ok) continue;
    const result = parseCableHtml({ html, source: { file, row: null }, useMetadata: false });
    samples.push({ label: file, text: page.value.text, record: result.ok ? result.value : null, truth: page.value.metadata });
  }
  return samples;
}

export type FieldName = "refId" | "classification" | "day" | "origin";
export const FIELDS: readonly FieldName[] = ["refId", "classification", "day", "origin"];

function valueOf(record: CableRecord, field: FieldName): string | null {
  return field === "day" ? (record.sentAt?.slice(0, 10) ?? null) : record[field];
}

function truthOf(truth: CableMetadata, field: FieldName): string | null {
  return field === "day" ? readCreationDay(truth.createdAt ?? "") : (truth[field] ?? null);
}

export function isFieldRight(sample: Sample, field: FieldName): boolean {
  return sample.record !== null && valueOf(sample.record, field) === truthOf(sample.truth, field);
}

export function isFieldFlagged(sample: Sample, field: FieldName): boolean {
  const prefix = field === "day" ? "sentAt:" : `${field}:`;
  return sample.record !== null && sample.record.warnings.some((warning) => warning.startsWith(prefix));
}

function normaliseTitle(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim();
}

/** The site cut its titles at the subject's first line (and sometimes ran on into the REF line). */
export function subjectMatchesTitle(subject: string | null, title: string): boolean {
  if (!subject) return false;
  const a = normaliseTitle(subject);
  const b = normaliseTitle(title);
  return a.length > 0 && b.length > 0 && (a === b || a.startsWith(b) || b.startsWith(a));
}

export type Report = {
  dated: { count: number; right: Record<FieldName, number> };
  undated: { count: number; wrongUnflagged: number; wrongUnflaggedByField: Record<FieldName, number>; flagged: number };
  subjects: { count: number; right: number };
  failures: string[];
};

function zero(): Record<FieldName, number> {
  return { refId: 0, classification: 0, day: 0, origin: 0 };
}

export function measure(samples: readonly Sample[]): Report {
  const report: Report = {
    dated: { count: 0, right: zero() },
    undated: { count: 0, wrongUnflagged: 0, wrongUnflaggedByField: zero(), flagged: 0 },
    subjects: { count: 0, right: 0 },
    failures: [],
  };
  for (const sample of samples) {
    if (hasDateInText(sample.text)) {
      report.dated.count++;
      for (const field of FIELDS) {
        if (isFieldRight(sample, field)) report.dated.right[field]++;
        else report.failures.push(`${field} ${sample.label}: ${sample.record ? valueOf(sample.record, field) : "(error)"} vs ${truthOf(sample.truth, field)}`);
      }
    } else {
      report.undated.count++;
      let isWrongUnflagged = false;
      let isFlagged = false;
      for (const field of FIELDS) {
        if (isFieldFlagged(sample, field)) isFlagged = true;
        if (!isFieldRight(sample, field) && !isFieldFlagged(sample, field)) {
          isWrongUnflagged = true;
          report.undated.wrongUnflaggedByField[field]++;
          report.failures.push(`undated ${field} ${sample.label}: ${sample.record ? valueOf(sample.record, field) : "(error)"} vs ${truthOf(sample.truth, field)}`);
        }
      }
      if (isWrongUnflagged) report.undated.wrongUnflagged++;
      if (isFlagged) report.undated.flagged++;
    }
    const title = sample.truth.title;
    const hasSubjectLine = /^\s*SUBJ(?:ECT)?\s*[:.]/im.test(sample.text);
    if (title !== undefined && hasSubjectLine) {
      report.subjects.count++;
      if (title && subjectMatchesTitle(sample.record?.subject ?? null, title)) report.subjects.right++;
      else report.failures.push(`subject ${sample.label}: ${sample.record?.subject} vs ${title}`);
    }
  }
  return report;
}
