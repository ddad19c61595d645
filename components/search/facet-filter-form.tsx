import type { SearchQuery } from "@/lib/search/query";
import { HiddenQueryInputs } from "./hidden-query-inputs";

export function FacetFilterForm({ query, name, label, value }: { query: SearchQuery; name: string; label: string; value: string }) {
  const inputId = `filter-${name}`;
  return (
    <form action="/search" method="get" className="flex gap-1 text-sm">
      <HiddenQueryInputs query={query} />
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input id={inputId} name={name} type="search" defaultValue={value} maxLength={100} placeholder={label} className="w-full min-w-0 rounded border border-stone-300 px-2 py-1" />
      <button type="submit" className="rounded border border-stone-400 px-2 py-1 hover:bg-stone-100">
        Filter
      </button>
    </form>
  );
}
