/**
 * Precision and recall of person names per cable against hand labels (labels.json, rules in
 * README.md). Reads the development corpus; skipped with a message when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePaths } from "@/lib/cable/read";
import type { CableRecord } from "@/lib/cable/types";
import { buildGazetteer, extractMentions, resolvePeople } from "@/lib/people";
import type { Gazetteer } from "@/lib/people";
import { microScores, scoreCable } from "./evaluation";
import type { CableScore, Label } from "./evaluation";
import { SEED_PEOPLE, readSeed } from "./support";

const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;
const MIN_LABELLED_CABLES = 50;
/** Generous: a loaded 2-core machine; the figure itself is printed. */

const PROJECT_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(PROJECT_ROOT, "../shared/corpus");
const CABLES_CSV = join(CORPUS_DIR, "cables.csv");
const hasCorpus = existsSync(CABLES_CSV);
const labels = JSON.parse(readFileSync(new URL("./labels.json", import.meta.url), "utf8")) as Label[];

if (!hasCorpus) console.warn(`[people/labelled] skipped: no development corpus at ${CORPUS_DIR} (set CORPUS_DIR to run these tests)`);

describe.skipIf(!hasCorpus)("people in the hand-labelled development cables", () => {
  const records = new Map<string, CableRecord>();
  let all: CableRecord[] = [];
  let gazetteer: Gazetteer;
  let extractionMs = 0;
  let mentionCount = 0;

  beforeAll(async () => {
    for await (const outcome of parsePaths([CABLES_CSV])) if (outcome.ok) all.push(outcome.value);
    const started = performance.now();
    gazetteer = buildGazetteer(all);
    const gazetteerMs = performance.now() - started;
    const extractionStarted = performance.now();
    for (const record of all) mentionCount += extractMentions(record, gazetteer).length;
    extractionMs = performance.now() - extractionStarted;
    console.log(`[people] corpus: ${all.length} cables; gazetteer built in ${Math.round(gazetteerMs)} ms (${gazetteer.people.length} full names, ${JSON.stringify(gazetteer).length} bytes of JSON); extraction ${Math.round(extractionMs)} ms, ${mentionCount} mentions`);
    for (const record of all) records.set(record.refId, record);
    all = [];
  }, 300_000);

  it(`labels at least ${MIN_LABELLED_CABLES} cables of varied years and styles`, () => {
    expect(labels.length).toBeGreaterThanOrEqual(MIN_LABELLED_CABLES);
    const labelled = labels.map((label) => records.get(label.refId));
    expect(labelled.every(Boolean)).toBe(true);
    const years = new Set(labelled.map((record) => record?.sentAt?.slice(0, 3)));
    expect([...years].sort()).toEqual(expect.arrayContaining(["197", "198", "199", "200", "201"]));
    expect(labelled.filter((record) => record?.hasRedactions).length).toBeGreaterThanOrEqual(5);
  });

  it(`finds people with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const scores: CableScore[] = labels.map((label) => {
      const record = records.get(label.refId)!;
      const mentions = extractMentions(record, gazetteer);
      const people = resolvePeople([{ refId: record.refId, sentAt: record.sentAt, origin: record.origin, mentions }]);
      return scoreCable(label.refId, people.map((person) => person.displayName), label.people);
    });
    for (const score of scores) {
      if (score.falsePositives.length + score.falseNegatives.length === 0) continue;
      console.log(`[people] ${score.refId}: extra ${JSON.stringify(score.falsePositives)} missed ${JSON.stringify(score.falseNegatives)}`);
    }
    const { precision, recall, truePositives, predicted, labelled } = microScores(scores);
    console.log(`[people] ${labels.length} cables: precision ${precision.toFixed(3)} (${truePositives}/${predicted}), recall ${recall.toFixed(3)} (${truePositives}/${labelled})`);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it("finds people across the corpus, not only in the labelled cables", () => {
    expect(mentionCount).toBeGreaterThan(records.size);
  });

  it("still yields every person of the seed cables once the corpus has taught it its words", () => {
    const seeds = ["06ROME1755", "07ROME535"].map(readSeed);
    const people = resolvePeople(seeds.map((record) => ({ refId: record.refId, sentAt: record.sentAt, origin: record.origin, mentions: extractMentions(record, gazetteer) })));
    const names = people.map((person) => person.displayName);
    for (const surname of SEED_PEOPLE) expect(names.filter((name) => name.endsWith(surname)), surname).toHaveLength(1);
    expect(names).toHaveLength(SEED_PEOPLE.length);
  });
});
