/** Numbered paragraphs, portion markings, unnumbered blocks and the closing signature. */
import type { CableParagraph } from "./types";
import { isBlank } from "./lines";

const PARAGRAPH_START =
  /^\s{0,8}(¶|\uFFFD|&para;|\?|PARA(?:GRAPH)?\s)?\s?(\d{1,3})(?:\s?\.(?=\s|\(|$)|(?=\s\((?:U|C|S|SBU|S\/NF|C\/NF|S\/\/NF)\)\s))\s*(?:\(([A-Z]{1,4}(?:\s?\/{1,2}\s?[A-Z]{1,6}){0,3})\))?/;
const MARKING_FIRST_PART = /^(?:U|C|S|TS|SBU|LOU|FOUO|CONF|SECRET|NF)$/;

const MARKED_START = /^\s{0,8}(?:¶\s?)?\(([A-Z]{1,4}(?:\s?\/{1,2}\s?[A-Z]{1,6}){0,3})\)\s+(?=["'A-Z])/;

export type ParagraphStart = { number: number | null; marking: string | null; hasSign: boolean; prefixLength: number };

/** An unnumbered paragraph that opens with its portion marking: `(C) MEA Joint Secretary…`. */
function readMarkedStart(line: string): ParagraphStart | null {
  const match = MARKED_START.exec(line);
  if (!match || !MARKING_FIRST_PART.test(match[1]!.split("/")[0]!.trim())) return null;
  return { number: null, marking: match[1]!.replace(/\s+/g, ""), hasSign: false, prefixLength: match[0].length };
}

export function readParagraphStart(line: string): ParagraphStart | null {
  if (line.length === 0) return null;
  const match = PARAGRAPH_START.exec(line);
  if (!match) return readMarkedStart(line);
  const markingText = match[3] ?? null;
  const marking = markingText && MARKING_FIRST_PART.test(markingText.split("/")[0]!.trim()) ? markingText.replace(/\s+/g, "") : null;
  const prefixLength = marking || !markingText ? match[0].length : match[0].length - (markingText.length + 2);
  return { number: Number(match[2]), marking, hasSign: match[1] !== undefined, prefixLength };
}

/** A numbered line starts a paragraph when it is signed (¶), marked, follows a blank line, or continues the count. */
export function isParagraphStart(line: string, isAfterBlank: boolean, previousNumber: number | null): boolean {
  return acceptedStart(line, isAfterBlank, previousNumber) !== null;
}

function acceptedStart(line: string, isAfterBlank: boolean, previousNumber: number | null): ParagraphStart | null {
  const start = readParagraphStart(line);
  return start && isAcceptedStart(start, line, isAfterBlank, previousNumber) ? start : null;
}

function isAcceptedStart(start: ParagraphStart, line: string, isAfterBlank: boolean, previousNumber: number | null): boolean {
  if (start.number === null) return true;
  if (start.number === 0 || start.number > 300) return false;
  if (line.trimEnd().length <= start.prefixLength && !start.marking) return false;
  return start.hasSign || start.marking !== null || isAfterBlank || (previousNumber !== null && start.number === previousNumber + 1);
}

const LIST_ITEM = /^\s*(?:-{1,2}\s|\*|o\s|•|\(?[a-z0-9]{1,3}[.)]\s|\(?[A-Z][.)]\s)/;
const TERMINAL = /[.!?:;"')\]”’]\s*$/;

type Draft = { number: number | null; marking: string | null; lines: string[] };

/** Splits body lines into paragraphs; a block that continues a cut sentence (lower-case start, or no full stop before a page break) is joined back. */
export function readParagraphs(lines: readonly string[], breaks: ReadonlySet<number>, lineOffset = 0): CableParagraph[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let previousNumber: number | null = null;
  let isAfterBlank = true;
  let isAfterBreak = false;
  for (let i = 0; i < lines.length; i++) {
    if (breaks.has(i + lineOffset)) isAfterBreak = true;
    const line = lines[i]!;
    if (isBlank(line)) {
      isAfterBlank = true;
      continue;
    }
    const start = acceptedStart(line, isAfterBlank, previousNumber);
    if (start) {
      current = { number: start.number, marking: start.marking, lines: [line.slice(start.prefixLength).trim()] };
      drafts.push(current);
      previousNumber = start.number ?? previousNumber;
    } else if (current && !isAfterBlank) {
      current.lines.push(line.trim());
    } else if (current && continuesParagraph({ current, line, nextLine: lines[i + 1] ?? "", isAfterBreak })) {
      if (!isAfterBreak && LIST_ITEM.test(line)) current.lines.push("");
      current.lines.push(line.trim());
    } else {
      current = { number: null, marking: null, lines: [line.trim()] };
      drafts.push(current);
    }
    isAfterBlank = false;
    isAfterBreak = false;
  }
  return drafts.map((draft, index) => ({
    index,
    number: draft.number,
    marking: draft.marking,
    text: draft.lines.join("\n").trim(),
  }));
}

type Continuation = { current: Draft; line: string; nextLine: string; isAfterBreak: boolean };

const UNDERLINE = /^\s*(?:-\s?){3,}\s*$/;

/** Headings sit on their own: all capitals, or underlined with dashes. */
function looksLikeHeading(line: string, nextLine: string): boolean {
  const trimmed = line.trim();
  return UNDERLINE.test(nextLine) || (trimmed.length < 70 && trimmed === trimmed.toUpperCase() && /[A-Z]/.test(trimmed));
}

/**
 * A block after a blank line continues the paragraph when it starts in lower case, is a list item of a
 * numbered paragraph, or picks up a sentence the previous block left open (page breaks cut sentences).
 */
function continuesParagraph({ current, line, nextLine, isAfterBreak }: Continuation): boolean {
  const trimmed = line.trim();
  if (/^[a-z]/.test(trimmed)) return true;
  if (current.number === null) return UNDERLINE.test(line) && current.lines.length <= 2;
  if (LIST_ITEM.test(line)) return true;
  const last = current.lines[current.lines.length - 1] ?? "";
  if (TERMINAL.test(last) || UNDERLINE.test(nextLine)) return false;
  if (isAfterBreak) return true;
  return !looksLikeHeading(line, nextLine) && /[,;\-–]\s*$|\b(?:and|or|the|of|to|a|an|in|for|with|that|on|by)\s*$/i.test(last);
}

const NAME_LINE = /^(?:[A-Z][A-Za-z'.-]*)(?:\s+[A-Z][A-Za-z'.-]*){0,3}$/;

/** The closing signature: a short name on the body's last line (`SPOGLI`, `Danilovich`). */
export function splitSignature(paragraphs: CableParagraph[]): { paragraphs: CableParagraph[]; signature: string | null } {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return { paragraphs, signature: null };
  const lines = last.text.split("\n");
  const candidate = (lines[lines.length - 1] ?? "").trim();
  const isName =
    candidate.length >= 2 &&
    candidate.length <= 40 &&
    NAME_LINE.test(candidate) &&
    !/\.$/.test(candidate) &&
    !NOT_A_SIGNATURE.test(candidate) &&
    (lines.length > 1 || last.number === null);
  if (!isName) return splitTrailingSignature(paragraphs, last);
  const rest = lines.slice(0, -1).join("\n").trim();
  const kept = rest.length > 0 ? [...paragraphs.slice(0, -1), { ...last, text: rest }] : paragraphs.slice(0, -1);
  return { paragraphs: kept, signature: candidate };
}

const TRAILING_NAME = /(?<=[.!?)"”'])\s+([A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]{2,}){0,2})\s*$/;
const NOT_A_SIGNATURE =
  /^(?:END|COMMENT|SUMMARY|NOTE|BT|UNCLASSIFIED|CONFIDENTIAL|SECRET|SIPDIS|NOFORN|SENSITIVE)\b|\b(?:AND|THE|OF|FOR|TO|IN|IMMEDIATE|PRIORITY|ROUTINE|AMEMBASSY|AMCONSUL|SECSTATE|WASHDC|COLLECTIVE|LIST|N{3,})\b/i;

/** Bodies that lost their line breaks end with the signature run on: `…End comment. GODFREY`. */
function splitTrailingSignature(
  paragraphs: CableParagraph[],
  last: CableParagraph,
): { paragraphs: CableParagraph[]; signature: string | null } {
  const match = TRAILING_NAME.exec(last.text.length > 2000 ? last.text.slice(-2000) : last.text);
  const name = match?.[1];
  if (!match || !name || NOT_A_SIGNATURE.test(name)) return { paragraphs, signature: null };
  const text = last.text.slice(0, last.text.length - match[0].length).trimEnd();
  return { paragraphs: [...paragraphs.slice(0, -1), { ...last, text }], signature: name };
}
