/** REF lines: `REF: A. ROME 1234 B. 05 STATE 56789` → lettered references resolved to reference ids. */
import type { CableReference } from "./types";
import { expandYear } from "./dates";

const LETTER_MARK = /(^|[\s;,.¶\uFFFD])\(?([A-Z])\s?[.)](?=\s|$)/g;
const CABLE_NUMBER = /\b(?:(\d{2}|\d{4})\s+)?([A-Z][A-Z ]{1,30}?)\s+0*(\d{1,6})\b/;
const MONTH_NAME = /^(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)$/;
const NOT_A_POST = /^(?:AND|OR|THE|OF|NO|NOS?|PARA|PARAS|SECTION|REF|REFS|REFTEL|TEL|MSG|SEE|DATED|AS|IN)$/;

/** Splits `A. ROME 1234 B. STATE 5678` at its letters; text with no letters is one reference. */
export function splitReferenceLetters(text: string): Array<{ letter: string | null; text: string }> {
  const marks: Array<{ letter: string; start: number; end: number }> = [];
  let expected = "A".charCodeAt(0);
  for (const match of text.matchAll(LETTER_MARK)) {
    const letter = match[2]!;
    if (letter.charCodeAt(0) !== expected) continue;
    const start = match.index + match[1]!.length;
    marks.push({ letter, start, end: match.index + match[0].length });
    expected += 1;
  }
  if (marks.length === 0) {
    const pieces = text
      .split(/\s*[;:]\s*/)
      .map((piece) => piece.trim())
      .filter((piece) => piece.length > 0);
    if (pieces.length > 1 && pieces.every((piece) => CABLE_NUMBER.test(piece.toUpperCase()))) {
      return pieces.map((piece) => ({ letter: null, text: piece }));
    }
    const whole = text.trim();
    return whole.length > 0 ? [{ letter: null, text: whole }] : [];
  }
  const parts: Array<{ letter: string | null; text: string }> = [];
  const lead = text.slice(0, marks[0]!.start).trim();
  if (lead.length > 0) parts.push({ letter: null, text: lead });
  marks.forEach((mark, i) => {
    const next = marks[i + 1];
    const body = text
      .slice(mark.end, next ? next.start : text.length)
      .trim()
      .replace(/[;,¶\uFFFD]+$/, "")
      .trim();
    parts.push({ letter: mark.letter, text: body });
  });
  return parts;
}

/** `BOGOTA 11207` (cable of year 04) → `04BOGOTA11207`; `03 MADRID 3416` → `03MADRID3416`. */
export function resolveReferenceId(text: string, cableYear: number | null): string | null {
  const match = CABLE_NUMBER.exec(text.toUpperCase());
  if (!match) return null;
  const post = match[2]!.trim();
  const lastWord = post.split(" ").pop() ?? "";
  if (NOT_A_POST.test(post) || NOT_A_POST.test(lastWord) || MONTH_NAME.test(lastWord)) {
    return null;
  }
  const yearText = match[1] ?? /\((\d{4})\)/.exec(text)?.[1];
  const year = yearText ? (yearText.length === 4 ? Number(yearText) : expandYear(Number(yearText))) : cableYear;
  if (year === null) return null;
  const yy = String(year % 100).padStart(2, "0");
  return `${yy}${post.replace(/\s+/g, "")}${Number(match[3])}`;
}

/** A REF field longer than this is body text run on into it; it is kept whole, not split into references. */
const MAX_REFERENCE_TEXT = 20_000;

export function readReferences(text: string | null, cableYear: number | null): CableReference[] {
  if (!text) return [];
  if (text.length > MAX_REFERENCE_TEXT) return [{ letter: null, refId: resolveReferenceId(text.slice(0, 200), cableYear), text }];
  return splitReferenceLetters(text).map(({ letter, text: written }) => ({
    letter,
    refId: resolveReferenceId(written, cableYear),
    text: written,
  }));
}
