/** Turns the text of one cable (routing header and body, no page metadata) into a CableRecord. */
import type { CableParagraph, CableRecord, SentAtPrecision } from "./types";
import { isBannerWithoutPost, readBodyBanner, readPageBreakPost, readPostLine } from "./banner";
import type { BodyBanner } from "./banner";
import { caveatsIn, dumpClassification, isCaveatLine } from "./classification";
import { readDateTimeGroup } from "./dates";
import type { Dateline } from "./dates";
import { scanHeaderFields } from "./header-fields";
import type { HeaderFields } from "./header-fields";
import { inferSentDate } from "./inference";
import {
  cleanLine,
  isBareBanner,
  isBlank,
  isPageFurniture,
  isTelegramPageHeader,
  mayBeFurniture,
  splitLines,
  stripEmbeddedPageMarks,
  stripTrailingPageBanner,
} from "./lines";
import { readParagraphs, splitSignature } from "./paragraphs";
import { cleanFmText, originFromBannerPost, originFromFm, refIdPost } from "./post-names";
import { HEADER_ENDS_LINE, readDumpCopyBlock, readPreambleLine } from "./preamble";
import type { DumpCopy } from "./preamble";
import { readReferences } from "./references";
import { isRoutingLine, readRoutingHeader } from "./routing";
import type { RoutingHeader } from "./routing";

export type TextSource = { file: string; row: number | null };

const PREAMBLE_WINDOW = 160;
const STRAY_DTG_WINDOW = 200_000;
const STRAY_DTG = /(?:^|\s)[ZOPR](?:\s+[ZOPR])?\s+(\d{6}Z\s+[A-Z]{3}\s+\d{2})\b/;

function findStrayDateTimeGroup(lines: readonly string[]): Date | null {
  const match = STRAY_DTG.exec(lines.join("\n").slice(0, STRAY_DTG_WINDOW));
  return match ? readDateTimeGroup(match[1]!) : null;
}
const REDACTION = /XXXXX/;

type Preamble = {
  /** The lines searched for a stray date-time group when the routing header has none. */
  searchLines: readonly string[];
  isPartialExtract: boolean;
  datedAt: Date | null;
  dateline: Dateline | null;
  dumpCopy: DumpCopy | null;
  lineIndexes: number[];
  /** Text consumed from lines that also carry cable text (dump fields, `Cable dated:` prefixes). */
  consumedText: Array<{ index: number; text: string }>;
};

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
  const classification = resolveClassification({ banner, routing, caveats, dumpCopy: preamble.dumpCopy, warnings });
  const origin = resolveOrigin({ routing, banner, pageBreakPost, dumpCopy: preamble.dumpCopy, warnings });
  const sent = resolveSentAt({ routing, preamble, pageDtg, header: header.fields, paragraphs, warnings });
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

const GLUED_LABEL = /(?<=\S)(?=SIPDIS|NOFORN|E\.\s?O\.\s?1\d{4}|EO 1\d{4}|TAGS?:?\s|SUBJECT:|SUBJ:|REFS?:|Classified By|CLASSIFIED BY)/g;
const GLUE_WINDOW = 80;
const MAY_BE_GLUED = /SIPDIS|NOFORN|E\.\s?O\.|EO 1|TAG|SUBJ|REF|Classified By|CLASSIFIED BY/;

