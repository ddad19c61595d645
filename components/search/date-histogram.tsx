import Link from "next/link";
import { formatDateBound, searchHref, singleYearOf, withChanges, type SearchQuery } from "@/lib/search/query";
import { HiddenQueryInputs } from "./hidden-query-inputs";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Bar = { key: string; label: string; count: number; href: string; isSelected: boolean };

function Bars({ bars, caption }: { bars: Bar[]; caption: string }) {
  const max = Math.max(1, ...bars.map(({ count }) => count));
  return (
    <figure>
      <figcaption className="sr-only">{caption}</figcaption>
      <ul className="flex h-24 items-end gap-px" aria-label={caption}>
        {bars.map((bar) => (
          <li key={bar.key} className="flex h-full min-w-1 flex-1 flex-col justify-end">
            <Link
              href={bar.href}
              title={`${bar.label}: ${bar.count.toLocaleString("en-US")} cables`}
              aria-label={`${bar.label}: ${bar.count.toLocaleString("en-US")} cables`}
              aria-current={bar.isSelected ? "true" : undefined}
              className={`block w-full rounded-t ${bar.isSelected ? "bg-blue-900" : "bg-blue-600 hover:bg-blue-800"}`}
              style={{ height: `${Math.max(4, (bar.count / max) * 100)}%` }}
            />
          </li>
        ))}
      </ul>
      <div className="mt-1 flex justify-between text-xs text-stone-600" aria-hidden="true">
        <span>{bars[0]?.label}</span>
        <span>{bars.at(-1)?.label}</span>
      </div>
    </figure>
  );
}

/** Cables per year (click a year to filter to it), or per month once one year is chosen. */
export function DateHistogram({ query, years, months }: { query: SearchQuery; years: { year: number; count: number }[]; months: { month: string; count: number }[] }) {
  const singleYear = singleYearOf(query);
  const monthsOfYear = singleYear === null ? [] : months.filter(({ month }) => month.startsWith(`${singleYear}-`));
  const bars: Bar[] =
    singleYear !== null && monthsOfYear.length > 0
      ? monthsOfYear.map(({ month, count }) => {
          const monthNumber = Number(month.slice(5, 7));
          const bound = { year: singleYear, month: monthNumber, day: null };
          return { key: month, label: `${MONTH_NAMES[monthNumber - 1]} ${singleYear}`, count, href: searchHref(withChanges(query, { from: bound, to: bound })), isSelected: false };
        })
      : years.map(({ year, count }) => {
          const bound = { year, month: null, day: null };
          return { key: String(year), label: String(year), count, href: searchHref(withChanges(query, { from: bound, to: bound })), isSelected: singleYear === year };
        });

  return (
    <section aria-labelledby="facet-date" className="space-y-2">
      <h3 id="facet-date" className="text-sm font-semibold uppercase tracking-wide text-stone-700">
        Date
      </h3>
      {bars.length > 0 ? <Bars bars={bars} caption={singleYear !== null ? `Cables per month in ${singleYear}` : "Cables per year"} /> : <p className="text-sm text-stone-600">No dated cables in these results.</p>}
      <form action="/search" method="get" className="grid grid-cols-[auto_1fr] items-center gap-1 text-sm">
        <HiddenQueryInputs query={query} omit={["from", "to"]} />
        <label htmlFor="date-from">From</label>
        <input id="date-from" name="from" defaultValue={query.from ? formatDateBound(query.from) : ""} placeholder="YYYY or YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" className="rounded border border-stone-300 px-2 py-1" />
        <label htmlFor="date-to">To</label>
        <input id="date-to" name="to" defaultValue={query.to ? formatDateBound(query.to) : ""} placeholder="YYYY or YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" className="rounded border border-stone-300 px-2 py-1" />
        <span />
        <button type="submit" className="justify-self-start rounded border border-stone-400 px-2 py-1 hover:bg-stone-100">
          Apply dates
        </button>
      </form>
    </section>
  );
}
