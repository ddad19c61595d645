import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parseCable } from "../../../lib/cable/index";
import type { CableRecord } from "../../../lib/cable/types";
import { failureCodeOf } from "../../../lib/ingest/failures";
import { formatProgress, formatSummary } from "../../../lib/ingest/progress";
import { parseReleaseIdLine } from "../../../lib/ingest/release-ids";
import { isCanonicalRefId, settleIdentity } from "../../../lib/ingest/identity";
import { contentHashOf, splitByRefId, type IngestItem } from "../../../lib/ingest/store";

const SEED = resolve(import.meta.dirname, "../../../prisma/sample-cables/07ROME535.txt");

function seedRecord(): CableRecord {
  const [outcome] = parseCable({ content: readFileSync(SEED, "utf8"), file: SEED, format: "text" });
  if (!outcome?.ok) throw new Error("the seed cable must parse");
  return outcome.value;
}

describe("contentHashOf", () => {
  test("ignores where a cable came from and how it was written down, not what it says", () => {
    const record = seedRecord();
    const elsewhere = { ...record, source: { file: "/other/place.csv", row: 12 }, sourceText: `${record.sourceText}\n`, warnings: ["a different parse note"] };
    expect(contentHashOf(elsewhere)).toBe(contentHashOf(record));
    const edited = { ...record, paragraphs: record.paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text} (corrected)` } : p)) };
    expect(contentHashOf(edited)).not.toBe(contentHashOf(record));
  });
});

describe("splitByRefId", () => {
  const cable = (refId: string, file: string): IngestItem => ({ kind: "cable", source: { file, row: null }, record: { ...seedRecord(), refId }, format: "text" });
  const failure = (file: string): IngestItem => ({ kind: "failure", source: { file, row: null }, error: "empty input" });

  test("keeps one copy of a reference id per part, later copies in later parts", () => {
    const parts = splitByRefId([cable("A", "1"), cable("B", "2"), cable("A", "3"), failure("4"), cable("A", "5"), cable("C", "6")]);
    expect(parts.map((part) => part.map(({ source }) => source.file))).toEqual([["1", "2", "4", "6"], ["3"], ["5"]]);
  });

  test("a batch without repeats stays whole", () => {
    expect(splitByRefId([cable("A", "1"), cable("B", "2")])).toHaveLength(1);
    expect(splitByRefId([])).toEqual([]);
  });
});

describe("failureCodeOf", () => {
  test.each([
    ["cannot read /x/cables.csv: not in the dump CSV layout", "unreadable"],
    ["cannot read /x/big.txt: file too large (70000000 bytes)", "too-large"],
    ["empty input", "empty"],
    ["input looks binary, not cable text", "binary"],
    ["not a cable page: no <pre> block with cable text", "not-a-cable"],
    ["dump row has 5 fields, expected 8", "malformed-row"],
    ["no dump rows found", "malformed-csv"],
    ["parser failure: boom", "parser-bug"],
    ["something new", "invalid"],
  ])("%s → %s", (message, code) => {
    expect(failureCodeOf(message)).toBe(code);
  });
});

describe("parseReleaseIdLine", () => {
  test("reads reference-ids.csv lines and skips the header and junk", () => {
    expect(parseReleaseIdLine("06ROME1755,6")).toEqual({ refId: "06ROME1755", month: 6 });
    expect(parseReleaseIdLine("85nofornmogadishu1643, 2")).toEqual({ refId: "85NOFORNMOGADISHU1643", month: 2 });
    expect(parseReleaseIdLine("07STATE1,13")).toEqual({ refId: "07STATE1", month: null });
    expect(parseReleaseIdLine("refid,month")).toBeNull();
    expect(parseReleaseIdLine("")).toBeNull();
    expect(parseReleaseIdLine("<script>,1")).toBeNull();
  });
});

describe("progress and summary lines", () => {
  test("the progress line shows share, inputs, rate and an ETA once there is one", () => {
    expect(formatProgress({ seen: 2000, bytesDone: 25, bytesTotal: 100, elapsedMs: 10_000 }, 8)).toBe("[##------]  25% · 2,000 inputs · 200 cables/s · ETA 30.0 s");
    expect(formatProgress({ seen: 0, bytesDone: 0, bytesTotal: 0, elapsedMs: 0 }, 4)).toBe("[----]   0% · 0 inputs · 0 cables/s");
  });

  test("the summary adds up and names failures by reason, and says where the report is", () => {
    const lines = formatSummary(
      {
        runId: 7,
        isDryRun: false,
        seen: 10,
        new: 5,
        updated: 1,
        unchanged: 2,
        failed: 2,
        failuresByCode: { empty: 1, binary: 1 },
        releaseIdsLoaded: 0,
        durationMs: 1500,
        stageMs: { parse: 100, database: 200, index: 300, people: 400 },
        people: { isSkipped: false, people: 1234, mentions: 5678, reindexed: 3, readBack: 0, durationMs: 400 },
        reconciliation: { databaseCount: 6, indexCount: 5, pendingCount: 1, isConsistent: false },
      },
      join("/data", "reports", "ingest-run-7-failures.jsonl"),
    );
    expect(lines).toContain("  seen 10 = new 5 + updated 1 + unchanged 2 + failed 2");
    expect(lines).toContain("  failed by reason: empty 1, binary 1");
    expect(lines).toContain("  people: 1,234 people, 5,678 mentions, 3 cables re-indexed, in 0.4 s");
    expect(lines).toContain("  failure report: /data/reports/ingest-run-7-failures.jsonl (also in the ingest_entries table, run 7)");
    expect(lines.at(-1)).toBe("  MISMATCH: 6 cables in PostgreSQL, 5 in the search index, 1 waiting to be indexed");
  });
});

describe("settleIdentity", () => {
  test("keeps a complete reference id, including the release's odd ones", () => {
    for (const refId of ["06ROME1755", "07ROME535", "85NOFORNMOGADISHU1643", "7575LIBREVILLE1895", "09STATE62392"]) expect(isCanonicalRefId(refId)).toBe(true);
    for (const refId of ["06UNKNOWN", "XXROME535", "06ROME", "ROME1755", "06ROME1755<script>", ""]) expect(isCanonicalRefId(refId)).toBe(false);
  });

  test("takes the reference id from a file named by it, saying so; otherwise refuses", () => {
    const record = { ...seedRecord(), refId: "07UNKNOWN", warnings: [] };
    const fromName = settleIdentity(record, "/mirror/text/07ROME535.txt");
    expect(fromName).toMatchObject({ ok: true, record: { refId: "07ROME535" } });
    expect(fromName.ok && fromName.record.warnings).toEqual(['refId: taken from the file name (the text gave only "07UNKNOWN")']);
    expect(settleIdentity(record, "/docs/README.md")).toMatchObject({ ok: false, error: expect.stringMatching(/^no reference id/) });
    expect(failureCodeOf("no reference id: …")).toBe("no-ref-id");
  });
});
