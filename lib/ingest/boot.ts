import pg from "pg";
import { createPrismaClient } from "../db/client";
import { createMeiliClient, type MeiliConnection } from "../search/client";
import { ensureCablesIndex } from "../search/indexer";
import { CABLES_INDEX } from "../search/settings";
import { judgeMeiliVersion } from "../search/version";
import { ServiceError } from "../services/errors";
import { indexFromDatabase } from "./indexing";
import { ingestPaths } from "./run";

/**
 * Brings the archive to a servable state at start-up: Meilisearch is a version the archive is
 * tested with (refused otherwise), the index exists with current settings, an
 * empty archive gets the bundled sample cables (through the same path as `npm run ingest`), and
 * cables the index does not hold yet (say, after an interrupted ingest) are indexed.
 */
export async function prepareArchive({
  databaseUrl,
  meili,
  sampleDir,
  indexUid = CABLES_INDEX,
  log,
}: {
  databaseUrl: string;
  meili: MeiliConnection;
  sampleDir: string;
  indexUid?: string;
  log: (line: string) => void;
}): Promise<void> {
  const prisma = createPrismaClient(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // A dropped idle connection is discarded; the next query reconnects or fails with a clear error.
  pool.on("error", () => undefined);
  try {
    const search = createMeiliClient(meili);
    const { pkgVersion } = await search.getVersion();
    const version = judgeMeiliVersion(pkgVersion);
    if (version.verdict === "refused") throw new ServiceError(`The search server at ${meili.url} cannot be used.`, version.message);
    if (version.verdict !== "same") log(version.message);
    await ensureCablesIndex(search, indexUid);
    if ((await prisma.cable.count()) === 0) {
      log("The archive is empty: loading the sample cables.");
      const summary = await ingestPaths({ databaseUrl, meili, options: { paths: [sampleDir], indexUid } });
      if (summary.failed > 0 || !summary.reconciliation?.isConsistent) {
        throw new Error(`The sample cables did not load cleanly (${summary.failed} failed). Run \`npm run ingest -- ${sampleDir}\` to see why.`);
      }
      log(`Loaded ${summary.new} sample cables.`);
    }
    const indexed = await indexFromDatabase({ prisma, pool, search, indexUid });
    if (indexed > 0) log(`Indexed ${indexed} cables the search index did not hold yet.`);
  } finally {
    await pool.end();
    await prisma.$disconnect();
  }
}
