/** Decides each identity field from the evidence the text offers, strongest first, with warnings for the weaker. */
import type { CableParagraph, SentAtPrecision } from "./types";
import type { BodyBanner } from "./banner";
import { caveatsIn, caveatsInOrder, dumpClassification, levelFromMarkings } from "./classification";
import { readDateTimeGroup } from "./dates";
import type { HeaderFields } from "./header-fields";
import { inferSentDate } from "./inference";
import { cleanFmText, originFromBannerPost, originFromFm, refIdPost } from "./post-names";
import type { DumpCopy, Preamble } from "./preamble";
import type { RoutingHeader } from "./routing";

const STRAY_DTG_WINDOW = 200_000;
const STRAY_DTG = /(?:^|\s)[ZOPR](?:\s+[ZOPR])?\s+(\d{6}Z\s+[A-Z]{3}\s+\d{2})\b/;

function findStrayDateTimeGroup(lines: readonly string[]): Date | null {
  const match = STRAY_DTG.exec(lines.join("\n").slice(0, STRAY_DTG_WINDOW));
  return match ? readDateTimeGroup(match[1]!) : null;
}

type CaveatSources = { banner: BodyBanner | null; header: HeaderFields };

/** Caveats from the banner and header lines (portion markings such as `S/NF` do not decide the dump's classification). */
export function collectCaveats({ banner, header }: CaveatSources): string[] {
  const found = [...(banner ? [...caveatsIn(banner.rest), ...caveatsIn(banner.trailing)] : []), ...header.caveats];
  return [...new Set(found)];
}

/** The captions the dump's classification is built from, in the order written: the banner's, then the caption lines. */
export function collectCaptions({ banner, header }: CaveatSources): string[] {
  return [...(banner ? [...caveatsInOrder(banner.rest), ...caveatsInOrder(banner.trailing)] : []), ...header.captions];
}

type ClassificationInput = {
  banner: BodyBanner | null;
  routing: RoutingHeader;
  captions: readonly string[];
  dumpCopy: DumpCopy | null;
  sentAt: Date | null;
  header: HeaderFields;
  paragraphs: readonly CableParagraph[];
  warnings: string[];
};

const SERIAL_IN_DE_LINE = /#(\d{1,6})/;
const SERIAL_IN_REF_ID = /(\d+)$/;

type BodyIdentity = { level: string; serial: number | null; routing: RoutingHeader };

/**
 * The first routing header names the cable; a body whose banner (or copied dump fields) gives another
 * level and another serial is the text of a different cable, and the dump's column follows the header.
 */
function isOtherCablesBody({ level, serial, routing }: BodyIdentity): boolean {
  const deSerial = routing.deLine ? SERIAL_IN_DE_LINE.exec(routing.deLine)?.[1] : undefined;
  if (!routing.level || routing.level === level || deSerial === undefined || serial === null) return false;
  return Number(deSerial) % 10_000 !== serial % 10_000;
}

const OTHER_BODY_WARNING =
  "classification: the body is another cable's (level and serial differ from the routing header); level from the routing line";

export function resolveClassification(input: ClassificationInput): string | null {
  const { banner, routing, captions, dumpCopy, sentAt, warnings } = input;
  if (dumpCopy?.classification) {
    const copySerial = SERIAL_IN_REF_ID.exec(dumpCopy.refId)?.[1];
    const level = dumpCopy.classification.split("//")[0]!;
    if (!isOtherCablesBody({ level, serial: copySerial === undefined ? null : Number(copySerial), routing })) {
      return dumpCopy.classification;
    }
    warnings.push(OTHER_BODY_WARNING);
    return routing.level;
  }
  if (banner) {
    if (isOtherCablesBody({ level: banner.level, serial: banner.serial, routing })) {
      warnings.push(OTHER_BODY_WARNING);
      return routing.level;
    }
    return readCaptions({ level: banner.level, captions, sentAt, warnings });
  }
  if (routing.level) {
    warnings.push("classification: no banner; level taken from the routing line (ZNY/ZNR)");
    return readCaptions({ level: routing.level, captions, sentAt, warnings });
  }
  const level = levelWithoutBanner(input);
  if (level) return readCaptions({ level, captions, sentAt, warnings });
  warnings.push("classification: not found");
  return null;
}

type CaptionInput = { level: string; captions: readonly string[]; sentAt: Date | null; warnings: string[] };

function readCaptions({ level, captions, sentAt, warnings }: CaptionInput): string {
  const { classification, isSensitiveGuess } = dumpClassification({ level, captions, sentAt });
  if (isSensitiveGuess) {
    warnings.push("classification: SENSITIVE caption on a classified cable; before October 2008 the dump adds //NOFORN to most");
  }
  return classification;
}

/** No banner and no routing line: `E.O. 12958: N/A` marks an unclassified cable, else the highest portion marking decides. */
function levelWithoutBanner({ header, paragraphs, warnings }: ClassificationInput): string | null {
  if (header.declassification !== null && /^N\/?A\b/i.test(header.declassification)) {
    warnings.push("classification: no banner or routing line; UNCLASSIFIED from the E.O. line (N/A)");
    return "UNCLASSIFIED";
  }
  const level = levelFromMarkings(paragraphs.map((paragraph) => paragraph.marking));
  if (level) warnings.push("classification: no banner or routing line; level taken from the highest paragraph marking");
  return level;
}

type OriginInput = {
  routing: RoutingHeader;
  banner: BodyBanner | null;
  pageBreakPost: { post: string; serial: number } | null;
  dumpCopy: DumpCopy | null;
  warnings: string[];
};

export function resolveOrigin({ routing, banner, pageBreakPost, dumpCopy, warnings }: OriginInput): string | null {
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

export type SentAt = { date: Date | null; precision: SentAtPrecision | null; year: number | null; isInferred?: boolean };

export function resolveSentAt({ routing, preamble, pageDtg, header, paragraphs, warnings }: SentAtInput): SentAt {
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

export function resolveRefId({ banner, pageBreakPost, routing, dumpCopy, year, warnings }: RefIdInput): string {
  if (dumpCopy) return dumpCopy.refId;
  const post = banner?.post ?? pageBreakPost?.post ?? null;
  const serial = banner?.serial ?? pageBreakPost?.serial ?? serialFromDeLine(routing.deLine);
  const isPostRedacted = banner?.refIdPost !== undefined && banner.refIdPost !== null && /^X{4,}$/.test(banner.refIdPost);
  const bannerPostForId = isPostRedacted ? null : (banner?.refIdPost ?? null);
  const postForId = bannerPostForId ?? (post && !isPostRedacted ? refIdPost(post) : routing.from ? refIdPostFromFm(routing.from) : "");
  if (isPostRedacted) warnings.push("refId: the banner's post is redacted; post taken from the FM line");
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