const INLINE_MARKING = /\s(?=\((?:U|C|S|SBU|S\/NF|C\/NF|S\/\/NF)\)\s+[A-Z](?![A-Z .'-]*\s\d))/;

const INLINE_FIELD = /\s{2,}(?=(?:REFS?|REFTEL)\s?:|(?:CLASSIFIED BY|Classified By|Classified by)\b)/;

/** `REF: STATE 146857 (U) Pol/Econ Chief delivered…`: the body or the next field ran on into a header line. */
function splitInlineMarking(line: string): string[] {
  const parts = line.split(INLINE_FIELD);
  if (!/^\s*(?:REF|Ref|SUBJ|Subj|Classified|CLASSIFIED)/.test(parts[parts.length - 1]!)) return parts;
  const last = parts[parts.length - 1]!;
  const match = INLINE_MARKING.exec(last);
  if (!match || match.index < 10) return parts;
  return [...parts.slice(0, -1), last.slice(0, match.index), last.slice(match.index + 1)];
}

const RUN_ON_MIN_LENGTH = 300;
/** Longer lines are not prose that lost its breaks but junk; splitting them would only cost time. */
const RUN_ON_MAX_LENGTH = 500_000;
const RUN_ON_PARAGRAPH =
  /(?<=[.)"'”:-]\s{1,4})(?=(?:\d{1,3}\.\s?\((?:U|C|S|SBU|S\/NF|C\/NF|S\/\/NF|U\/\/FOUO|SBU\/NF)\)|(?:REFS?|CLASSIFIED BY|Classified By)\s?:)\s)/g;

/** Some bodies lost every line break: `…REF: RABAT 532  CLASSIFIED BY: … 1. (C) GOL officials…  2. (C) …`. */
const MAY_RUN_ON = /\S\s{1,4}(?:\d{1,3}\.\s?\([A-Z]|REF|CLASSIFIED BY|Classified By)/;

function splitRunOnParagraphs(lines: string[]): string[] {
  const isRunOn = (line: string): boolean =>
    line.length > RUN_ON_MIN_LENGTH && line.length < RUN_ON_MAX_LENGTH && MAY_RUN_ON.test(line);
  if (!lines.some(isRunOn)) return lines;
  return lines.flatMap((line) => (isRunOn(line) ? line.split(RUN_ON_PARAGRAPH) : [line]));
}

/** Some extracts lost the line breaks of their header (`SANAA 001352SIPDISE.O. 12958: DECL: …TAGS: …`). */
function unglueHeaderLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i >= GLUE_WINDOW || line.length > 2000 || line.length < 12 || !MAY_BE_GLUED.test(line)) {
      out.push(line);
      continue;
    }
    for (const piece of splitInlineMarking(line)) {
      const parts = piece.split(GLUED_LABEL);
      const labelCount = parts.length - 1;
      const isGlued = labelCount >= 2 || (labelCount === 1 && readBodyBanner(parts[0]!)?.post);
      if (isGlued) out.push(...parts.map((part) => part.trimEnd()));
      else out.push(piece);
    }
  }
  return out;
}

function joinNonBlank(lines: readonly string[]): string | null {
  const kept = lines.filter((line) => !isBlank(line) && !isTelegramPageHeader(line));
  return kept.length > 0 ? kept.join("\n") : null;
}

function renumber(paragraphs: readonly CableParagraph[]): CableParagraph[] {
  return paragraphs.map((paragraph, index) => ({ ...paragraph, index }));
}

function readPreamble(lines: string[]): Preamble {
  const preamble: Preamble = { searchLines: lines, isPartialExtract: false, datedAt: null, dateline: null, dumpCopy: null, lineIndexes: [], consumedText: [] };
  let seen = 0;
  // Mail headers and datelines only come before the banner; dump-field copies can follow a preview of the cable.
  let hasPassedBanner = false;
  for (let i = 0; i < lines.length && seen < PREAMBLE_WINDOW; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    const block = preamble.dumpCopy ? null : readDumpCopyBlock(lines, i);
    if (block) {
      preamble.dumpCopy = block.copy;
      preamble.lineIndexes.push(...block.lineIndexes);
      i = block.lineIndexes[block.lineIndexes.length - 1]!;
      continue;
    }
    if (HEADER_ENDS_LINE.test(line)) {
      preamble.lineIndexes.push(i);
      continue;
    }
    const item = readPreambleLine(line);
    if (!item) {
      if (!hasPassedBanner && readBodyBanner(line)?.post) hasPassedBanner = true;
      continue;
    }
    if (hasPassedBanner && (item.kind === "mail" || item.kind === "other" || item.kind === "dateline")) continue;
    if (item.kind === "dump" || item.kind === "dated") {
      if (item.kind === "dump") preamble.dumpCopy ??= item.copy;
      else preamble.datedAt ??= item.date;
      preamble.consumedText.push({ index: i, text: line.slice(0, line.length - item.remainder.length).trim() });
      lines[i] = item.remainder;
      if (readPreambleLine(item.remainder)?.kind === "partial") preamble.isPartialExtract = true;
      else continue;
    }
    if (item.kind === "partial") preamble.isPartialExtract = true;
    if (item.kind === "dateline") preamble.dateline ??= item.dateline;
    preamble.lineIndexes.push(i);
  }
  return preamble;
}

/** When the banner's post and serial sit on the next line, they are read from there (the line stays in the body). */
function readBannerWithPostLine(lines: string[], bannerIndex: number): BodyBanner | null {
  const banner = readBodyBanner(lines[bannerIndex]!);
  if (!banner || !isBannerWithoutPost(banner)) return banner;
  for (let i = bannerIndex + 1; i < Math.min(lines.length, bannerIndex + 4); i++) {
    if (isBlank(lines[i]!)) continue;
    const postLine = readPostLine(lines[i]!);
    if (!postLine) return banner;
    return { ...banner, post: postLine.post, refIdPost: refIdPost(postLine.post), serial: postLine.serial };
  }
  return banner;
}

const ROUTING_WINDOW = 300;

/** The last DTG or FM line at the top: the body banner comes after it (some headers repeat a banner above). */
function lastRoutingLine(lines: readonly string[]): number {
  let last = -1;
  for (let i = 0; i < Math.min(lines.length, ROUTING_WINDOW); i++) {
    if (/^\s*(?:[ZOPR](?:\s+[ZOPR])?\s+\d{6}Z\s+[A-Z]{3}\s+\d{2}|FM\s+[A-Z])/.test(lines[i]!)) last = i;
  }
  return last;
}

function findBodyBanner(lines: readonly string[], preambleIndexes: readonly number[]): number | null {
  const afterRouting = lastRoutingLine(lines) + 1;
  return findBannerFrom(lines, preambleIndexes, afterRouting) ?? (afterRouting > 0 ? findBannerFrom(lines, preambleIndexes, 0) : null);
}

function findBannerFrom(lines: readonly string[], preambleIndexes: readonly number[], from: number): number | null {
  const skip = new Set(preambleIndexes);
  let bare: number | null = null;
  let hasRouting = false;
  for (let i = from; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (isRoutingLine(line)) hasRouting = true;
    const banner = readBodyBanner(line);
    if (banner?.post) return i;
    if (banner && bare === null && (hasRouting || i > 0) && !isRoutingLine(line)) bare = i;
    if (i > 400) break;
  }
  return bare;
}

/** Without a banner, the routing header is the run of routing lines and addressees at the top. */
function findRoutingEnd(lines: readonly string[]): number {
  let end = 0;
  let isInAddressList = false;
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if (isInAddressList) return i;
      continue;
    }
    if (isRoutingLine(line)) {
      isInAddressList = /^\s*(?:TO|INFO)\s/.test(line);
      end = i + 1;
      continue;
    }
    if (isInAddressList) {
      end = i + 1;
      continue;
    }
    if (end > 0 || i > 0) return end;
  }
  return end;
}

