/** The header block of a cable body: caveats, E.O./DECL, TAGS, SUBJECT, REF and Classified By lines. */
import { caveatsIn, caveatsInOrder, isCaveatLine, readBanner } from "./classification";
import { readWrittenDate } from "./dates";
import { collapseSpaces, isBlank } from "./lines";
import { isParagraphStart } from "./paragraphs";
import { readBodyBanner } from "./banner";

export type FieldName = "eo" | "tags" | "subject" | "ref" | "classifiedBy";

const FIELD_LABELS: ReadonlyArray<[FieldName, RegExp]> = [
  ["eo", /^\s*(?:E\.\s?O\.?|EO)\s*:?\s*1\d{4}\b|^\s*E\.O\.?\s*:|^\s*DECL\s*:/i],
  ["tags", /^\s*TAGS?\b\s*:?/],
  ["subject", /^\s*SUBJ(?:ECT)?\s*[:.]|^\s*SUBJECT\s+(?=[A-Z])/i],
  ["ref", /^\s*(?:REFS?|REFTELS?|REFERENCES?)\s*(?::|\.|(?=\s+[A-Z]\s?[.)]\s)|(?=\s+\d{2}\s+[A-Z]))/],
  ["classifiedBy", /^\s*(?:Classified\s+By|CLASSIFIED\s+BY|Derived\s+From)\b/i],
];

export function fieldLabelOf(line: string): FieldName | null {
  if (line.length > 2000) return null;
  for (const [name, pattern] of FIELD_LABELS) if (pattern.test(line)) return name;
  return null;
}

export type HeaderFields = {
  caveats: string[];
  /**
   * The caption lines between the banner and the SUBJECT line, in order: the caveats the dump's
   * classification column is built from. A `SENSITIVE BUT UNCLASSIFIED` line after the subject opens
   * the text, and a repeated banner (`SECRET NOFORN`) is not a caption; the dump ignores both.
   */
  captions: string[];
  executiveOrder: string | null;
  declassification: string | null;
  declassifyOn: string | null;
  tags: string[];
  subject: string | null;
  referenceText: string | null;
  classifiedBy: string | null;
  classificationReasons: string | null;
};

export type HeaderScan = { fields: HeaderFields; end: number; lineIndexes: number[] };

const HEADER_WINDOW = 80;
const REF_LETTER_LINE = /^\s*\(?[A-Z]\s?[.)]\s+\S/;

/**
 * Reads header fields from `start` on. The block ends at the first numbered paragraph, or after the
 * last field line when the body has no numbered paragraphs; unknown lines before the last field
 * (addressee lines such as `DEPT FOR WHA/BSC`) belong to the header.
 */
export function scanHeaderFields(lines: readonly string[], start: number): HeaderScan {
  const fields: HeaderFields = {
    caveats: [],
    captions: [],
    executiveOrder: null,
    declassification: null,
    declassifyOn: null,
    tags: [],
    subject: null,
    referenceText: null,
    classifiedBy: null,
    classificationReasons: null,
  };
  const windowEnd = Math.min(lines.length, start + HEADER_WINDOW);
  let limit = windowEnd;
  for (let i = start; i < windowEnd; i++) {
    if (isParagraphStart(lines[i]!, i > 0 && isBlank(lines[i - 1]!), null)) {
      limit = i;
      break;
    }
  }
  let lastLabelLine = -1;
  for (let i = start; i < limit; i++) {
    if (fieldLabelOf(lines[i]!) !== null || isCaveatLine(lines[i]!)) lastLabelLine = i;
  }
  const lineIndexes: number[] = [];
  const addCaveats = (line: string): void => {
    fields.caveats.push(...caveatsIn(line));
    if (fields.subject === null && readBanner(line) === null) fields.captions.push(...caveatsInOrder(line));
  };
  let i = start;
  let end = start;
  while (i < limit) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const label = fieldLabelOf(line);
    if (label) {
      const blockEnd = fieldBlockEnd(lines, i, limit, label);
      const text = collapseSpaces(lines.slice(i, blockEnd).filter((l) => !isBlank(l)).join(" "));
      applyField(fields, label, text);
      for (let k = i; k < blockEnd; k++) lineIndexes.push(k);
      i = blockEnd;
      end = blockEnd;
      continue;
    }
    if (isCaveatLine(line)) {
      addCaveats(line);
      lineIndexes.push(i);
      i++;
      end = i;
      continue;
    }
    if (i > lastLabelLine) break;
    addCaveats(line);
    lineIndexes.push(i);
    i++;
    end = i;
  }
  return { fields, end, lineIndexes };
}

