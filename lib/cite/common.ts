import type { DatePrecision } from "../format/date";
import { cableHref } from "../format/links";

export type CitedCable = {
  refId: string;
  subject: string | null;
  sentAt: Date | null;
  sentAtPrecision: DatePrecision | null;
  origin: string | null;
  classification: string | null;
};

export type CitedParagraph = { anchor: string; number: number | null; text: string };

export type CitationInput = { cable: CitedCable; paragraph?: CitedParagraph; baseUrl: string };

export const ARCHIVE_NAME = "Cable Archive";

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** Cable text arrives with line breaks from the wrapped telegram; a citation is one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Posts are named as the archive lists them ("Embassy Rome"); a citation needs the issuing
 * body to stand on its own outside the archive, hence "U.S." before a diplomatic post.
 */
export function issuingBody(origin: string | null): string | null {
  const name = origin === null ? "" : oneLine(origin);
  if (!name) return null;
  if (/^US\s/.test(name)) return `U.S. ${name.slice(3)}`;
  if (/^(Embassy|Consulate|Mission|Liaison Office|Branch Office)\b/i.test(name)) return `U.S. ${name}`;
  if (/^secretary of state$/i.test(name)) return "U.S. Department of State";
  return name;
}

/** The stable permalink: the cable page, with the paragraph's anchor when one is cited. */
export function permalink({ cable, paragraph, baseUrl }: CitationInput): string {
  return `${baseUrl.replace(/\/+$/, "")}${cableHref(cable.refId, paragraph?.anchor)}`;
}

/**
 * `p16` reads "16"; a number the cable uses twice (`p1-2`) keeps its suffix so the locator
 * names the same paragraph as the permalink; unnumbered blocks have no number to give.
 */
export function paragraphLocator(paragraph: CitedParagraph): string | null {
  if (paragraph.number === null) return null;
  const suffix = /^p\d+(-\d+)$/.exec(paragraph.anchor)?.[1] ?? "";
  return `${paragraph.number}${suffix}`;
}

/** Year, month, day as far as the source dates the cable; null when it gives no date. */
export function dateParts(sentAt: Date | null, precision: DatePrecision | null): [number] | [number, number] | [number, number, number] | null {
  if (!sentAt || Number.isNaN(sentAt.getTime())) return null;
  const year = sentAt.getUTCFullYear();
  const month = sentAt.getUTCMonth() + 1;
  if (precision === "year") return [year];
  if (precision === "month") return [year, month];
  return [year, month, sentAt.getUTCDate()];
}