const PAGE_MARK = /\d{8}\s+\d{3}\.\d\s+OF\s/;

type Furniture = {
  content: string[];
  breaks: Set<number>;
  pageBreakPost: { post: string; serial: number } | null;
  pageDtg: string | null;
};

/** Blanks out page furniture and repeated banners, remembering where pages broke. */
function removeFurniture(lines: readonly string[], from: number, bannerIndex: number | null, post: string | null): Furniture {
  const content = [...lines];
  const breaks = new Set<number>();
  let pageBreakPost: { post: string; serial: number } | null = null;
  let pageDtg: string | null = null;
  const hasPageMarks = content.some((line) => PAGE_MARK.test(line));
  for (let i = from; i < content.length; i++) {
    if (hasPageMarks && i !== bannerIndex) content[i] = keepTextBeforePageMark(content[i]!, post);
    const line = content[i]!;
    if (i === bannerIndex || !mayBeFurniture(line)) continue;
    const isRepeatedBanner = isBareBanner(line) || (i !== bannerIndex && isSectionBanner(line));
    if (!isRepeatedBanner && !isPageFurniture(line)) continue;
    if (isTelegramPageHeader(line)) {
      pageDtg ??= /\b(\d{6})Z\b/.exec(line)?.[1] ?? null;
      const previous = previousNonBlank(content, i);
      if (previous !== null) content[previous] = stripTrailingPageBanner(content[previous]!);
    }
    pageBreakPost ??= readPageBreakPost(line);
    content[i] = "";
    breaks.add(i);
  }
  return { content, breaks, pageBreakPost, pageDtg };
}

