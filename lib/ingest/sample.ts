import { createPrismaClient } from "../db/client";
import type { MeiliConnection } from "../search/client";
import { ingestPaths } from "./run";

/** An empty archive gets the bundled sample cables, through the same path as `npm run ingest`. */
export async function ingestSampleIfEmpty({
  databaseUrl,
  meili,
  sampleDir,
  log,
}: {
  databaseUrl: string;
  meili: MeiliConnection;
  sampleDir: string;
  log: (line: string) => void;
}): Promise<{ loaded: number } | null> {
  const prisma = createPrismaClient(databaseUrl);
  const cableCount = await prisma.cable.count().finally(() => prisma.$disconnect());
  if (cableCount > 0) return null;
  log("The archive is empty: loading the sample cables.");
  const summary = await ingestPaths({ databaseUrl, meili, options: { paths: [sampleDir] } });
  if (summary.failed > 0 || !summary.reconciliation?.isConsistent) {
    throw new Error(`The sample cables did not load cleanly (${summary.failed} failed; database ${summary.reconciliation?.databaseCount ?? "?"} vs index ${summary.reconciliation?.indexCount ?? "?"}). Run \`npm run ingest -- ${sampleDir}\` to see why.`);
  }
  return { loaded: summary.new + summary.updated };
}
