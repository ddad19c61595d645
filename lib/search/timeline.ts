/**
 * Cables per month for a search, as a continuous series (empty months included: a timeline that
 * skipped them would draw March beside June) and as a year × month grid. Pure; the counts come
 * from the index's `month` facet (lib/search/timeline-service.ts).
 */

export type MonthCount = { month: string; count: number };
export type TimelineYear = { year: number; months: number[]; total: number };
export type MonthTimeline = {
  series: MonthCount[];
  years: TimelineYear[];
  total: number;
  busiest: MonthCount | null;
};

const MONTH = /^(\d{4})-(\d{2})$/;

function monthIndex(month: string): number | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const monthNumber = Number(match[2]);
  return monthNumber >= 1 && monthNumber <= 12 ? Number(match[1]) * 12 + monthNumber - 1 : null;
}

const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

export function buildMonthTimeline(counts: readonly MonthCount[]): MonthTimeline {
  const byIndex = new Map<number, number>();
  for (const { month, count } of counts) {
    const index = monthIndex(month);
    if (index === null || count <= 0) continue;
    byIndex.set(index, (byIndex.get(index) ?? 0) + count);
  }
  if (byIndex.size === 0) return { series: [], years: [], total: 0, busiest: null };
  const indices = [...byIndex.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const series: MonthCount[] = [];
  for (let index = first; index <= last; index += 1) series.push({ month: monthKey(index), count: byIndex.get(index) ?? 0 });

  const years: TimelineYear[] = [];
  for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year += 1) {
    const months = Array.from({ length: 12 }, (_, month) => byIndex.get(year * 12 + month) ?? 0);
    years.push({ year, months, total: months.reduce((sum, count) => sum + count, 0) });
  }
  // The earliest of equally busy months: stable, and the one a reader meets first.
  const busiest = series.reduce<MonthCount | null>((best, entry) => (best === null || entry.count > best.count ? entry : best), null);
  return { series, years, total: years.reduce((sum, { total }) => sum + total, 0), busiest };
}

/**
 * Year ranges whose months fit in one facet answer: Meilisearch returns at most `maxValues`
 * values per facet, and a search spanning 1966–2010 has more months than that.
 */
export function yearRanges(years: readonly number[], maxValues: number): { first: number; last: number }[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const span = Math.max(1, Math.floor(maxValues / 12));
  const ranges: { first: number; last: number }[] = [];
  for (const year of sorted) {
    const current = ranges.at(-1);
    if (current && year - current.first < span) current.last = year;
    else ranges.push({ first: year, last: year });
  }
  return ranges;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2006-03` → `March 2006`. */
export function monthLabel(month: string): string {
  const index = monthIndex(month);
  return index === null ? month : `${MONTH_NAMES[index % 12]} ${Math.floor(index / 12)}`;
}