/** Wrapped field lines: beyond these counts the text is the body, run on without a blank line. */
const MAX_FIELD_LINES: Readonly<Record<FieldName, number>> = { eo: 2, tags: 4, subject: 5, ref: 12, classifiedBy: 4 };

function fieldBlockEnd(lines: readonly string[], start: number, limit: number, label: FieldName): number {
  let i = start + 1;
  while (i < limit && i - start < MAX_FIELD_LINES[label]) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if (label !== "ref") return i;
      const next = nextNonBlank(lines, i, limit);
      if (next === null || !REF_LETTER_LINE.test(lines[next]!)) return i;
      i = next;
      continue;
    }
    if (fieldLabelOf(line) !== null || isCaveatLine(line) || readBodyBanner(line)?.post) return i;
    if (isParagraphStart(line, false, null) && !(label === "ref" && isLetteredReference(line))) return i;
    if (label === "eo" && !/^\s*(?:DECL|\d|OADR)/i.test(line)) return i;
    if (label === "tags" && !/^\s*[A-Z0-9][A-Z0-9 ,;.()/'-]*$/.test(line)) return i;
    i++;
  }
  return i;
}

/** `(C) SAO PAULO 260` in a REF block is reference C, not a paragraph marked (C). */
function isLetteredReference(line: string): boolean {
  return /^\s*\(?[A-Z]\)?[.)]?\s+(?:\d{2,4}\s+)?[A-Z][A-Za-z .'-]{1,30}\s+\d{1,6}\b/.test(line);
}

function nextNonBlank(lines: readonly string[], from: number, limit: number): number | null {
  for (let i = from; i < limit; i++) if (!isBlank(lines[i]!)) return i;
  return null;
}

function applyField(fields: HeaderFields, label: FieldName, text: string): void {
  switch (label) {
    case "eo":
      if (fields.executiveOrder === null && fields.declassification === null) applyExecutiveOrder(fields, text);
      return;
    case "tags":
      if (fields.tags.length === 0) fields.tags = readTags(text.replace(/^\s*TAGS?\b\s*:?/, ""));
      return;
    case "subject":
      fields.subject ??= readSubject(text);
      return;
    case "ref":
      fields.referenceText = [fields.referenceText, text.replace(/^\s*(?:REFS?|REFTELS?|REFERENCES?)\s*[:.]?\s*/, "")]
        .filter(Boolean)
        .join(" ");
      return;
    case "classifiedBy":
      if (fields.classifiedBy === null) applyClassifiedBy(fields, text);
      return;
  }
}

function applyExecutiveOrder(fields: HeaderFields, text: string): void {
  const order = /1\d{4}/.exec(text.slice(0, 20));
  fields.executiveOrder = order ? order[0] : null;
  const decl = /\bDECL(?:ASSIFY\s+ON)?\b\s*[:.]?\s*(.*)$/i.exec(text);
  const written = decl ? decl[1]! : text.replace(/^\s*(?:E\.\s?O\.?|EO)\s*:?\s*1\d{4}\s*[:.;,]?\s*/i, "");
  fields.declassification = written.trim().length > 0 ? written.trim() : null;
  fields.declassifyOn = decl ? readWrittenDate(decl[1]!) : null;
}

