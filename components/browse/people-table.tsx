import Link from "next/link";
import type { PersonListing } from "@/lib/db/people";
import { personHref } from "@/lib/format/links";
import { DataTable, type Column } from "./data-table";
import { yearSpan } from "./post-table";

const PEOPLE_COLUMNS: Column[] = [{ label: "Person" }, { label: "Also written" }, { label: "Cables", isNumeric: true }, { label: "Mentions", isNumeric: true }, { label: "Years" }];
const SHOWN_VARIANTS = 4;

/** Variants other than the name shown, the first few: how the cables spell the same person. */
function otherVariants({ displayName, variants }: Pick<PersonListing, "displayName" | "variants">): string {
  const others = variants.filter((variant) => variant !== displayName);
  const shown = others.slice(0, SHOWN_VARIANTS).join(", ");
  return others.length > SHOWN_VARIANTS ? `${shown}, …` : shown;
}

export function PeopleTable({ people, caption }: { people: PersonListing[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={PEOPLE_COLUMNS}>
      {people.map((person) => (
        <tr key={person.slug}>
          <th scope="row" className="px-3 py-2 font-normal">
            <Link href={personHref(person.slug)} className="font-semibold text-blue-800 hover:underline">
              {person.displayName}
            </Link>
          </th>
          <td className="px-3 py-2 text-stone-700">{otherVariants(person)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{person.cableCount.toLocaleString("en-US")}</td>
          <td className="px-3 py-2 text-right tabular-nums">{person.mentionCount.toLocaleString("en-US")}</td>
          <td className="whitespace-nowrap px-3 py-2 tabular-nums text-stone-700">{yearSpan(person)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
