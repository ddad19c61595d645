/** A CableRecord from the fields a test cares about. */
import { readFileSync } from "node:fs";
import { parseCable } from "@/lib/cable";
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

/** The people the product owner's two seed cables name, by the surname each display name ends with. */
export const SEED_PEOPLE = ["D'Alema", "Spogli", "Prodi", "Putin", "Lavrov", "Corrias", "De Cardona", "Bardini", "Calipari", "Napolitano", "Ahtisaari", "Zapatero", "Hadley", "Cohen"];

/** A seed cable as the archive parses it. */
export function readSeed(refId: string): CableRecord {
  const file = new URL(`./fixtures/${refId}.txt`, import.meta.url);
  const [outcome] = parseCable({ content: readFileSync(file, "utf8"), file: `${refId}.txt`, format: "text" });
  if (!outcome?.ok) throw new Error(`seed ${refId} does not parse`);
  return outcome.value;
}
