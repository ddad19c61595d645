import type { Metadata } from "next";
import { FactList, PageSection } from "@/components/browse/page-parts";
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
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

const TOP_TAG_COUNT = 15;

type Props = { params: Promise<{ name: string }>; searchParams: Promise<RawSearchParams> };

async function metadataOf({ params }: Props): Promise<Metadata> {
  const post = await findPost(decodeSegment((await params).name));
  if (!post) return { title: "Post not found" };
  return { title: post.name, description: `Cables sent from ${post.name} in the archive.` };
}

async function PostPage({ params, searchParams }: Props) {
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
        <FactList
          facts={[
            { label: "Kind", value: POST_KIND_LABELS[post.kind] },
            { label: "City", value: post.city ?? "Not known" },
            { label: "Country", value: post.country ?? "Not known" },
            { label: "In the archive", value: cablesLabel(total), testId: "post-count" },
          ]}
        />
      </header>
      <PageSection id="years-heading" title="Cables per year">
        <YearChart title={`Cables from ${post.name}, per year`} timeline={post.timeline} hrefForYear={(year) => yearSearchHref(year, { origin: [post.name] })} />
      </PageSection>
      {post.topTags.length > 0 && (
        <PageSection id="tags-heading" title="Most frequent tags">
          <TagChips tags={post.topTags} />
        </PageSection>
      )}
      <PageSection id="cables-heading" title={`Cables from ${post.name}`}>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {cables.length > 0 && <CableList cables={cables} />}
        <Pagination label="Pages of cables" page={page} total={total} pageSize={CABLE_PAGE_SIZE} hrefForPage={(target) => pageHref(postHref(post.name), target)} />
      </PageSection>
    </div>
  );
}

export default withDatabase(PostPage);
export const generateMetadata = withMetadataFallback(metadataOf);
