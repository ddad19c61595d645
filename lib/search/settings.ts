import type { Settings } from "meilisearch";

/** The one definition of the cable index, used by the app, ingestion and reindexing alike. */
export const CABLES_INDEX = "cables";
export const CABLES_PRIMARY_KEY = "id";

export const CABLES_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["refId", "subject", "people", "tags", "paragraphs"],
  filterableAttributes: ["tags", "people", "origin", "classification", "caveats", "year", "month", "sentAt", "isPartialExtract", "hasRedactions", "refId"],
  sortableAttributes: ["sentAt"],
  // "sort" first: a chosen date order must hold for every hit, not only break relevance ties. With
  // no sort requested the rule does nothing and relevance ranks as usual.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
  // One typo from six letters on: five-letter names (Prodi, Putin) otherwise match product, putting.
  typoTolerance: { minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 } },
  displayedAttributes: ["*"],
  pagination: { maxTotalHits: 1_000_000 },
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { "*": "count" } },
};
