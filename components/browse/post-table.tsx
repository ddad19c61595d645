import Link from "next/link";
import type { ReactNode } from "react";
import type { PostListing } from "@/lib/db/browse";
import { postHref } from "@/lib/format/links";
import { POST_KIND_LABELS } from "./labels";
import { DataTable, type Column } from "./data-table";
import { cablesLabel } from "./text";

export function NotKnown() {
  return (
    <span className="text-stone-500">
      <span aria-hidden="true">–</span>
      <span className="sr-only">not known</span>
    </span>
  );
}

export function yearSpan({ firstYear, lastYear }: { firstYear: number | null; lastYear: number | null }): ReactNode {
  if (firstYear === null || lastYear === null) return <NotKnown />;
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}

const POST_COLUMNS: Column[] = [{ label: "Post" }, { label: "Kind" }, { label: "City" }, { label: "Country" }, { label: "Cables", isNumeric: true }, { label: "Years" }];

export function PostTable({ posts, caption }: { posts: PostListing[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={POST_COLUMNS}>
      {posts.map((post) => (
        <tr key={post.name}>
          <th scope="row" className="px-3 py-2 font-normal">
            <Link href={postHref(post.name)} className="font-semibold text-blue-800 hover:underline">
              {post.name}
            </Link>
          </th>
          <td className="px-3 py-2 text-stone-700">{POST_KIND_LABELS[post.kind]}</td>
          <td className="px-3 py-2 text-stone-900">{post.city ?? <NotKnown />}</td>
          <td className="px-3 py-2 text-stone-900">{post.country ?? <NotKnown />}</td>
          <td className="px-3 py-2 text-right tabular-nums">{post.cableCount.toLocaleString("en-US")}</td>
          <td className="whitespace-nowrap px-3 py-2 tabular-nums text-stone-700">{yearSpan(post)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function PostLinks({ posts }: { posts: PostListing[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
      {posts.map((post) => (
        <li key={post.name} className="flex items-baseline justify-between gap-3 px-3 py-2">
          <span>
            <Link href={postHref(post.name)} className="font-medium text-blue-800 hover:underline">
              {post.name}
            </Link>
            {post.country && <span className="text-stone-700"> · {post.country}</span>}
          </span>
          <span className="shrink-0 tabular-nums text-stone-700">{cablesLabel(post.cableCount)}</span>
        </li>
      ))}
    </ul>
  );
}
