import type { Metadata } from "next";
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

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await findTag(decodeSegment((await params).code));
  if (!tag) return { title: "Tag not found" };
  return { title: tag.description ? `${tag.code}: ${tag.description}` : `Tag ${tag.code}`, description: `Cables tagged ${tag.code} in the archive.` };
}

export default async function TagPage({ params, searchParams }: Props) {
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
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="text-stone-600">Kind</dt>
            <dd className="text-stone-900">{TAG_KIND_LABELS[tag.kind]}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-600">In the archive</dt>
            <dd className="text-stone-900" data-testid="tag-count">
              {cablesLabel(total)}
            </dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="years-heading" className="space-y-3">
        <h2 id="years-heading" className="text-xl font-semibold">
          Cables per year
        </h2>
        <YearChart title={`Cables tagged ${tag.code}, per year`} timeline={tag.timeline} hrefForYear={(year) => yearSearchHref(year, { tag: [tag.code] })} />
      </section>
      <section aria-labelledby="cables-heading" className="space-y-3">
        <h2 id="cables-heading" className="text-xl font-semibold">
          Cables tagged {tag.code}
        </h2>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {cables.length > 0 && <CableList cables={cables} />}
        <Pagination label="Pages of cables" page={page} total={total} pageSize={CABLE_PAGE_SIZE} hrefForPage={(target) => pageHref(tagHref(tag.code), target)} />
      </section>
    </div>
  );
}
