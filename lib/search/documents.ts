import { withAnchors } from "../format/anchors";

/** The shape of one cable in the search index, built in one place for ingest and reindex. */

export type IndexableCable = {
  refId: string;
  subject: string | null;
  sentAt: Date | null;
  origin: string | null;
  classification: string | null;
  caveats: string[];
  tags: string[];
  isPartialExtract: boolean;
  hasRedactions: boolean;
  paragraphs: { position: number; number: number | null; text: string }[];
  /** Display names of the people the cable names (the people stage runs before indexing). */
  people: string[];
};

export type CableSearchDocument = {
  id: string;
  refId: string;
  subject: string | null;
  /** One entry per paragraph: Meilisearch reports which entries matched, so a hit can link to its best paragraph. */
  paragraphs: string[];
  /** The permalink anchor of each entry of `paragraphs`, in the same order. */
  paragraphAnchors: string[];
  origin: string | null;
  classification: string | null;
  caveats: string[];
  tags: string[];
  year: number | null;
  month: string | null;
  sentAt: number | null;
  isPartialExtract: boolean;
  hasRedactions: boolean;
  people: string[];
};

export function toSearchDocument(cable: IndexableCable): CableSearchDocument {
  const { sentAt } = cable;
  const anchored = withAnchors(cable.paragraphs);
  return {
    // Reference ids are letters and digits only, which Meilisearch accepts as document ids.
    id: cable.refId,
    refId: cable.refId,
    subject: cable.subject,
    paragraphs: anchored.map(({ text }) => text),
    paragraphAnchors: anchored.map(({ anchor }) => anchor),
    origin: cable.origin,
    classification: cable.classification,
    caveats: cable.caveats,
    tags: cable.tags,
    year: sentAt ? sentAt.getUTCFullYear() : null,
    month: sentAt ? sentAt.toISOString().slice(0, 7) : null,
    sentAt: sentAt ? Math.floor(sentAt.getTime() / 1000) : null,
    isPartialExtract: cable.isPartialExtract,
    hasRedactions: cable.hasRedactions,
    people: cable.people,
  };
}
