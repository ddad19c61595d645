import Link from "next/link";
import type { Timeline } from "@/lib/db/browse";
import { cablesLabel } from "./text";
import { scaleYears } from "./year-scale";

type YearChartProps = {
  /** The table's caption, e.g. "Cables per year". */
  title: string;
  timeline: Timeline;
  /** When given, each bar links to that year's cables. */
  hrefForYear?: (year: number) => string;
};

/**
 * A bar chart that is a real table (year → cables), so screen readers read "2006, 15 cables" row
 * by row. Bars are SVG rectangles sized by attribute rather than inline styles, which a strict
 * Content-Security-Policy (style-src without 'unsafe-inline') would block.
 */
export function YearChart({ title, timeline, hrefForYear }: YearChartProps) {
  const bars = scaleYears(timeline.years);
  return (
    <figure className="rounded border border-stone-200 bg-white p-4">
      {bars.length === 0 ? (
        <figcaption className="text-sm text-stone-700">{title}: no dated cables.</figcaption>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold text-stone-900">{title}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Cables</th>
            </tr>
          </thead>
          <tbody>
            {bars.map(({ year, count, percent }) => {
              const label = `${year}: ${cablesLabel(count)}`;
              const bar = (
                <>
                  <svg width="100%" height="16" className="block min-w-0 flex-1" aria-hidden="true" focusable="false">
                    <rect width={`${percent}%`} height="100%" rx="2" className="fill-blue-700" />
                  </svg>
                  <span className="w-14 shrink-0 text-right tabular-nums text-stone-800">
                    {count.toLocaleString("en-US")}
                    <span className="sr-only"> {count === 1 ? "cable" : "cables"}</span>
                  </span>
                </>
              );
              return (
                <tr key={year} className="h-6">
                  <th scope="row" className="w-12 pr-2 text-right font-mono font-normal tabular-nums text-stone-700">
                    {year}
                  </th>
                  <td className="py-0.5">
                    {hrefForYear && count > 0 ? (
                      <Link href={hrefForYear(year)} aria-label={label} className="group flex items-center gap-2 rounded hover:bg-stone-100">
                        {bar}
                      </Link>
                    ) : (
                      <div className="flex items-center gap-2">{bar}</div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {timeline.undated > 0 && <p className="mt-2 text-xs text-stone-600">Not in the chart: {cablesLabel(timeline.undated)} without a readable date.</p>}
    </figure>
  );
}
