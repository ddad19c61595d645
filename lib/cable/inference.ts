/** When the text carries no date: weaker evidence for when a cable was sent, always reported in warnings. */
import type { SentAtPrecision } from "./types";

const USUAL_CLASSIFICATION_YEARS = 10;
const FIRST_CABLE_YEAR = 1966;
const LAST_CABLE_YEAR = 2010;
/** Years are looked for in the first part of long texts only: enough evidence, bounded time. */
const MAX_EVIDENCE_TEXT = 200_000;

export type InferredDate = { date: Date | null; precision: SentAtPrecision | null; warnings: string[] };

type Evidence = { declassifyOn: string | null; referenceText: string | null; bodyText: string };

function isCableYear(year: number): boolean {
  return year >= FIRST_CABLE_YEAR && year <= LAST_CABLE_YEAR;
}

/** Latest year named by a reference (`03 MADRID 3416`, `2005 BERN 1865`): the cable cannot be older. */
export function latestReferenceYear(referenceText: string | null): number | null {
  if (!referenceText) return null;
  let latest: number | null = null;
  for (const match of referenceText.slice(0, MAX_EVIDENCE_TEXT).matchAll(/\b(\d{2}|\d{4})\s+[A-Z]{3,}[A-Z ]{0,30}?\s+\d{1,6}\b/g)) {
    const text = match[1]!;
    const year = text.length === 4 ? Number(text) : Number(text) >= 60 ? 1900 + Number(text) : 2000 + Number(text);
    if (isCableYear(year) && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** Latest plausible year written in the text (`1 OCTOBER 2004`). */
export function latestMentionedYear(text: string): number | null {
  let latest: number | null = null;
  for (const match of text.slice(0, MAX_EVIDENCE_TEXT).matchAll(/\b(19[6-9]\d|20[01]\d)\b/g)) {
    const year = Number(match[1]);
    if (isCableYear(year) && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/**
 * Most cables are classified for ten years, so DECL minus ten years is usually the sending date
 * (same month in most of the corpus). Years named in the text and in REF lines bound the guess.
 */
export function inferSentDate({ declassifyOn, referenceText, bodyText }: Evidence): InferredDate {
  const referenceYear = latestReferenceYear(referenceText);
  if (declassifyOn) {
    const decl = new Date(`${declassifyOn}T00:00:00.000Z`);
    const year = decl.getUTCFullYear() - USUAL_CLASSIFICATION_YEARS;
    if (isCableYear(year) && (referenceYear === null || year >= referenceYear)) {
      const date = new Date(Date.UTC(year, decl.getUTCMonth(), Math.min(decl.getUTCDate(), 28)));
      return {
        date,
        precision: "month",
        warnings: [
          `sentAt: no date-time group or dateline; inferred as ten years before the declassification date ${declassifyOn}`,
        ],
      };
    }
  }
  const floor = Math.max(referenceYear ?? 0, latestMentionedYear(bodyText) ?? 0) || null;
  if (floor !== null) {
    return {
      date: new Date(Date.UTC(floor, 0, 1)),
      precision: "year",
      warnings: [`sentAt: no date-time group or dateline; year ${floor} inferred from the latest year named in the text`],
    };
  }
  return { date: null, precision: null, warnings: ["sentAt: no date found in the text"] };
}
