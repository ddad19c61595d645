import { CableList } from "@/components/cable/cable-list";
import { getArchiveStats, getLatestCables } from "@/lib/db/cables";

export const dynamic = "force-dynamic";

const LATEST_COUNT = 20;

export default async function HomePage() {
  const [stats, latest] = await Promise.all([getArchiveStats(), getLatestCables(LATEST_COUNT)]);
  const span = stats.earliest && stats.latest ? `from ${stats.earliest.getUTCFullYear()} to ${stats.latest.getUTCFullYear()}` : null;

  return (
    <div className="space-y-8">
      <section aria-labelledby="archive-heading">
        <h1 id="archive-heading" className="text-3xl font-semibold tracking-tight">
          Diplomatic cables, searchable and citable
        </h1>
        <p className="mt-2 text-stone-700" data-testid="archive-size">
          The archive holds <strong>{stats.cableCount.toLocaleString("en-US")}</strong> {stats.cableCount === 1 ? "cable" : "cables"}
          {span ? ` ${span}` : ""}.
        </p>
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-3 text-xl font-semibold">
          Latest cables
        </h2>
        {latest.length > 0 ? <CableList cables={latest} /> : <p className="text-stone-700">No cables have been ingested yet.</p>}
      </section>
    </div>
  );
}