function readSubject(text: string): string | null {
  const subject = text
    .replace(/^\s*SUBJ(?:ECT)?\s*[:.]?\s*/i, "")
    .replace(/\s+REF(?:S|TEL)?\s*:.*$/, "")
    .trim();
  return subject.length > 0 ? subject : null;
}

const REASONS = /[,.;]?\s*(?:for\s+|under\s+)?(?:reasons?|rsns?)\b\s*:?\s*(.*)$/i;
const BARE_REASONS = /[,.;]?\s*(?:E\.?O\.?\s*1\d{4}\s*)?\b(1\.[45]\s*\(?[A-Ha-h]\b.*)$/;

function applyClassifiedBy(fields: HeaderFields, text: string): void {
  const written = text.replace(/^\s*(?:(?:Classified\s+By|Derived\s+From)\s*:?\s*)+/i, "");
  const reasons = REASONS.exec(written) ?? BARE_REASONS.exec(written);
  const by = (reasons ? written.slice(0, reasons.index) : written).trim().replace(/[,;.]$/, "").trim();
  fields.classifiedBy = by.length > 0 ? by : null;
  const why = reasons ? reasons[1]!.trim().replace(/\.$/, "").trim() : "";
  fields.classificationReasons = why.length > 0 ? why : null;
}

const TAG_CODE = /^(?:[A-Z]{2,4}|[A-Z0-9-]*\d[A-Z0-9-]*)$/;
const LONG_TAG_CODES = new Set([
  "MTCRE", "UNHRC", "UNMIK", "UNESCO", "UNAUS", "UNHCR", "APECO", "UNDESCO", "INTERPOL", "MERCOSUR", "UNICEF",
  "UNODC", "UNIFIL", "UNAMA", "UNAMI", "UNOMIG", "UNMOVIC", "UNDOF", "UNFICYP", "UNRWA", "CODEL", "KFTFN",
]);
const VISIT_TAG = "OVIP";

function isNameWord(token: string): boolean {
  return /^[A-Z][A-Z'-]{2,}$/.test(token) && !TAG_CODE.test(token) && !LONG_TAG_CODES.has(token);
}

/** A surname and a given name: both words, neither a tag code, one of them longer than a code. */
function isPersonPair(surname: string, given: string): boolean {
  const isWord = (token: string): boolean => /^[A-Z][A-Z'-]{2,}$/.test(token) && !LONG_TAG_CODES.has(token);
  return isWord(surname) && isWord(given) && (isNameWord(surname) || isNameWord(given)) && !/^[A-Z]{2,3}$/.test(surname);
}

type TagToken = { value: string; commaAfter: boolean };

function isPersonTagAt(tokens: readonly TagToken[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next) return false;
  if (token.commaAfter) return isPersonPair(token.value, next.value);
  return tokens[i - 1]?.value === VISIT_TAG && isNameWord(token.value) && isNameWord(next.value);
}

/**
 * `PREL, PGOV, CLINTON, HILLARY` → `PREL PGOV "CLINTON, HILLARY"`: a comma between two name-like words
 * joins a person tag, and so does a space after OVIP (`OVIP CLINTON HILLARY`).
 */
export function readTags(text: string): string[] {
  const tokens: TagToken[] = [];
  for (const match of text.matchAll(/([^\s,;]+)(\s*[,;])?/g)) {
    const value = match[1]!.replace(/^[([]+|[)\].:]+$/g, "").toUpperCase();
    if (value.length > 0) tokens.push({ value, commaAfter: match[2] !== undefined });
    else if (match[2] !== undefined && tokens.length > 0) tokens[tokens.length - 1]!.commaAfter = true;
  }
  const tags: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const isPersonTag = isPersonTagAt(tokens, i) && !(isPersonTagAt(tokens, i + 1) && !isNameWord(token.value));
    const tag = isPersonTag && next ? `${token.value}, ${next.value}` : token.value;
    if (isPersonTag) i++;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
