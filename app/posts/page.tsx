import type { Metadata } from "next";
import { POST_KIND_LABELS } from "@/components/browse/labels";
import { ListFilter } from "@/components/browse/list-filter";
import { Pagination } from "@/components/browse/pagination";
import { LIST_PAGE_SIZE, parsePostListParams, postListHref, type PostListQuery, type RawSearchParams } from "@/components/browse/params";
import { PostTable } from "@/components/browse/post-table";
import { SortLinks } from "@/components/browse/sort-links";
import { capitalise, shownRange } from "@/components/browse/text";
import { listPosts } from "@/lib/db/browse";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

const KIND_NOUNS: Readonly<Record<NonNullable<PostListQuery["kind"]>, [string, string]>> = {
  embassy: ["embassy", "embassies"],
  consulate: ["consulate", "consulates"],
  mission: ["mission", "missions"],
  department: ["department post", "department posts"],
  other: ["other post", "other posts"],
};

/** "embassies matching “ital”": the heading, the title and the table's caption. */
function describeQuery({ kind, q }: PostListQuery, count?: number): string {
  const [singular, plural] = kind ? KIND_NOUNS[kind] : ["post", "posts"];
  const noun = count === 1 ? singular : plural;
  return q ? `${noun} matching “${q}”` : noun;
}

async function metadataOf({ searchParams }: Props): Promise<Metadata> {
  return { title: capitalise(describeQuery(parsePostListParams(await searchParams))) };
}

async function PostsPage({ searchParams }: Props) {
  const query = parsePostListParams(await searchParams);
  const { items, total, kinds } = await listPosts({ ...query, pageSize: LIST_PAGE_SIZE });
  const change = (changes: Partial<PostListQuery>) => postListHref({ ...query, page: 1, ...changes });
  const range = shownRange({ page: query.page, total, pageSize: LIST_PAGE_SIZE, shown: items.length });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Posts</h1>
        <p className="max-w-3xl text-stone-700">The embassies, consulates, missions and offices the cables in the archive were sent from.</p>
      </header>
      <ListFilter
        action={postListHref()}
        formLabel="Filter posts"
        textLabel="Name, city or country contains"
        q={query.q}
        kind={query.kind}
        kindLabels={POST_KIND_LABELS}
        kindCounts={kinds}
        hrefForKind={(kind) => change({ kind })}
        hidden={{ sort: query.sort === "count" ? null : query.sort }}
      />
      <section aria-labelledby="post-results" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="post-results" className="text-xl font-semibold">
            {total.toLocaleString("en-US")} {describeQuery(query, total)}
          </h2>
          <SortLinks
            options={[
              { label: "Most cables first", href: change({ sort: "count" }), isCurrent: query.sort === "count" },
              { label: "By name", href: change({ sort: "name" }), isCurrent: query.sort === "name" },
            ]}
          />
        </div>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {items.length > 0 && <PostTable posts={items} caption={capitalise(describeQuery(query))} />}
        <Pagination label="Pages of posts" page={query.page} total={total} pageSize={LIST_PAGE_SIZE} hrefForPage={(page) => postListHref({ ...query, page })} />
      </section>
    </div>
  );
}

export default withDatabase(PostsPage);
export const generateMetadata = withMetadataFallback(metadataOf);
