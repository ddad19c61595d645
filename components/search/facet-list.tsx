import Link from "next/link";
import type { FacetValue } from "@/lib/search/service";
import { searchHref, toggleFilter, type FacetParam, type SearchQuery } from "@/lib/search/query";
import { CABLES_INDEX_SETTINGS } from "@/lib/search/settings";

const VISIBLE_VALUES = 8;
/** The index returns at most this many values of a facet; a list that long may be cut. */
const MAX_FACET_VALUES = CABLES_INDEX_SETTINGS.faceting?.maxValuesPerFacet ?? 100;
/**
 * The most values a page lists: a facet can have hundreds (people, tags) and each is a link to
 * build and send. The rest are a typed filter away.
 */
const MAX_LISTED_VALUES = 60;

function FacetLink({ query, param, value, label }: { query: SearchQuery; param: FacetParam; value: FacetValue; label: string | null }) {
  return (
    <li>
      <Link
        href={searchHref(toggleFilter(query, param, value.value))}
        aria-current={value.isSelected ? "true" : undefined}
        className={`flex items-baseline justify-between gap-2 rounded px-1 py-0.5 hover:bg-stone-100 ${value.isSelected ? "font-semibold text-blue-900" : "text-stone-800"}`}
      >
        <span className="min-w-0 break-words">
          <span aria-hidden="true">{value.isSelected ? "✓ " : ""}</span>
          {value.value}
          {label && <span className="font-normal text-stone-600"> — {label}</span>}
          {value.isSelected && <span className="sr-only"> (selected; follow to remove)</span>}
        </span>
        <span className="shrink-0 tabular-nums text-stone-600">{value.count.toLocaleString("en-US")}</span>
      </Link>
    </li>
  );
}

/**
 * A facet's values as plain links that add or remove a filter. Long lists show the top values and
 * the rest behind a disclosure; a GET form narrows the list by text, without JavaScript.
 */
export function FacetList({
  title,
  param,
  query,
  values,
  describe,
  filterText,
}: {
  title: string;
  param: FacetParam;
  query: SearchQuery;
  values: FacetValue[];
  describe?: (value: string) => string | null;
  filterText?: string;
}) {
  const headingId = `facet-${param}`;
  const label = (value: string) => describe?.(value) ?? null;
  const visible = values.slice(0, VISIBLE_VALUES);
  const hidden = values.slice(VISIBLE_VALUES, MAX_LISTED_VALUES);
  const isCapped = values.length > MAX_LISTED_VALUES;
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h3 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-stone-700">
        {title}
      </h3>
      {values.length === 0 ? (
        <p className="text-sm text-stone-600">{filterText ? `No ${title.toLowerCase()} match “${filterText}”.` : "None in these results."}</p>
      ) : (
        <ul className="space-y-0.5 text-sm">
          {visible.map((value) => (
            <FacetLink key={value.value} query={query} param={param} value={value} label={label(value.value)} />
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-800 hover:underline">
            {isCapped ? `More ${title.toLowerCase()}: the ${MAX_LISTED_VALUES} most frequent` : `All ${values.length.toLocaleString("en-US")} ${title.toLowerCase()}`}
          </summary>
          <ul className="mt-1 max-h-80 space-y-0.5 overflow-y-auto">
            {hidden.map((value) => (
              <FacetLink key={value.value} query={query} param={param} value={value} label={label(value.value)} />
            ))}
          </ul>
          {isCapped && <p className="mt-1 text-stone-600">{values.length.toLocaleString("en-US")}{values.length >= MAX_FACET_VALUES ? " or more" : ""} in all: filter to find the others.</p>}
        </details>
      )}
    </section>
  );
}