/** A repeated `SECTION 02 OF 03` banner is furniture unless it carries more than caveats after the serial. */
/**
 * A page-break line whose "post" is longer than the cable's post carries text before the mark
 * (`HANDICAPPING THE FIELD  TRIPOLI 00000166 001.2 OF 002`): the text stays, the mark goes.
 */
function keepTextBeforePageMark(line: string, post: string | null): string {
  if (!mayBeFurniture(line) || !isPageFurniture(line)) return stripEmbeddedPageMarks(line, post);
  const mark = readPageBreakPost(line);
  if (!post || !mark || mark.post === post || !mark.post.endsWith(` ${post}`)) return line;
  return mark.post.slice(0, -post.length).trimEnd();
}

function isSectionBanner(line: string): boolean {
  if (!/SECTION\s+\d/i.test(line)) return false;
  const banner = readBodyBanner(line);
  if (banner === null || banner.post === null || !/SECTION\s+\d/.test(banner.rest)) return false;
  return banner.trailing.length === 0 || isCaveatLine(banner.trailing);
}

function previousNonBlank(lines: readonly string[], from: number): number | null {
  for (let i = from - 1; i >= 0; i--) if (!isBlank(lines[i]!)) return i;
  return null;
}

type CaveatSources = { banner: BodyBanner | null; header: HeaderFields };

/** Caveats from the banner and header lines (portion markings such as `S/NF` do not decide the dump's classification). */
function collectCaveats({ banner, header }: CaveatSources): string[] {
  const found = [...(banner ? [...caveatsIn(banner.rest), ...caveatsIn(banner.trailing)] : []), ...header.caveats];
  return [...new Set(found)];
}

type ClassificationInput = {
  banner: BodyBanner | null;
  routing: RoutingHeader;
  caveats: readonly string[];
  dumpCopy: DumpCopy | null;
  warnings: string[];
};

function resolveClassification({ banner, routing, caveats, dumpCopy, warnings }: ClassificationInput): string | null {
  if (dumpCopy?.classification) return dumpCopy.classification;
  if (banner) {
    if (banner.level !== "UNCLASSIFIED" && caveats.includes("SENSITIVE")) {
      warnings.push("classification: SENSITIVE on a classified cable; the dump records some of these as //NOFORN and some not");
    }
    return dumpClassification({ level: banner.level, caveats });
  }
  if (routing.level) {
    warnings.push("classification: no banner; level taken from the routing line (ZNY/ZNR)");
    return dumpClassification({ level: routing.level, caveats });
  }
  warnings.push("classification: not found");
  return null;
}

type OriginInput = {
  routing: RoutingHeader;
  banner: BodyBanner | null;
  pageBreakPost: { post: string; serial: number } | null;
  dumpCopy: DumpCopy | null;
  warnings: string[];
};

function resolveOrigin({ routing, banner, pageBreakPost, dumpCopy, warnings }: OriginInput): string | null {
  if (dumpCopy?.origin) return dumpCopy.origin;
  const fromFm = routing.from ? originFromFm(routing.from) : null;
  if (fromFm) return fromFm;
  const post = banner?.post ?? pageBreakPost?.post ?? null;
  if (!post) {
    warnings.push("origin: no FM line and no post named in the text");
    return null;
  }
  const { origin, isGuessed } = originFromBannerPost(post);
  if (isGuessed) warnings.push(`origin: no FM line; "${post}" from the banner assumed to be an embassy`);
  return origin;
}

type SentAtInput = {
  routing: RoutingHeader;
  preamble: Preamble;
  pageDtg: string | null;
  header: HeaderFields;
  paragraphs: readonly CableParagraph[];
  warnings: string[];
};

