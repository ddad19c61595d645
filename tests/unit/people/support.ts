/** A CableRecord from the fields a test cares about. */
import type { CableRecord } from "@/lib/cable/types";

export function cable(fields: Partial<Omit<CableRecord, "paragraphs">> & { paragraphs?: string[] }): CableRecord {
  const { paragraphs = [], ...rest } = fields;
  return {
    refId: "09TEST1",
    sentAt: "2009-03-04T14:54:00.000Z",
    sentAtPrecision: "minute",
    origin: "Embassy Rome",
    destinations: { to: [], info: [] },
    classification: "CONFIDENTIAL",
    caveats: [],
    tags: [],
    subject: null,
    references: [],
    classifiedBy: null,
    classificationReasons: null,
    declassifyOn: null,
    declassification: null,
    executiveOrder: null,
    precedence: null,
    signature: null,
    isPartialExtract: false,
    hasRedactions: false,
    warnings: [],
    sourceText: "",
    source: { file: "test.txt", row: null },
    routingHeader: null,
    headerBlock: null,
    ...rest,
    paragraphs: paragraphs.map((text, index) => ({ index, number: index + 1, marking: null, text })),
  };
}
