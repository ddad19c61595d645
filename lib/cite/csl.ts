import { ARCHIVE_NAME, dateParts, issuingBody, oneLine, paragraphLocator, permalink, type CitationInput } from "./common";
import { bibtexKey } from "./bibtex";

/** The fields of a CSL-JSON item this archive fills in (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = {
  id: string;
  type: "document";
  genre: string;
  title?: string;
  author?: { literal: string }[];
  issued?: { "date-parts": number[][] };
  number: string;
  archive: string;
  archive_location: string;
  URL: string;
  note?: string;
};

/**
 * CSL has no "diplomatic cable" type; "document" with a genre is what Zotero and citeproc-js
 * offer for an unpublished record. The paragraph goes in `note` (and the id and URL): `locator`
 * belongs to a citation, not to the item, and processors drop it from item data.
 */
export function cslItem(input: CitationInput): CslItem {
  const { cable, paragraph } = input;
  const author = issuingBody(cable.origin);
  const parts = dateParts(cable.sentAt, cable.sentAtPrecision);
  const subject = cable.subject === null ? "" : oneLine(cable.subject);
  const notes: string[] = [];
  const locator = paragraph ? paragraphLocator(paragraph) : null;
  if (locator) notes.push(`¶${locator}`);
  if (cable.classification && oneLine(cable.classification)) notes.push(`Classified ${oneLine(cable.classification)}`);
  return {
    id: bibtexKey(input),
    type: "document",
    genre: "Diplomatic cable",
    ...(subject ? { title: subject } : {}),
    ...(author ? { author: [{ literal: author }] } : {}),
    ...(parts ? { issued: { "date-parts": [parts] } } : {}),
    number: cable.refId,
    archive: ARCHIVE_NAME,
    archive_location: cable.refId,
    URL: permalink(input),
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  };
}

/** CSL-JSON is a list of items, even for one. */
export function cslJsonCitation(input: CitationInput): string {
  return JSON.stringify([cslItem(input)], null, 2);
}
