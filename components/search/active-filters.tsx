import Link from "next/link";
import { describeTag } from "@/lib/glossary/tags";
import { EMPTY_QUERY, FACET_PARAMS, formatDateBound, hasFilters, searchHref, toggleFilter, withChanges, type FacetParam, type SearchQuery } from "@/lib/search/query";

const FACET_LABELS: Record<FacetParam, string> = { tag: "Tag", origin: "From", classification: "Classification", caveat: "Handling", person: "Person" };

function Chip({ href, label }: { href: string; label: string }) {
  return (
    <li>
      <Link href={href} className="inline-flex items-center gap-1 rounded-full border border-blue-300 bg-blue-50 px-3 py-0.5 text-sm text-blue-900 hover:bg-blue-100">
        {label}
        <span aria-hidden="true">×</span>
        <span className="sr-only">(remove this filter)</span>
      </Link>
    </li>
  );
}

export function ActiveFilters({ query }: { query: SearchQuery }) {
  if (!hasFilters(query)) return null;
  const dateLabel = [query.from ? `from ${formatDateBound(query.from)}` : null, query.to ? `to ${formatDateBound(query.to)}` : null].filter(Boolean).join(" ");
  return (
    <nav aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      <ul className="flex flex-wrap gap-2">
        {FACET_PARAMS.flatMap((param) =>
          query.filters[param].map((value) => {
            const meaning = param === "tag" ? describeTag(value).description : null;
            return <Chip key={`${param}:${value}`} href={searchHref(toggleFilter(query, param, value))} label={`${FACET_LABELS[param]}: ${value}${meaning ? ` (${meaning})` : ""}`} />;
          }),
        )}
        {dateLabel && <Chip href={searchHref(withChanges(query, { from: null, to: null }))} label={`Date: ${dateLabel}`} />}
      </ul>
      <Link href={searchHref({ ...EMPTY_QUERY, q: query.q, sort: query.sort })} className="text-sm text-blue-800 underline">
        Clear all filters
      </Link>
    </nav>
  );
}
