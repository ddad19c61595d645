import type { Settings } from "meilisearch";

/** The one definition of the cable index, used by the app, ingestion and reindexing alike. */
export const CABLES_INDEX = "cables";
export const CABLES_PRIMARY_KEY = "id";

export const CABLES_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["refId", "subject", "tags", "paragraphs"],
  filterableAttributes: ["tags", "origin", "classification", "caveats", "year", "month", "sentAt", "isPartialExtract", "hasRedactions", "refId"],
  sortableAttributes: ["sentAt"],
  displayedAttributes: ["*"],
  pagination: { maxTotalHits: 1_000_000 },
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { "*": "count" } },
};
