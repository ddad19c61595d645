export type CableParagraph = {
  index: number;
  number: number | null;
  marking: string | null;
  text: string;
};

export type CableReference = { letter: string | null; refId: string | null; text: string };

export type SentAtPrecision = "minute" | "day" | "month" | "year";

export type CableRecord = {
  refId: string;
  sentAt: string | null;
  sentAtPrecision: SentAtPrecision | null;
  origin: string | null;
  destinations: { to: string[]; info: string[] };
  classification: string | null;
  caveats: string[];
  tags: string[];
  subject: string | null;
  references: CableReference[];
  classifiedBy: string | null;
  classificationReasons: string | null;
  declassifyOn: string | null;
  declassification: string | null;
  executiveOrder: string | null;
  precedence: string | null;
  paragraphs: CableParagraph[];
  signature: string | null;
  isPartialExtract: boolean;
  hasRedactions: boolean;
  warnings: string[];
  sourceText: string;
  source: { file: string; row: number | null };
  /** Routing header lines as written (VZCZC…, DE, DTG, FM, TO, INFO), page furniture removed. */
  routingHeader: string | null;
  /** Body header lines as written (banner, caveats, E.O., TAGS, SUBJECT, REF, Classified By…). */
  headerBlock: string | null;
};

export type CableFormat = "text" | "html" | "csv";

/** Metadata published next to the text (HTML table, dump columns); used only to fill gaps. */
export type CableMetadata = {
  refId?: string | null;
  createdAt?: string | null;
  origin?: string | null;
  classification?: string | null;
  title?: string | null;
};

export type ParseFailure = { ok: false; error: string };
export type ParseSuccess<T> = { ok: true; value: T };
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;
