import "server-only";
import { appSearchTarget } from "./service";

/** Meilisearch answers, and how many cables the app's index holds (and whether it is indexing). */
export async function searchIndexHealth(): Promise<{ documents: number; isIndexing: boolean }> {
  const { client, indexUid } = appSearchTarget();
  const stats = await client.index(indexUid).getStats();
  return { documents: stats.numberOfDocuments, isIndexing: stats.isIndexing };
}
