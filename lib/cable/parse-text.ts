/** Turns the text of one cable (routing header and body, no page metadata) into a CableRecord. */
import type { CableParagraph, CableRecord } from "./types";
import { scanHeaderFields } from "./header-fields";
import { findBodyBanner, findRoutingEnd, readBannerWithPostLine, removeFurniture } from "./layout";
import { cleanLine, isBlank, isTelegramPageHeader, splitLines } from "./lines";
import { readParagraphs, splitSignature } from "./paragraphs";
import { readPreamble } from "./preamble";
import { readReferences } from "./references";
import { splitRunOnParagraphs, unglueHeaderLines } from "./repair";
import { collectCaptions, collectCaveats, resolveClassification, resolveOrigin, resolveRefId, resolveSentAt } from "./resolve";
import { readRoutingHeader } from "./routing";

export type TextSource = { file: string; row: number | null };

const REDACTION = /XXXXX/;

export class NotACableError extends Error {}

/** Parses cable text; throws NotACableError when nothing in it looks like a cable (the entry points turn that into an error value). */
export function parseCableText(
  text: string,
  source: TextSource,
  { isCableHeaderRequired = true }: { isCableHeaderRequired?: boolean } = {},
): CableRecord {
  const lines = unglueHeaderLines(splitRunOnParagraphs(splitLines(text).map(cleanLine)));
  const preamble = readPreamble(lines);
  const bannerIndex = findBodyBanner(lines, preamble.lineIndexes);
  const banner = bannerIndex === null ? null : readBannerWithPostLine(lines, bannerIndex);
  const routingEnd = bannerIndex ?? findRoutingEnd(lines);
  const preambleSet = new Set(preamble.lineIndexes);
  const routingLines = lines.slice(0, routingEnd).filter((_, i) => !preambleSet.has(i));
  const routing = readRoutingHeader(routingLines);

  const { content, breaks, pageBreakPost, pageDtg } = removeFurniture(lines, routingEnd, bannerIndex, banner?.post ?? null);
  const headerStart = bannerIndex === null ? routingEnd : bannerIndex + 1;
  const header = scanHeaderFields(content, headerStart);
  const bodyLines = content.slice(header.end);
  const parsedParagraphs = readParagraphs(bodyLines, breaks, header.end);
  const { paragraphs, signature } = splitSignature(parsedParagraphs);

  const hasCableHeader =
    banner !== null ||
    routing.from !== null ||
    routing.dateTimeGroup !== null ||
    header.fields.subject !== null ||
    header.fields.tags.length > 0 ||
    header.fields.executiveOrder !== null;
  const notCableMessage = "not a cable: no banner, routing header, TAGS, SUBJECT or E.O. line found";
  if (!hasCableHeader && isCableHeaderRequired) throw new NotACableError(notCableMessage);

  const warnings: string[] = hasCableHeader ? [] : [`text: ${notCableMessage}`];
  const caveats = collectCaveats({ banner, header: header.fields });
  const sent = resolveSentAt({ routing, preamble, pageDtg, header: header.fields, paragraphs, warnings });
  const classification = resolveClassification({
    banner,
    routing,
    captions: collectCaptions({ banner, header: header.fields }),
    dumpCopy: preamble.dumpCopy,
    sentAt: sent.date,
    header: header.fields,
    paragraphs,
    warnings,
  });
  const origin = resolveOrigin({ routing, banner, pageBreakPost, dumpCopy: preamble.dumpCopy, warnings });
  const refId = resolveRefId({ banner, pageBreakPost, routing, dumpCopy: preamble.dumpCopy, year: sent.year, warnings });
  if (sent.isInferred && !preamble.dumpCopy) warnings.push("refId: year inferred like sentAt (not written in the text)");
  if (!header.fields.subject) warnings.push("subject: no SUBJECT line");
  if (header.fields.tags.length === 0) warnings.push("tags: no TAGS line");
  if (header.fields.executiveOrder === null && header.fields.declassification === null) {
    warnings.push("declassification: no E.O. or DECL line");
  }
  if (paragraphs.length === 0) warnings.push("paragraphs: no body text found");

  const headerEntries = [
    ...preamble.consumedText.map(({ index, text: consumed }) => ({ index: index - 0.5, text: consumed })),
    ...preamble.lineIndexes.map((i) => ({ index: i, text: lines[i]! })),
    ...(bannerIndex === null ? [] : [{ index: bannerIndex, text: lines[bannerIndex]! }]),
    ...header.lineIndexes.map((i) => ({ index: i, text: content[i]! })),
  ];
  const headerBlockLines = headerEntries
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.text)
    .filter((line) => !isBlank(line));

  return {
    refId,
    sentAt: sent.date ? sent.date.toISOString() : null,
    sentAtPrecision: sent.precision,
    origin,
    destinations: { to: routing.to, info: routing.info },
    classification,
    caveats,
    tags: header.fields.tags,
    subject: header.fields.subject,
    references: readReferences(header.fields.referenceText, sent.year),
    classifiedBy: header.fields.classifiedBy,
    classificationReasons: header.fields.classificationReasons,
    declassifyOn: header.fields.declassifyOn,
    declassification: header.fields.declassification,
    executiveOrder: header.fields.executiveOrder,
    precedence: routing.precedence,
    paragraphs: renumber(paragraphs),
    signature,
    isPartialExtract: preamble.isPartialExtract,
    hasRedactions: REDACTION.test(text),
    warnings,
    sourceText: text,
    source,
    routingHeader: joinNonBlank(routingLines),
    headerBlock: headerBlockLines.length > 0 ? headerBlockLines.join("\n") : null,
  };
}

function joinNonBlank(lines: readonly string[]): string | null {
  const kept = lines.filter((line) => !isBlank(line) && !isTelegramPageHeader(line));
  return kept.length > 0 ? kept.join("\n") : null;
}

function renumber(paragraphs: readonly CableParagraph[]): CableParagraph[] {
  return paragraphs.map((paragraph, index) => ({ ...paragraph, index }));
}

