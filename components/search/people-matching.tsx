import Link from "next/link";
import type { PersonSuggestion } from "@/lib/db/people";
import { cablesLabel } from "@/components/browse/text";
import { personHref } from "@/lib/format/links";
import { searchHref, withChanges, type SearchQuery } from "@/lib/search/query";

/** "People named …": the people whose names match the words searched for, above the results. */
export function PeopleMatching({ query, people }: { query: SearchQuery; people: PersonSuggestion[] }) {
  return (
    <section aria-labelledby="people-matching" className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="people-matching">
      <h3 id="people-matching" className="font-semibold">
        People named “{query.q}”
      </h3>
      <ul className="mt-1 space-y-1">
        {people.map((person) => (
          <li key={person.slug} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={personHref(person.slug)} className="font-medium text-blue-800 underline">
              {person.displayName}
            </Link>
            <Link href={searchHref({ ...withChanges(query, { q: "" }), filters: { ...query.filters, person: [person.displayName] } })} className="text-blue-800 underline">
              the {cablesLabel(person.cableCount)} naming them
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
