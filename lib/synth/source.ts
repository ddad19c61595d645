/** The generator's input, built from the corpus's dump rows and the release's reference-id list. */
import type { DumpRow } from "../cable/csv";
import { learnPostWords } from "./ids";
import { readReleaseSlots } from "./release";
import type { SynthSource } from "./synthesize";
import { toTemplate } from "./templates";
import type { CableTemplate } from "./templates";

export type SourceSummary = { rows: number; templates: number; skipped: Record<string, number>; posts: number };

export function buildSynthSource({ rows, referenceIds }: { rows: Iterable<DumpRow>; referenceIds: string }): {
  source: SynthSource;
  summary: SourceSummary;
} {
  const templates: CableTemplate[] = [];
  const skipped: Record<string, number> = {};
  const named: { refId: string; origin: string }[] = [];
  let count = 0;
  for (const { row, fields } of rows) {
    count += 1;
    const outcome = toTemplate(fields, row);
    if (outcome.ok) templates.push(outcome.template);
    else skipped[outcome.reason] = (skipped[outcome.reason] ?? 0) + 1;
    if (fields[2] && fields[3]) named.push({ refId: fields[2], origin: fields[3] });
  }
  const release = readReleaseSlots(referenceIds);
  return {
    source: { templates, release, postWords: learnPostWords(named) },
    summary: { rows: count, templates: templates.length, skipped, posts: release.posts.length },
  };
}
