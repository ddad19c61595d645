import Link from "next/link";
import type { TagListing } from "@/lib/db/browse";
import { tagHref } from "@/lib/format/links";
import { DataTable, type Column } from "./data-table";
import { TAG_KIND_LABELS, tagMeaning } from "./labels";

export function TagMeaning({ tag }: { tag: Pick<TagListing, "kind" | "description"> }) {
  const { text, isKnown } = tagMeaning(tag);
  return isKnown ? <>{text}</> : <span className="italic text-stone-600">{text}</span>;
}

const TAG_COLUMNS: Column[] = [{ label: "Code" }, { label: "Meaning" }, { label: "Kind" }, { label: "Cables", isNumeric: true }];

export function TagTable({ tags, caption }: { tags: TagListing[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={TAG_COLUMNS}>
      {tags.map((tag) => (
        <tr key={tag.code}>
          <th scope="row" className="px-3 py-2 font-normal">
            <Link href={tagHref(tag.code)} className="font-mono font-semibold text-blue-800 hover:underline">
              {tag.code}
            </Link>
          </th>
          <td className="px-3 py-2 text-stone-900">
            <TagMeaning tag={tag} />
          </td>
          <td className="px-3 py-2 text-stone-700">{TAG_KIND_LABELS[tag.kind]}</td>
          <td className="px-3 py-2 text-right tabular-nums">{tag.cableCount.toLocaleString("en-US")}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A compact list of tag links with counts (a post's frequent tags, the home page's subjects). */
export function TagChips({ tags }: { tags: TagListing[] }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {tags.map((tag) => (
        <li key={tag.code}>
          <Link href={tagHref(tag.code)} className="inline-flex items-baseline gap-1 rounded border border-stone-300 bg-white px-2 py-1 text-stone-900 hover:border-blue-800">
            <span className="font-mono font-semibold text-blue-800">{tag.code}</span>
            {tag.description && <span className="text-stone-700">{tag.description}</span>}
            <span className="tabular-nums text-stone-600">({tag.cableCount.toLocaleString("en-US")})</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
