import Link from "next/link";
import { searchHref, withChanges, type SearchQuery, type SortOrder } from "@/lib/search/query";

const LABELS: Record<SortOrder, string> = { relevance: "Relevance", newest: "Newest first", oldest: "Oldest first" };

export function SortLinks({ query, active }: { query: SearchQuery; active: SortOrder }) {
  return (
    <nav aria-label="Sort order" className="flex items-center gap-2 text-sm">
      <span className="text-stone-600">Sort:</span>
      {(Object.keys(LABELS) as SortOrder[]).map((sort) => (
        <Link key={sort} href={searchHref(withChanges(query, { sort }))} aria-current={sort === active ? "true" : undefined} className={sort === active ? "font-semibold text-stone-900" : "text-blue-800 hover:underline"}>
          {LABELS[sort]}
        </Link>
      ))}
    </nav>
  );
}
