import type { Metadata } from "next";
import { FactList, PageSection } from "@/components/browse/page-parts";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CableList } from "@/components/cable/cable-list";
import { TAG_KIND_LABELS } from "@/components/browse/labels";
import { Pagination } from "@/components/browse/pagination";
import { CABLE_PAGE_SIZE, decodeSegment, pageHref, parsePage, tagListHref, type RawSearchParams, yearSearchHref } from "@/components/browse/params";
import { TagMeaning } from "@/components/browse/tag-table";
import { cablesLabel, shownRange } from "@/components/browse/text";
import { YearChart } from "@/components/browse/year-chart";
import { findTag, getTagPage } from "@/lib/db/browse";
import { tagHref } from "@/lib/format/links";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

async function metadataOf({ params }: Props): Promise<Metadata> {
  const tag = await findTag(decodeSegment((await params).code));
  if (!tag) return { title: "Tag not found" };
  return { title: tag.description ? `${tag.code}: ${tag.description}` : `Tag ${tag.code}`, description: `Cables tagged ${tag.code} in the archive.` };
}

async function TagPage({ params, searchParams }: Props) {
  const code = decodeSegment((await params).code);
  const page = parsePage(await searchParams);
  const tag = await getTagPage({ code, page, pageSize: CABLE_PAGE_SIZE });
  if (!tag) notFound();
  const { cables, total } = tag.cables;
  const range = shownRange({ page, total, pageSize: CABLE_PAGE_SIZE, shown: cables.length });

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-stone-700">
          <Link href={tagListHref({ kind: tag.kind })} className="text-blue-800 underline">
            {TAG_KIND_LABELS[tag.kind]} tags
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">
          <span className="font-mono">{tag.code}</span>
          <span className="sr-only">: </span>
          <span className="mt-1 block text-xl font-normal text-stone-800">
            <TagMeaning tag={tag} />
          </span>
        </h1>
        <FactList
          facts={[
            { label: "Kind", value: TAG_KIND_LABELS[tag.kind] },
            { label: "In the archive", value: cablesLabel(total), testId: "tag-count" },
          ]}
        />
      </header>
      <PageSection id="years-heading" title="Cables per year">
        <YearChart title={`Cables tagged ${tag.code}, per year`} timeline={tag.timeline} hrefForYear={(year) => yearSearchHref(year, { tag: [tag.code] })} />
      </PageSection>
      <PageSection id="cables-heading" title={`Cables tagged ${tag.code}`}>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {cables.length > 0 && <CableList cables={cables} />}
        <Pagination label="Pages of cables" page={page} total={total} pageSize={CABLE_PAGE_SIZE} hrefForPage={(target) => pageHref(tagHref(tag.code), target)} />
      </PageSection>
    </div>
  );
}

export default withDatabase(TagPage);
export const generateMetadata = withMetadataFallback(metadataOf);
