import type { Meilisearch } from "meilisearch";
import { expectTaskSucceeded } from "./client";
import type { CableSearchDocument } from "./documents";
import { CABLES_INDEX, CABLES_INDEX_SETTINGS, CABLES_PRIMARY_KEY } from "./settings";

/** Creates the index when missing and (re)applies its settings; both tasks are awaited. */
export async function ensureCablesIndex(client: Meilisearch, indexUid: string = CABLES_INDEX): Promise<void> {
  const existing = await client.getIndex(indexUid).catch(() => null);
  if (!existing) await expectTaskSucceeded(client.createIndex(indexUid, { primaryKey: CABLES_PRIMARY_KEY }));
  await expectTaskSucceeded(client.index(indexUid).updateSettings(CABLES_INDEX_SETTINGS));
}

export async function indexCableDocuments(client: Meilisearch, documents: CableSearchDocument[], indexUid: string = CABLES_INDEX): Promise<void> {
  if (documents.length === 0) return;
  await expectTaskSucceeded(client.index(indexUid).addDocuments(documents, { primaryKey: CABLES_PRIMARY_KEY }));
}

export async function countIndexedCables(client: Meilisearch, indexUid: string = CABLES_INDEX): Promise<number> {
  const stats = await client.index(indexUid).getStats();
  return stats.numberOfDocuments;
}
