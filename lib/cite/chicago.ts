import { ARCHIVE_NAME, MONTH_NAMES, dateParts, issuingBody, oneLine, paragraphLocator, permalink, type CitationInput } from "./common";

/** "March 16, 2007", "June 2006", "2006", or Chicago's "n.d." when the cable gives no date. */
export function chicagoDate(parts: ReturnType<typeof dateParts>): string {
  if (!parts) return "n.d.";
  const [year, month, day] = parts;
  const monthName = month === undefined ? undefined : MONTH_NAMES[month - 1];
  if (!monthName) return `${year}`;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${day}, ${year}`;
}

/**
 * A Chicago note for an unpublished government document. The subject line is the cable's own
 * title and is kept as written: title-casing an all-caps telegram line cannot tell acronyms
 * (NATO, FM) from words, and the exact wording is what a reader searches for. Double quotes
 * inside it become single ones, as in any quotation within a quoted title.
 */
export function chicagoCitation(input: CitationInput): string {
  const { cable, paragraph } = input;
  const parts: string[] = [];
  const author = issuingBody(cable.origin);
  if (author) parts.push(author);
  const subject = cable.subject === null ? "" : oneLine(cable.subject).replace(/["“”]/g, "'").replace(/[.,;:]+$/, "");
  // Chicago puts the comma after a quoted title inside the quotation marks, and drops it after ? or !.
  const title = subject ? `"${subject}${/[?!]$/.test(subject) ? "" : ","}"` : null;
  const rest = [`cable ${cable.refId}`, chicagoDate(dateParts(cable.sentAt, cable.sentAtPrecision))];
  const locator = paragraph ? paragraphLocator(paragraph) : null;
  if (locator) rest.push(`¶${locator}`);
  rest.push(ARCHIVE_NAME, permalink(input));
  const head = parts.length > 0 ? `${parts.join(", ")}, ` : "";
  return `${head}${title ? `${title} ` : ""}${rest.join(", ")}.`;
}
