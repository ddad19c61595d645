/** Corpus-wide checks: agreement with the published metadata, nothing dropped, every file parses. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCable } from "@/lib/cable/index";
import { FIELDS, collectSamples, measure } from "./accuracy";
import type { Report, Sample } from "./accuracy";
import { hasCorpus, listFiles, warnIfNoCorpus } from "./corpus";
import { droppedLines } from "./faithful";

warnIfNoCorpus("cable corpus tests");

/**
 * The targets. The classification misses left (about 0.45 % of dated cables) are cables whose
 * dump column the text cannot give: SENSITIVE cables of 2006-07 recorded without the //NOFORN most
 * cables of that time got, NOFORN with no caption in the text, a level that neither the banner nor the
 * routing line shows, bodies of another cable; see the printed failures.
 */
const MIN_DATED_AGREEMENT = { refId: 0.995, classification: 0.995, day: 0.995, origin: 0.98 } as const;
const MAX_UNDATED_WRONG_UNFLAGGED = 0.02;
const MIN_SUBJECT_AGREEMENT = 0.97;

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(2)} %`;
}

function printReport(report: Report): void {
  const dated = FIELDS.map((field) => `${field} ${percent(report.dated.right[field], report.dated.count)}`).join(", ");
  const undatedByField = FIELDS.map((field) => `${field} ${report.undated.wrongUnflaggedByField[field]}`).join(", ");
  console.log(
    [
      `cables whose text carries its date: ${report.dated.count}; agreement: ${dated}`,
      `cables without a date in the text: ${report.undated.count}; wrong and not flagged: ${report.undated.wrongUnflagged} (${percent(report.undated.wrongUnflagged, report.undated.count)}; ${undatedByField}); flagged: ${report.undated.flagged}`,
      `subject vs site title: ${report.subjects.right}/${report.subjects.count} (${percent(report.subjects.right, report.subjects.count)})`,
      `first disagreements:\n  ${report.failures.slice(0, 25).join("\n  ")}`,
    ].join("\n"),
  );
}

const CORPUS_TEST_TIMEOUT = 60_000;

describe.skipIf(!hasCorpus)("development corpus", { timeout: CORPUS_TEST_TIMEOUT }, () => {
  const samples: Sample[] = hasCorpus ? collectSamples() : [];
  const report = measure(samples);

  it("parses every dump row and page to a record", () => {
    const errors = samples.filter((sample) => sample.record === null).map((sample) => sample.label);
    expect(errors).toEqual([]);
  });

  it("agrees with the metadata on cables whose text carries the date", () => {
    printReport(report);
    expect(report.dated.count / samples.length).toBeGreaterThan(0.85);
    for (const field of FIELDS) {
      expect(report.dated.right[field] / report.dated.count, field).toBeGreaterThanOrEqual(MIN_DATED_AGREEMENT[field]);
    }
  });

  it("flags inferred values on cables without a date in the text", () => {
    expect(report.undated.count).toBeGreaterThan(0);
    expect(report.undated.wrongUnflagged / report.undated.count).toBeLessThan(MAX_UNDATED_WRONG_UNFLAGGED);
  });

  it("matches the site's title with the SUBJECT line", () => {
    expect(report.subjects.count).toBeGreaterThan(100);
    expect(report.subjects.right / report.subjects.count).toBeGreaterThanOrEqual(MIN_SUBJECT_AGREEMENT);
  });

  it("keeps every non-blank line that is not page furniture (faithful)", () => {
    const texts: Array<{ label: string; text: string; outcome: ReturnType<typeof parseCable>[number] | undefined }> = [];
    for (const file of [...listFiles("text", ".txt"), ...listFiles("seeds", ".txt")]) {
      const text = readFileSync(file, "utf8");
      texts.push({ label: file, text, outcome: parseCable({ content: text, file, format: "text" })[0] });
    }
    const dropped: string[] = [];
    for (const { label, record } of samples) {
      if (record) for (const line of droppedLines(record.sourceText, record)) dropped.push(`${label}: ${line}`);
    }
    for (const { label, text, outcome } of texts) {
      expect(outcome?.ok, label).toBe(true);
      if (outcome?.ok) for (const line of droppedLines(text, outcome.value)) dropped.push(`${label}: ${line}`);
    }
    console.log(`faithful check: ${samples.length + texts.length} cables, ${dropped.length} dropped lines`);
    expect(dropped).toEqual([]);
  });
});