type SentAt = { date: Date | null; precision: SentAtPrecision | null; year: number | null; isInferred?: boolean };

function resolveSentAt({ routing, preamble, pageDtg, header, paragraphs, warnings }: SentAtInput): SentAt {
  if (routing.dateTimeGroup) {
    return { date: routing.dateTimeGroup, precision: "minute", year: routing.dateTimeGroup.getUTCFullYear() };
  }
  const strayDtg = findStrayDateTimeGroup(preamble.searchLines);
  if (strayDtg) {
    warnings.push("sentAt: date-time group found outside the routing header (a later section's header)");
    return { date: strayDtg, precision: "minute", year: strayDtg.getUTCFullYear() };
  }
  if (preamble.dumpCopy?.createdAt) {
    const date = preamble.dumpCopy.createdAt;
    warnings.push("sentAt: no date-time group; taken from the dump fields copied into the body");
    return { date, precision: "minute", year: date.getUTCFullYear() };
  }
  if (preamble.datedAt) {
    const date = preamble.datedAt;
    warnings.push("sentAt: no date-time group; taken from the 'Cable dated' line");
    return { date, precision: "minute", year: date.getUTCFullYear() };
  }
  if (preamble.dateline) {
    const day = preamble.dateline.date;
    const fromPage = pageDtg && Number(pageDtg.slice(0, 2)) === day.getUTCDate() ? pageDtg : null;
    if (fromPage) {
      const month = day.toLocaleString("en-US", { month: "short", timeZone: "UTC" }).toUpperCase();
      const date = readDateTimeGroup(`${fromPage}Z ${month} ${day.getUTCFullYear()}`);
      if (date) return { date, precision: "minute", year: date.getUTCFullYear() };
    }
    const midnight = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
    return { date: midnight, precision: "day", year: day.getUTCFullYear() };
  }
  const inferred = inferSentDate({
    declassifyOn: header.declassifyOn,
    referenceText: header.referenceText,
    bodyText: [header.subject ?? "", ...paragraphs.map((paragraph) => paragraph.text)].join("\n"),
  });
  warnings.push(...inferred.warnings);
  const year = inferred.date ? inferred.date.getUTCFullYear() : null;
  return { date: inferred.date, precision: inferred.precision, year, isInferred: year !== null };
}

type RefIdInput = {
  banner: BodyBanner | null;
  pageBreakPost: { post: string; serial: number } | null;
  routing: RoutingHeader;
  dumpCopy: DumpCopy | null;
  year: number | null;
  warnings: string[];
};

function resolveRefId({ banner, pageBreakPost, routing, dumpCopy, year, warnings }: RefIdInput): string {
  if (dumpCopy) return dumpCopy.refId;
  const post = banner?.post ?? pageBreakPost?.post ?? null;
  const serial = banner?.serial ?? pageBreakPost?.serial ?? serialFromDeLine(routing.deLine);
  const postForId = banner?.refIdPost ?? (post ? refIdPost(post) : routing.from ? refIdPostFromFm(routing.from) : "");
  const yy = year === null ? "XX" : String(year % 100).padStart(2, "0");
  if (year === null) warnings.push("refId: year unknown (no date in the text)");
  if (!post) warnings.push("refId: no banner naming the post; post taken from other lines");
  if (serial === null || postForId.length === 0) {
    warnings.push("refId: post or serial number not found");
    return `${yy}${postForId || "UNKNOWN"}${serial ?? ""}`;
  }
  return `${yy}${postForId}${serial}`;
}

function serialFromDeLine(deLine: string | null): number | null {
  const match = deLine ? /#(\d{1,6})/.exec(deLine) : null;
  return match ? Number(match[1]) : null;
}

function refIdPostFromFm(from: string): string {
  const office = cleanFmText(from);
  if (office.startsWith("SECSTATE")) return "STATE";
  return refIdPost(office.replace(/^(?:AMEMBASSY|AMCONSUL|USMISSION|USINT|USDEL|USOFFICE|AIT)\s+/, ""));
}
