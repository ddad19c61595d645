import type { YearCount } from "@/lib/db/browse";

export type YearBar = YearCount & { percent: number };

/** Below this share of the tallest bar a bar would vanish; a year with cables must stay visible. */
const MIN_VISIBLE_PERCENT = 1;

/**
 * Bars for every year from the first to the last, gaps included as zero: a timeline that skipped
 * empty years would draw 2001 and 2004 side by side. Widths are a share of the busiest year.
 */
export function scaleYears(counts: readonly YearCount[]): YearBar[] {
  const withCables = counts.filter(({ count }) => count > 0);
  if (withCables.length === 0) return [];
  const byYear = new Map<number, number>();
  for (const { year, count } of withCables) byYear.set(year, (byYear.get(year) ?? 0) + count);
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const max = Math.max(...byYear.values());
  const bars: YearBar[] = [];
  for (let year = first; year <= last; year += 1) {
    const count = byYear.get(year) ?? 0;
    const percent = count === 0 ? 0 : Math.max(MIN_VISIBLE_PERCENT, Math.round((count / max) * 1000) / 10);
    bars.push({ year, count, percent });
  }
  return bars;
}
