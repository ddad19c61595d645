/** What can precede a cable: the partial-extract notice, a dateline, dump fields copied into the body, mail headers. */
import { readBodyBanner } from "./banner";
import { readDateline, readIsoTimestamp } from "./dates";
import type { Dateline } from "./dates";
import { isBlank } from "./lines";

export const PARTIAL_EXTRACT_NOTICE = /partial extract of the original cable/i;

export type DumpCopy = {
  refId: string;
  createdAt: Date | null;
  origin: string | null;
  classification: string | null;
  references: string[];
};

const DUMP_COPY = /^\s*(?:\d+\t)?(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)\t(\d{2}[A-Z][A-Z0-9-]{1,30}\d+)\t([^\t]*)\t([^\t]*)\t([^\t]*)(?:\t(.*))?$/;

/** The dump row copied at the top of some bodies: `22350\t2004-11-02 18:31:00\t04BOGOTA11339\tEmbassy Bogota\t…`. */
export function readDumpCopy(line: string): { copy: DumpCopy; remainder: string } | null {
  if (line.length > 4000 || !line.includes("\t")) return null;
  const match = DUMP_COPY.exec(line);
  if (!match) return null;
  const references = match[6]!.split(/[|,\s]+/).filter((id) => id.length > 0);
  return {
    copy: {
      refId: match[2]!,
      createdAt: readIsoTimestamp(match[1]!),
      origin: match[3]!.trim() || null,
      classification: match[4]!.trim() || null,
      references,
    },
    remainder: match[7] ?? "",
  };
}

const MAIL_HEADER = /^\s*(?:From|Sent|To|Cc|Subject|Importance|Attachments):\s/;
const OTHER_PREAMBLE = /^\s*(?:null|TelegramRestricted by caption\..*|\[\d+\])\s*$/;

export type PreambleLine =
  | { kind: "partial" }
  | { kind: "dateline"; dateline: Dateline }
  | { kind: "dump"; copy: DumpCopy; remainder: string }
  | { kind: "dated"; date: Date; remainder: string }
  | { kind: "mail" }
  | { kind: "other" };

const MAY_BE_PREAMBLE = /\t|partial extract|^\s*(?:[MTWFS][a-z]{2,5}day,|Cable dated|[A-Z][a-z]+:\s|null\s*$|Telegram|\[\d)/;

/** Preamble lines are short, except dump-field copies, which hold tabs. */
const MAX_PREAMBLE_LINE = 400;

export function readPreambleLine(line: string): PreambleLine | null {
  if (line.length > MAX_PREAMBLE_LINE && !line.includes("\t")) return null;
  if (!MAY_BE_PREAMBLE.test(line)) return null;
  const dump = readDumpCopy(line);
  if (dump) return { kind: "dump", ...dump };
  if (line.length < 400 && PARTIAL_EXTRACT_NOTICE.test(line)) return { kind: "partial" };
  const dateline = readDateline(line);
  if (dateline) return { kind: "dateline", dateline };
  const dated = /^\s*Cable dated:\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(.*)$/.exec(line);
  const datedAt = dated ? readIsoTimestamp(dated[1]!) : null;
  if (dated && datedAt) return { kind: "dated", date: datedAt, remainder: dated[2]! };
  if (MAIL_HEADER.test(line)) return { kind: "mail" };
  if (OTHER_PREAMBLE.test(line)) return { kind: "other" };
  return null;
}

const COPY_ID = /^\s*\d{1,7}\s*$/;
const COPY_TIMESTAMP = /^\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\s*$/;
const COPY_REF_ID = /^\s*(\d{2}[A-Z][A-Z0-9-]{1,40}\d+)\s*$/;
const COPY_KEY = /^\s*(id|date|refid|origin|classification|destination|header)\s*:\s*(.*)$/i;

/**
 * The dump fields copied one per line (`106172`, `2007-04-27 21:07:00`, `07MONTERREY472`, origin,
 * classification) or as `key: value` lines (`refid: 02BOGOTA3281` … `header:`). Returns the lines it used.
 */
export function readDumpCopyBlock(lines: readonly string[], start: number): { copy: DumpCopy; lineIndexes: number[] } | null {
  const first = lines[start] ?? "";
  if (COPY_ID.test(first) && COPY_TIMESTAMP.test(lines[start + 1] ?? "") && COPY_REF_ID.test(lines[start + 2] ?? "")) {
    const lineIndexes = [start, start + 1, start + 2, start + 3, start + 4];
    const copy: DumpCopy = {
      refId: COPY_REF_ID.exec(lines[start + 2]!)![1]!,
      createdAt: readIsoTimestamp(lines[start + 1]!),
      origin: lines[start + 3]?.trim() || null,
      classification: lines[start + 4]?.trim() || null,
      references: [],
    };
    const next = lines[start + 5] ?? "";
    if (/^\s*\d{2}[A-Z]+\d+(?:[|,\s]+\d{2}[A-Z]+\d+)*\s*$/.test(next)) {
      copy.references = next.trim().split(/[|,\s]+/);
      lineIndexes.push(start + 5);
    }
    return { copy, lineIndexes };
  }
  if (!/^\s*id\s*:/i.test(first)) return null;
  const values: Record<string, string> = {};
  const lineIndexes: number[] = [];
  for (let i = start; i < Math.min(lines.length, start + 12); i++) {
    const match = COPY_KEY.exec(lines[i]!);
    if (!match) break;
    values[match[1]!.toLowerCase()] = match[2]!.trim();
    lineIndexes.push(i);
  }
  const refId = values.refid;
  if (!refId) return null;
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(values.date ?? "");
  return {
    copy: {
      refId,
      createdAt: date ? new Date(Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2]))) : null,
      origin: values.origin || null,
      classification: values.classification || null,
      references: (values.destination ?? "").split(/[|,\s]+/).filter((id) => id.length > 0),
    },
    lineIndexes,
  };
}

export const HEADER_ENDS_LINE = /^\s*-{5,}\s*header ends\s*-{5,}\s*$/i;

const PREAMBLE_WINDOW = 160;

export type Preamble = {
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

/** Reads the preamble items at the top of a cable, replacing lines that also carry cable text by that text. */
export function readPreamble(lines: string[]): Preamble {
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
