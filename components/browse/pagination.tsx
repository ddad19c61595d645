import Link from "next/link";
import { pageCount } from "./params";

type PaginationProps = {
  /** What is being paged, for the landmark's name ("Pages of cables"). */
  label: string;
  page: number;
  total: number;
  pageSize: number;
  hrefForPage: (page: number) => string;
};

const LINK_CLASS = "rounded border border-stone-300 bg-white px-3 py-1 text-blue-800 hover:bg-stone-100";

export function Pagination({ label, page, total, pageSize, hrefForPage }: PaginationProps) {
  const last = pageCount(total, pageSize);
  if (last === 1 && page === 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={hrefForPage(Math.min(page - 1, last))} rel="prev" className={LINK_CLASS}>
          Previous page
        </Link>
      )}
      <p className="text-stone-700">
        Page {page.toLocaleString("en-US")} of {last.toLocaleString("en-US")}
      </p>
      {page < last && (
        <Link href={hrefForPage(page + 1)} rel="next" className={LINK_CLASS}>
          Next page
        </Link>
      )}
    </nav>
  );
}
