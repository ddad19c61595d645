import Link from "next/link";
import { searchHref, type SearchQuery } from "@/lib/search/query";

function pageWindow(current: number, last: number): (number | "gap")[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2].filter((page) => page >= 1 && page <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? ["gap" as const, page] : [page]));
}

export function Pagination({ query, pageCount }: { query: SearchQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (page: number) => searchHref({ ...query, page });
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-1 text-sm">
      {query.page > 1 && (
        <Link href={href(query.page - 1)} rel="prev" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
          Previous
        </Link>
      )}
      {pageWindow(query.page, pageCount).map((page, index) =>
        page === "gap" ? (
          <span key={`gap-${index}`} className="px-1 text-stone-500">
            …
          </span>
        ) : (
          <Link
            key={page}
            href={href(page)}
            aria-current={page === query.page ? "page" : undefined}
            className={`rounded border px-2 py-1 ${page === query.page ? "border-blue-800 bg-blue-800 text-white" : "border-stone-300 hover:bg-stone-100"}`}
          >
            {page}
          </Link>
        ),
      )}
      {query.page < pageCount && (
        <Link href={href(query.page + 1)} rel="next" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
          Next
        </Link>
      )}
    </nav>
  );
}
