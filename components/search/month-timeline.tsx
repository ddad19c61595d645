import Link from "next/link";
import { searchHref, withChanges, type SearchQuery } from "@/lib/search/query";
import { monthLabel, type MonthTimeline } from "@/lib/search/timeline";

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CHART_HEIGHT = 100;
// Enough year labels to find one's way, few enough not to collide on a phone.
const MAX_YEAR_LABELS = 12;

const cables = (count: number) => `${count.toLocaleString("en-US")} ${count === 1 ? "cable" : "cables"}`;

function monthSearchHref(query: SearchQuery, year: number, month: number | null): string {
  const bound = { year, month, day: null };
  return searchHref(withChanges(query, { from: bound, to: bound }));
}

/**
 * The bars: one per month, drawn on the server as SVG. The SVG is a picture for sighted mouse
 * users (each bar links to its month, out of the tab order); the table below carries the same
 * numbers and links for everyone else.
 */
function MonthChart({ query, timeline }: { query: SearchQuery; timeline: MonthTimeline }) {
  const { series, busiest } = timeline;
  const max = Math.max(1, busiest?.count ?? 1);
  const firstYear = Number(series[0]?.month.slice(0, 4));
  const yearCount = timeline.years.length;
  const labelEvery = Math.max(1, Math.ceil(yearCount / MAX_YEAR_LABELS));
  return (
    <figure className="space-y-1">
      <div className="relative">
        <svg viewBox={`0 0 ${series.length} ${CHART_HEIGHT}`} preserveAspectRatio="none" width="100%" height="192" className="block rounded border border-stone-200 bg-white" aria-hidden="true" focusable="false" data-testid="timeline-chart">
          {series.map(({ month }, index) =>
            // January gridlines, one screen pixel wide however far the chart is stretched.
            month.endsWith("-01") && index > 0 ? <line key={`grid-${month}`} x1={index} x2={index} y1={0} y2={CHART_HEIGHT} vectorEffect="non-scaling-stroke" strokeWidth={1} className="stroke-stone-200" /> : null,
          )}
          {series.map(({ month, count }, index) => {
            if (count === 0) return null;
            const height = Math.max(1, (count / max) * (CHART_HEIGHT - 4));
            return (
              <a key={month} href={monthSearchHref(query, Number(month.slice(0, 4)), Number(month.slice(5, 7)))} tabIndex={-1}>
                <title>{`${monthLabel(month)}: ${cables(count)}`}</title>
                <rect x={index + 0.1} y={CHART_HEIGHT - height} width={0.8} height={height} className="fill-blue-700 hover:fill-blue-900" />
              </a>
            );
          })}
        </svg>
        <div className="relative mt-1 h-4 text-xs text-stone-600" aria-hidden="true">
          {timeline.years
            .filter(({ year }) => (year - firstYear) % labelEvery === 0)
            .map(({ year }) => {
              const index = series.findIndex(({ month }) => month.startsWith(`${year}-`));
              return (
                <span key={year} className="absolute" style={{ left: `${(Math.max(0, index) / series.length) * 100}%` }}>
                  {year}
                </span>
              );
            })}
        </div>
      </div>
      <figcaption className="text-sm text-stone-700">
        Cables per month (UTC), from {monthLabel(series[0]?.month ?? "")} to {monthLabel(series.at(-1)?.month ?? "")}
        {busiest ? `; the busiest month is ${monthLabel(busiest.month)} with ${cables(busiest.count)}` : ""}. Click a bar, or a number in the table, for that month’s cables.
      </figcaption>
    </figure>
  );
}

/** The same counts as a year × month table: readable without the chart, and each count a link to its cables. */
function MonthTable({ query, timeline }: { query: SearchQuery; timeline: MonthTimeline }) {
  const max = Math.max(1, timeline.busiest?.count ?? 1);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-right text-sm tabular-nums" data-testid="timeline-table">
        <caption className="mb-2 text-left font-semibold text-stone-900">Cables per month</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="px-1 py-1 text-left">
              Year
            </th>
            {MONTH_ABBREVIATIONS.map((name) => (
              <th key={name} scope="col" className="px-1 py-1 font-medium">
                {name}
              </th>
            ))}
            <th scope="col" className="px-1 py-1">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {timeline.years.map(({ year, months, total }) => (
            <tr key={year} className="border-b border-stone-100">
              <th scope="row" className="px-1 py-0.5 text-left font-mono font-normal">
                {total > 0 ? (
                  <Link href={monthSearchHref(query, year, null)} className="text-blue-800 underline">
                    {year}
                  </Link>
                ) : (
                  year
                )}
              </th>
              {months.map((count, month) => (
                <td
                  key={month}
                  className="px-1 py-0.5"
                  // A light heat map: the share of the busiest month, kept pale enough for dark text.
                  style={count > 0 ? { backgroundColor: `rgba(29, 78, 216, ${(0.05 + 0.3 * (count / max)).toFixed(3)})` } : undefined}
                >
                  {count > 0 ? (
                    <Link href={monthSearchHref(query, year, month + 1)} className="text-stone-950 hover:underline" aria-label={`${MONTH_ABBREVIATIONS[month]} ${year}: ${cables(count)}`}>
                      {count.toLocaleString("en-US")}
                    </Link>
                  ) : (
                    <span className="text-stone-500">0</span>
                  )}
                </td>
              ))}
              <td className="px-1 py-0.5 font-semibold">{total.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MonthTimelineView({ query, timeline }: { query: SearchQuery; timeline: MonthTimeline }) {
  if (timeline.series.length === 0) return <p className="text-stone-700">No dated cables match this search.</p>;
  return (
    <div className="space-y-6">
      <MonthChart query={query} timeline={timeline} />
      <MonthTable query={query} timeline={timeline} />
    </div>
  );
}
