import type { SearchQuery } from "./query";

// "06ROME1755", "06 ROME 1755", "06-rome-001755", "ROME 001755" (the year then comes from a one-year date filter).
const TYPED_REF_ID = /^(\d{2})?[\s-]*([A-Za-z]{2,30})[\s-]*0*(\d{1,7})$/;

/** The reference id a query names, if it is nothing but one, in canonical form. */
export function refIdFromQuery(query: Pick<SearchQuery, "q" | "from" | "to">): string | null {
  const match = TYPED_REF_ID.exec(query.q.trim());
  if (!match) return null;
  const [, yearDigits, post, serial] = match;
  const filterYear = query.from && query.to && query.from.year === query.to.year ? query.from.year : null;
  const year = yearDigits ?? (filterYear === null ? null : String(filterYear % 100).padStart(2, "0"));
  if (year === null || !post || !serial || Number(serial) === 0) return null;
  return `${year}${post.toUpperCase()}${Number(serial)}`;
}
