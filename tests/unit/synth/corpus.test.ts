/** The generator over the development corpus: determinism, ids, marking, parsing, spread (skipped without the corpus). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDumpCsvParser } from "@/lib/cable/csv";
import { parseDumpRow } from "@/lib/cable/index";
import type { CableRecord } from "@/lib/cable/index";
import { dumpCsvRow } from "@/lib/synth/dump-csv";
import { isSyntheticOrigin, isSyntheticRefId } from "@/lib/synth/ids";
import { slotCount } from "@/lib/synth/release";
import { buildSynthSource } from "@/lib/synth/source";
import { SYNTHETIC_NOTICE, createSynthesizer } from "@/lib/synth/synthesize";
import type { SynthSource, SyntheticCable } from "@/lib/synth/synthesize";
import { CORPUS_DIR, hasCorpus, readDumpCsv, warnIfNoCorpus } from "../cable/corpus";

warnIfNoCorpus("synthetic corpus tests");

const COUNT = 3000;
const TIMEOUT = 120_000;
/** Sectioned 2002–03 telegrams put their first section, notice included, in the header: a few per thousand. */
const MIN_NOTICE_IN_PARAGRAPHS = 0.99;

type Parsed = { cable: SyntheticCable; record: CableRecord };

function generate(source: SynthSource, seed: string, count: number): SyntheticCable[] {
  const synthesizer = createSynthesizer({ source, seed });
  return Array.from({ length: count }, () => synthesizer.next());
}

function toCsv(cables: readonly SyntheticCable[]): string {
  return cables.map((cable) => dumpCsvRow(cable.fields)).join("");
}

function shares(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Map([...counts].map(([key, count]) => [key, count / values.length]));
}

/** Every value with at least `floor` of the expected share is within `tolerance` (absolute) of it. */
function expectSimilarShares(actual: Map<string, number>, expected: Map<string, number>, { floor, tolerance }: { floor: number; tolerance: number }): void {
  for (const [key, share] of expected) {
    if (share < floor) continue;
    const got = actual.get(key) ?? 0;
    expect(Math.abs(got - share), `${key}: ${got.toFixed(3)} against ${share.toFixed(3)}`).toBeLessThan(tolerance);
  }
}

describe.skipIf(!hasCorpus)("synthetic corpus from the development corpus", { timeout: TIMEOUT }, () => {
  let source: SynthSource;
  let templateRecords: Map<string, CableRecord>;
  let cables: SyntheticCable[];
  let parsed: Parsed[];

  beforeAll(() => {
    const rows = readDumpCsv("cables.csv");
    source = buildSynthSource({ rows, referenceIds: readFileSync(join(CORPUS_DIR, "reference-ids.csv"), "utf8") }).source;
    templateRecords = new Map();
    for (const { row, fields } of rows) {
      const result = parseDumpRow({ fields, source: { file: "cables.csv", row } });
      if (result.ok) templateRecords.set(fields[2]!, result.value);
    }
    cables = generate(source, "test", COUNT);
    const parser = createDumpCsvParser();
    const rowsBack = [...parser.push(toCsv(cables)), ...parser.end()];
    expect(rowsBack).toHaveLength(COUNT);
    parsed = rowsBack.map(({ row, fields }, index) => {
      const result = parseDumpRow({ fields, source: { file: "synthetic.csv", row } });
      if (!result.ok) throw new Error(`row ${row} does not parse: ${result.error}`);
      return { cable: cables[index]!, record: result.value };
    });
  }, TIMEOUT);

  it("writes byte-identical output for the same seed and count, and other output for another seed", () => {
    const again = toCsv(generate(source, "test", 500));
    expect(again).toBe(toCsv(cables.slice(0, 500)));
    expect(toCsv(generate(source, "other", 500))).not.toBe(again);
  });

  it("gives every cable a distinct id that no cable of the release has", () => {
    const ids = cables.map((cable) => cable.refId);
    expect(new Set(ids).size).toBe(ids.length);
    const real = new Set(readFileSync(join(CORPUS_DIR, "reference-ids.csv"), "utf8").split("\n").map((line) => line.split(",")[0]));
    expect(real.size).toBeGreaterThan(250_000);
    expect(ids.filter((id) => real.has(id))).toEqual([]);
  });

  it("marks every cable as synthetic in its id, origin and body", () => {
    for (const { cable, record } of parsed) {
      expect(isSyntheticRefId(cable.refId), cable.refId).toBe(true);
      expect(isSyntheticOrigin(cable.origin), cable.origin).toBe(true);
      expect(cable.fields[7]).toContain(SYNTHETIC_NOTICE);
      expect(record.sourceText).toContain(SYNTHETIC_NOTICE);
    }
    const inParagraphs = parsed.filter(({ record }) => record.paragraphs.some((paragraph) => paragraph.text.includes(SYNTHETIC_NOTICE)));
    expect(inParagraphs.length / COUNT).toBeGreaterThanOrEqual(MIN_NOTICE_IN_PARAGRAPHS);
  });

  it("parses every row to the intended id, date, origin, classification and the template's TAGS", () => {
    for (const { cable, record } of parsed) {
      const intended = { refId: cable.refId, day: cable.day, origin: cable.origin, classification: cable.classification, tags: templateRecords.get(cable.templateRefId)?.tags };
      const read = { refId: record.refId, day: record.sentAt?.slice(0, 10), origin: record.origin, classification: record.classification, tags: record.tags };
      expect(read, cable.refId).toEqual(intended);
    }
  });

  it("names the synthetic post in the text too, where the template named its own", () => {
    const disagreeing = parsed.filter(({ record }) => record.warnings.some((warning) => /^origin: text gives (?!Embassy Synthetic)/.test(warning)));
    expect(disagreeing.length / COUNT).toBeLessThan(0.01);
  });

  it("spreads posts, years and classifications like the release and the corpus", () => {
    const { release } = source;
    const releasePosts: string[] = [];
    const releaseYears: string[] = [];
    for (let slot = 0; slot < slotCount(release); slot++) {
      releasePosts.push(release.posts[release.postIndexes[slot]!]!);
      releaseYears.push(String(release.years[slot]));
    }
    const postOf = (origin: string) => origin.replace("Embassy Synthetic ", "").toUpperCase().replace(/[^A-Z]/g, "");
    const refPost = (refId: string) => /^\d{2}SYNTHETIC([A-Z]+)\d+$/.exec(refId)![1]!;
    // Tolerances are about four standard deviations of a sample of COUNT.
    expectSimilarShares(shares(cables.map((cable) => refPost(cable.refId))), shares(releasePosts), { floor: 0.01, tolerance: 0.01 });
    expectSimilarShares(shares(cables.map((cable) => cable.day.slice(0, 4))), shares(releaseYears), { floor: 0.02, tolerance: 0.03 });
    expect(new Set(cables.map((cable) => postOf(cable.origin))).size).toBeGreaterThan(150);
    const corpusClassifications = shares([...templateRecords.values()].map((record) => record.classification ?? ""));
    expectSimilarShares(shares(cables.map((cable) => cable.classification)), corpusClassifications, { floor: 0.05, tolerance: 0.08 });
    const paragraphCounts = parsed.map(({ record }) => record.paragraphs.length).sort((a, b) => a - b);
    const median = paragraphCounts[Math.floor(COUNT / 2)]!;
    expect(median).toBeGreaterThanOrEqual(6);
    expect(median).toBeLessThanOrEqual(16);
  });
});
