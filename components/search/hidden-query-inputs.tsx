import { toSearchParams, type SearchQuery } from "@/lib/search/query";

/** Carries the current search state through a GET form that changes one part of it. */
export function HiddenQueryInputs({ query, omit = [] }: { query: SearchQuery; omit?: string[] }) {
  const entries = [...toSearchParams({ ...query, page: 1 }).entries()].filter(([name]) => !omit.includes(name));
  return (
    <>
      {entries.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
