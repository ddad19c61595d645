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
  /** Text between the previous token (or the segment start) and this one. */
  gap: string;
};

/** Office symbols (`U/S`, `NEA/ELA`, `A/PolMC`) stay one token; other words may hold apostrophes and hyphens. */
const TOKEN_RE = /[A-Za-z]{1,4}(?:\/[A-Za-z]{1,6})+|\p{L}[\p{L}\p{M}'’-]*/gu;

/** Abbreviations whose period belongs to the word (`Amb.`, `Dr.`), not to the sentence. */
const ABBREVIATIONS = new Set(["AMB", "DR", "MR", "MRS", "MS", "GEN", "ADM", "COL", "LT", "SEN", "REP", "JR", "SR", "ST", "PROF", "CAPT", "MAJ", "BRIG", "GOV", "SGT", "MME", "DIR", "AMBS"]);

const REDACTION_RE = /^X{4,}/i;
const POSSESSIVE_RE = /['’][sS]$/;
const ARABIC_ARTICLE_RE = /^(?:al|el|ad|as|an|ar|ash|at|az)-\p{Lu}/u;

function shapeOf(word: string): Shape {
  const first = word.charAt(0);
  const code = first.charCodeAt(0);
  const isAsciiUpper = code >= 65 && code <= 90;
  const isAsciiLower = code >= 97 && code <= 122;
  if (!isAsciiUpper && !isAsciiLower && !/\p{L}/u.test(first)) return "other";
  const isFirstUpper = isAsciiUpper || (!isAsciiLower && first !== first.toLowerCase());
  const hasLower = word !== word.toUpperCase();
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
    tokens.push({ raw, word, key: foldWord(word), start, end, shape: shapeOf(word), isPossessive, isWordLike, gap: text.slice(previousEnd, start) });
    previousEnd = end;
  }
  return tokens;
}

/** A gap that keeps two words in one name (spaces, at most one line break). */
export function isPlainGap(gap: string): boolean {
  return gap.length > 0 && /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap);
}

export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (i === 0) return true;
  return /[.!?:;]["'”’)\]]*\s*$|\n\s*\n|^\s*[-*•]+\s*$|["“(]\s*$/.test(token.gap) || /--\s*$/.test(token.gap);
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
