/** Distinct tags and origins of the development corpus with their frequencies, parsed once per test worker. */
import { join } from "node:path";
import { parsePaths } from "@/lib/cable/read";
import { CORPUS_DIR } from "../cable/corpus";

export type CorpusCounts = { cables: number; failures: number; tags: Map<string, number>; origins: Map<string, number> };

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

async function collect(): Promise<CorpusCounts> {
  const counts: CorpusCounts = { cables: 0, failures: 0, tags: new Map(), origins: new Map() };
  for await (const outcome of parsePaths([join(CORPUS_DIR, "cables.csv")])) {
    if (!outcome.ok) {
      counts.failures++;
      continue;
    }
    counts.cables++;
    increment(counts.origins, outcome.value.origin ?? "");
    for (const tag of outcome.value.tags) increment(counts.tags, tag);
  }
  return counts;
}

let pending: Promise<CorpusCounts> | null = null;

export function corpusCounts(): Promise<CorpusCounts> {
  pending ??= collect();
  return pending;
}

/** Share of the total weight held by entries that pass `isCounted`, over entries that pass `isEligible`. */
export function weightedShare<T>(counts: Map<string, number>, describe: (key: string) => T, isCounted: (value: T) => boolean, isEligible: (value: T) => boolean = () => true): { share: number; total: number } {
  let total = 0;
  let counted = 0;
  for (const [key, weight] of counts) {
    const value = describe(key);
    if (!isEligible(value)) continue;
    total += weight;
    if (isCounted(value)) counted += weight;
  }
  return { share: total === 0 ? 0 : counted / total, total };
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
