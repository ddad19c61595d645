import Link from "next/link";
import { PostLinks } from "@/components/browse/post-table";
import { postListHref, tagListHref, yearSearchHref } from "@/components/browse/params";
import { TagChips } from "@/components/browse/tag-table";
import { YearChart } from "@/components/browse/year-chart";
import { CableList } from "@/components/cable/cable-list";
import { getTimeline, getTopPosts, getTopTags } from "@/lib/db/browse";
import { getArchiveStats, getLatestCables } from "@/lib/db/cables";
import { EMPTY_QUERY, searchHref } from "@/lib/search/query";
import { withDatabase } from "@/components/with-database";

export const dynamic = "force-dynamic";

const LATEST_COUNT = 20;
const TOP_TAG_COUNT = 12;
const TOP_POST_COUNT = 10;

async function HomePage() {
  const [stats, latest, timeline, topTags, topPosts] = await Promise.all([
    getArchiveStats(),
    getLatestCables(LATEST_COUNT),
    getTimeline(),
    getTopTags({ kind: "subject", limit: TOP_TAG_COUNT }),
    getTopPosts({ limit: TOP_POST_COUNT }),
  ]);
  const span = stats.earliest && stats.latest ? `from ${stats.earliest.getUTCFullYear()} to ${stats.latest.getUTCFullYear()}` : null;

  return (
    <div className="space-y-10">
      <section aria-labelledby="archive-heading" className="space-y-3">
        <h1 id="archive-heading" className="text-3xl font-semibold tracking-tight">
          Diplomatic cables, searchable and citable
        </h1>
        <p className="text-stone-700" data-testid="archive-size">
          The archive holds <strong>{stats.cableCount.toLocaleString("en-US")}</strong> {stats.cableCount === 1 ? "cable" : "cables"}
          {span ? ` ${span}` : ""}.
        </p>
        <p>
          <Link href={searchHref(EMPTY_QUERY)} className="inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            Search the cables
          </Link>
        </p>
      </section>
      {stats.cableCount > 0 && (
        <section aria-labelledby="timeline-heading" className="space-y-3">
          <h2 id="timeline-heading" className="text-xl font-semibold">
            Cables per year
          </h2>
          <YearChart title="Cables in the archive, per year" timeline={timeline} hrefForYear={(year) => yearSearchHref(year)} />
        </section>
      )}
      <div className="grid gap-10 md:grid-cols-2">
        {topTags.length > 0 && (
          <section aria-labelledby="subjects-heading" className="space-y-3">
            <h2 id="subjects-heading" className="text-xl font-semibold">
              Frequent subjects
            </h2>
            <TagChips tags={topTags} />
            <p className="text-sm">
              <Link href={tagListHref()} className="text-blue-800 underline">
                All tags
              </Link>
            </p>
          </section>
        )}
        {topPosts.length > 0 && (
          <section aria-labelledby="posts-heading" className="space-y-3">
            <h2 id="posts-heading" className="text-xl font-semibold">
              Busiest posts
            </h2>
            <PostLinks posts={topPosts} />
            <p className="text-sm">
              <Link href={postListHref()} className="text-blue-800 underline">
                All posts
              </Link>
            </p>
          </section>
        )}
      </div>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-3 text-xl font-semibold">
          Latest cables
        </h2>
        {latest.length > 0 ? <CableList cables={latest} /> : <p className="text-stone-700">No cables have been ingested yet.</p>}
      </section>
    </div>
  );
}

export default withDatabase(HomePage);
