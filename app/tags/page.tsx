import type { Metadata } from "next";
import { TAG_KIND_LABELS } from "@/components/browse/labels";
import { ListFilter } from "@/components/browse/list-filter";
import { Pagination } from "@/components/browse/pagination";
import { LIST_PAGE_SIZE, parseTagListParams, tagListHref, type RawSearchParams, type TagListQuery } from "@/components/browse/params";
import { SortLinks } from "@/components/browse/sort-links";
import { TagTable } from "@/components/browse/tag-table";
import { capitalise, shownRange } from "@/components/browse/text";
import { listTags } from "@/lib/db/browse";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

/** "subject tags matching “pol”": the heading, the title and the table's caption. */
function describeQuery({ kind, q }: TagListQuery, count?: number): string {
  const tags = count === 1 ? "tag" : "tags";
  const noun = kind ? `${TAG_KIND_LABELS[kind].toLowerCase()} ${tags}` : tags;
  return q ? `${noun} matching “${q}”` : noun;
}

async function metadataOf({ searchParams }: Props): Promise<Metadata> {
  const query = parseTagListParams(await searchParams);
  return { title: capitalise(describeQuery(query)) };
}

async function TagsPage({ searchParams }: Props) {
  const query = parseTagListParams(await searchParams);
  const { items, total, kinds } = await listTags({ ...query, pageSize: LIST_PAGE_SIZE });
  const change = (changes: Partial<TagListQuery>) => tagListHref({ ...query, page: 1, ...changes });
  const range = shownRange({ page: query.page, total, pageSize: LIST_PAGE_SIZE, shown: items.length });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Tags</h1>
        <p className="max-w-3xl text-stone-700">
          Every cable carries TAGS, the State Department&apos;s codes for its subjects, countries, organisations, programs and people. These are the
          tags found in the archive, with their meaning where it is known.
        </p>
      </header>
      <ListFilter
        action={tagListHref()}
        formLabel="Filter tags"
        textLabel="Code or meaning contains"
        q={query.q}
        kind={query.kind}
        kindLabels={TAG_KIND_LABELS}
        kindCounts={kinds}
        hrefForKind={(kind) => change({ kind })}
        hidden={{ sort: query.sort === "count" ? null : query.sort }}
      />
      <section aria-labelledby="tag-results" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="tag-results" className="text-xl font-semibold">
            {total.toLocaleString("en-US")} {describeQuery(query, total)}
          </h2>
          <SortLinks
            options={[
              { label: "Most cables first", href: change({ sort: "count" }), isCurrent: query.sort === "count" },
              { label: "By code", href: change({ sort: "code" }), isCurrent: query.sort === "code" },
            ]}
          />
        </div>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {items.length > 0 && <TagTable tags={items} caption={capitalise(describeQuery(query))} />}
        <Pagination label="Pages of tags" page={query.page} total={total} pageSize={LIST_PAGE_SIZE} hrefForPage={(page) => tagListHref({ ...query, page })} />
      </section>
    </div>
  );
}

export default withDatabase(TagsPage);
export const generateMetadata = withMetadataFallback(metadataOf);
