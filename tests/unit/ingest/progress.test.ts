import { describe, expect, test } from "vitest";
import { createJsonStepLogger, createProgressReporter, formatStage } from "../../../lib/ingest/progress";
import type { IngestSummary } from "../../../lib/ingest/run";

describe("ingest progress through the people and indexing stages", () => {
  test("says which stage runs and how far it got", () => {
    expect(formatStage({ step: "gazetteer", done: 1500, total: 251287 })).toBe("people: learning names from 1,500 of 251,287 cables");
    expect(formatStage({ step: "extract", done: 500, total: 2000 })).toBe("people: finding people in 500 of 2,000 cables");
    expect(formatStage({ step: "index", done: 10000, total: 10000 })).toBe("search index: sent 10,000 of 10,000 cables");
  });

  test("off a terminal, each stage starts a line of its own and repeats within a stage are throttled", () => {
    const lines: string[] = [];
    const reporter = createProgressReporter({ isTTY: false, write: (text: string) => lines.push(text) === 0 }, 60_000);
    reporter.stage({ step: "extract", done: 500, total: 1000 });
    reporter.stage({ step: "extract", done: 1000, total: 1000 });
    reporter.stage({ step: "index", done: 500, total: 1000 });
    expect(lines).toEqual(["people: finding people in 500 of 1,000 cables\n", "search index: sent 500 of 1,000 cables\n"]);
  });
});

describe("the JSON log of an ingest (--log-json)", () => {
  test("writes one line per step as it ends, with its duration and reach, then one for the run", () => {
    let clock = Date.parse("2026-11-23T12:00:00Z");
    const lines: string[] = [];
    const log = createJsonStepLogger((line) => lines.push(line), () => clock);
    log.update({ seen: 500, bytesDone: 1, bytesTotal: 2, elapsedMs: 0 });
    clock += 4_000;
    log.update({ seen: 1000, bytesDone: 2, bytesTotal: 2, elapsedMs: 4_000 });
    log.stage({ step: "extract", done: 500, total: 1000 });
    clock += 2_500;
    log.stage({ step: "extract", done: 1000, total: 1000 });
    log.stage({ step: "index", done: 1000, total: 1000 });
    clock += 1_000;
    const summary = { runId: 3, isDryRun: false, seen: 1000, new: 990, updated: 0, unchanged: 0, failed: 10, failuresByCode: { empty: 10 }, releaseIdsLoaded: 0, durationMs: 7_500, stageMs: { parse: 1, database: 2, index: 3, people: 4 }, people: null, reconciliation: null } satisfies IngestSummary;
    log.summary(summary, "/data/reports/ingest-run-3-failures.jsonl");

    expect(lines.every((line) => line.endsWith("\n") && !line.slice(0, -1).includes("\n"))).toBe(true);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map(({ event, step }) => [event, step ?? null])).toEqual([
      ["ingest.step", "write"],
      ["ingest.step", "extract"],
      ["ingest.step", "index"],
      ["ingest.finished", null],
    ]);
    expect(records[0]).toMatchObject({ durationMs: 4_000, done: 1000, total: null, time: "2026-11-23T12:00:04.000Z" });
    expect(records[1]).toMatchObject({ durationMs: 2_500, done: 1000, total: 1000 });
    expect(records[2]).toMatchObject({ durationMs: 1_000 });
    expect(records[3]).toMatchObject({ runId: 3, seen: 1000, failed: 10, durationMs: 7_500, reportFile: "/data/reports/ingest-run-3-failures.jsonl" });
  });
});
