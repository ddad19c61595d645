import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CableList } from "@/components/cable/cable-list";
import { POST_KIND_LABELS } from "@/components/browse/labels";
import { Pagination } from "@/components/browse/pagination";
import { CABLE_PAGE_SIZE, decodeSegment, pageHref, parsePage, postListHref, type RawSearchParams, yearSearchHref } from "@/components/browse/params";
import { TagChips } from "@/components/browse/tag-table";
import { cablesLabel, shownRange } from "@/components/browse/text";
import { YearChart } from "@/components/browse/year-chart";
import { findPost, getPostPage } from "@/lib/db/browse";
import { postHref } from "@/lib/format/links";

export const dynamic = "force-dynamic";

const TOP_TAG_COUNT = 15;

type Props = { params: Promise<{ name: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(decodeSegment((await params).name));
  if (!post) return { title: "Post not found" };
  return { title: post.name, description: `Cables sent from ${post.name} in the archive.` };
}

export default async function PostPage({ params, searchParams }: Props) {
  const name = decodeSegment((await params).name);
  const page = parsePage(await searchParams);
  const post = await getPostPage({ name, page, pageSize: CABLE_PAGE_SIZE, tagLimit: TOP_TAG_COUNT });
  if (!post) notFound();
  const { cables, total } = post.cables;
  const range = shownRange({ page, total, pageSize: CABLE_PAGE_SIZE, shown: cables.length });

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-stone-700">
          <Link href={postListHref({ kind: post.kind })} className="text-blue-800 underline">
            {POST_KIND_LABELS[post.kind]} posts
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{post.name}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="text-stone-600">Kind</dt>
            <dd className="text-stone-900">{POST_KIND_LABELS[post.kind]}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-600">City</dt>
            <dd className="text-stone-900">{post.city ?? "Not known"}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-600">Country</dt>
            <dd className="text-stone-900">{post.country ?? "Not known"}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-600">In the archive</dt>
            <dd className="text-stone-900" data-testid="post-count">
              {cablesLabel(total)}
            </dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="years-heading" className="space-y-3">
        <h2 id="years-heading" className="text-xl font-semibold">
          Cables per year
        </h2>
        <YearChart title={`Cables from ${post.name}, per year`} timeline={post.timeline} hrefForYear={(year) => yearSearchHref(year, { origin: [post.name] })} />
      </section>
      {post.topTags.length > 0 && (
        <section aria-labelledby="tags-heading" className="space-y-3">
          <h2 id="tags-heading" className="text-xl font-semibold">
            Most frequent tags
          </h2>
          <TagChips tags={post.topTags} />
        </section>
      )}
      <section aria-labelledby="cables-heading" className="space-y-3">
        <h2 id="cables-heading" className="text-xl font-semibold">
          Cables from {post.name}
        </h2>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {cables.length > 0 && <CableList cables={cables} />}
        <Pagination label="Pages of cables" page={page} total={total} pageSize={CABLE_PAGE_SIZE} hrefForPage={(target) => pageHref(postHref(post.name), target)} />
      </section>
    </div>
  );
}
