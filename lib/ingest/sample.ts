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
  const summary = await ingestPaths({ paths: [sampleDir], databaseUrl, meili, log });
  if (summary.failed > 0) {
    const reasons = summary.failures.map(({ file, error }) => `${file}: ${error}`).join("; ");
    throw new Error(`Some sample cables could not be loaded: ${reasons}`);
  }
  return { loaded: summary.new + summary.updated };
}
