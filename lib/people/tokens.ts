/** Word tokens of cable text with their shape and the text between them. Pure. */
import { foldWord } from "./lexicon";


export type Shape = "cap" | "upper" | "lower" | "initial" | "other";

export type Token = {
  /** The token as written, possessive included (`Putin's`). */
  raw: string;
  /** The word without a possessive ending (`Putin`). */
  word: string;
  key: string;
  start: number;
  end: number;
  shape: Shape;
  isPossessive: boolean;
  /** Letters only (apostrophes, hyphens, a final period allowed): no digits, office symbols or redactions. */
  isWordLike: boolean;
  /** What separates this token from the previous one (or the segment start). */
  gap: Gap;
  /** The token opens a sentence, a line item or a quotation. */
  isBoundary: boolean;
};

/** `plain`: spaces and at most one line break; `space`: exactly one space; `comma`, `slash`: that mark between spaces. */
export type Gap = "space" | "plain" | "comma" | "slash" | "other" | "none";

const CLOSERS = "\"'”’)]";
const BOUNDARY_MARKS = ".!?:;";
const OPENERS = "\"“(";

function classifyGap(text: string, from: number, to: number): Gap {
  if (to <= from) return "none";
  if (to - from === 1 && text.charCodeAt(from) === 32) return "space";
  let newlines = 0;
  let mark = "";
  for (let i = from; i < to; i++) {
    const char = text.charAt(i);
    if (char === " " || char === "\t" || char === "\r") continue;
    if (char === "\n") {
      newlines++;
      continue;
    }
    if (mark || (char !== "," && char !== "/")) return "other";
    mark = char;
  }
  if (mark === ",") return "comma";
  if (mark === "/") return "slash";
  return newlines <= 1 ? "plain" : "other";
}

function isBoundaryGap(text: string, from: number, to: number): boolean {
  let i = to - 1;
  let blankLines = 0;
  while (i >= from && /\s/.test(text.charAt(i))) {
    if (text.charAt(i) === "\n") blankLines++;
    i--;
  }
  if (blankLines >= 2) return true;
  if (i < from) return false;
  const last = text.charAt(i);
  if (OPENERS.includes(last)) return true;
  if (last === "-" && text.charAt(i - 1) === "-") return true;
  let j = i;
  while (j >= from && CLOSERS.includes(text.charAt(j))) j--;
  if (j >= from && BOUNDARY_MARKS.includes(text.charAt(j))) return true;
  for (let k = from; k <= i; k++) if (!/[\s\-*•]/.test(text.charAt(k))) return false;
  return /[-*•]/.test(text.slice(from, i + 1));
}

/** Office symbols (`U/S`, `NEA/ELA`, `A/PolMC`) stay one token; other words may hold apostrophes and hyphens. */
const TOKEN_RE = /[A-Za-z]{1,4}(?:\/[A-Za-z]{1,6})+|\p{L}[\p{L}\p{M}'’-]*/gu;

/** Abbreviations whose period belongs to the word (`Amb.`, `Dr.`), not to the sentence. */
const ABBREVIATIONS = new Set(["AMB", "DR", "MR", "MRS", "MS", "GEN", "ADM", "COL", "LT", "SEN", "REP", "JR", "SR", "ST", "PROF", "CAPT", "MAJ", "BRIG", "GOV", "SGT", "MME", "DIR", "AMBS"]);

const REDACTION_RE = /^X{4,}/i;
const ASCII_WORD_RE = /^[A-Za-z'-]*\.?$/;
const POSSESSIVE_RE = /['’][sS]$/;
const ARABIC_ARTICLE_RE = /^(?:al|el|ad|as|an|ar|ash|at|az)-\p{Lu}/u;

function shapeOf(word: string, upper: string): Shape {
  const first = word.charAt(0);
  const code = first.charCodeAt(0);
  const isAsciiUpper = code >= 65 && code <= 90;
  const isAsciiLower = code >= 97 && code <= 122;
  if (!isAsciiUpper && !isAsciiLower && !/\p{L}/u.test(first)) return "other";
  const isFirstUpper = isAsciiUpper || (!isAsciiLower && first !== first.toLowerCase());
  const hasLower = word !== upper;
  if (isFirstUpper && word.replace(/\.$/, "").length === 1) return "initial";
  if (isFirstUpper && !hasLower) return "upper";
  if (isFirstUpper) return "cap";
  if (ARABIC_ARTICLE_RE.test(word)) return "cap";
  return "lower";
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let match = TOKEN_RE.exec(text); match !== null; match = TOKEN_RE.exec(text)) {
    let raw = match[0];
    const start = match.index;
    let last = raw.charAt(raw.length - 1);
    while (last === "-" || last === "'" || last === "’") {
      raw = raw.slice(0, -1);
      last = raw.charAt(raw.length - 1);
    }
    if (raw.length === 0) continue;
    let end = start + raw.length;
    if (text.charCodeAt(end) === 46 /* . */ && (raw.length === 1 || ABBREVIATIONS.has(raw.toUpperCase()))) {
      raw += ".";
      end += 1;
    }
    const isPossessive = raw.length > 3 && (last === "s" || last === "S") && POSSESSIVE_RE.test(raw);
    const word = isPossessive ? raw.slice(0, -2) : raw;
    const first = word.charAt(0);
    const isWordLike = !word.includes("/") && !((first === "X" || first === "x") && REDACTION_RE.test(word));
    const gap = classifyGap(text, previousEnd, start);
    const isBoundary = tokens.length === 0 || (gap === "other" && isBoundaryGap(text, previousEnd, start));
    const upper = word.toUpperCase();
    const key = ASCII_WORD_RE.test(word) ? (upper.charCodeAt(upper.length - 1) === 46 ? upper.slice(0, -1) : upper) : foldWord(word);
    tokens.push({ raw, word, key, start, end, shape: shapeOf(word, upper), isPossessive, isWordLike, gap, isBoundary });
    previousEnd = end;
  }
  return tokens;
}

/** A gap that keeps two words in one name (spaces, at most one line break). */
export function isPlainGap(gap: Gap): boolean {
  return gap === "space" || gap === "plain";
}

export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.isBoundary ?? false;
}

/** Share of upper-case letters: above 0.85 the text is an all-capitals telegram. */
export function upperShare(text: string): number {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) letters++;
    else if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

/** `D'ALEMA` → `D'Alema`, `MCDONALD` → `McDonald`, `VAN CLEVE` → `Van Cleve`, `AL-KHALIFA` → `Al-Khalifa`. */
export function titleCaseName(name: string): string {
  return name
    .split(/(\s+|-)/)
    .map((part) => {
      if (/^\s+$|^-$/.test(part) || part.length === 0) return part;
      if (/\p{Ll}/u.test(part)) return part;
      const lower = part.toLowerCase();
      let result = lower.charAt(0).toUpperCase() + lower.slice(1);
      result = result.replace(/^(Mc|O'|D')(\p{L})/u, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
      return result;
    })
    .join("");
}
