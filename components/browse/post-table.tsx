import Link from "next/link";
import type { ReactNode } from "react";
import type { PostListing } from "@/lib/db/browse";
import { postHref } from "@/lib/format/links";
import { POST_KIND_LABELS } from "./labels";
import { cablesLabel } from "./text";

function NotKnown() {
  return (
    <span className="text-stone-500">
      <span aria-hidden="true">–</span>
      <span className="sr-only">not known</span>
    </span>
  );
}

function yearSpan({ firstYear, lastYear }: Pick<PostListing, "firstYear" | "lastYear">): ReactNode {
  if (firstYear === null || lastYear === null) return <NotKnown />;
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}

export function PostTable({ posts, caption }: { posts: PostListing[]; caption: string }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Post
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Kind
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              City
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Country
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Cables
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Years
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
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
        </tbody>
      </table>
    </div>
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
