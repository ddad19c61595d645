import { chicagoDate } from "./chicago";
import { dateParts, issuingBody, oneLine, paragraphLocator, permalink, type CitationInput, type CitedParagraph } from "./common";

/**
 * The paragraph in quotation marks, then a short citation line with its permalink. Double quotes
 * inside become single ones so the quotation stays one quotation; the wording is otherwise untouched.
 */
export function quoteWithCitation(input: CitationInput & { paragraph: CitedParagraph }): string {
  const { cable, paragraph } = input;
  const quoted = oneLine(paragraph.text).replace(/["“”]/g, "'");
  const locator = paragraphLocator(paragraph);
  const source = [issuingBody(cable.origin), `cable ${cable.refId}`, chicagoDate(dateParts(cable.sentAt, cable.sentAtPrecision)), locator ? `¶${locator}` : null, permalink(input)];
  return `“${quoted}”\n— ${source.filter((part): part is string => part !== null).join(", ")}`;
}
