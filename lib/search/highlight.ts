import { escapeRegExp } from "../format/regexp";

/** Text with the parts that matched a search marked, always as plain strings (never HTML). */
export type Highlighted = { text: string; isMatch: boolean }[];

/** Meilisearch wraps matches in these; control characters cannot occur in indexed cable text. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export function splitHighlights(formatted: string): Highlighted {
  const segments: Highlighted = [];
  let isMatch = false;
  let current = "";
  for (const character of formatted) {
    if (character === MATCH_START || character === MATCH_END) {
      if (current) segments.push({ text: current, isMatch });
      current = "";
      isMatch = character === MATCH_START;
    } else {
      current += character;
    }
  }
  if (current) segments.push({ text: current, isMatch });
  return segments;
}

export function countMatches(segments: Highlighted): { terms: number; matches: number } {
  const matched = segments.filter(({ isMatch }) => isMatch).map(({ text }) => text.toLowerCase());
  return { terms: new Set(matched).size, matches: matched.length };
}

/** Search terms worth marking on a cable page: words of the query, minus operators and excluded words. */
export function termsOf(query: string): string[] {
  const words = query.match(/-?"[^"]*"|\S+/g) ?? [];
  const terms = words
    .filter((word) => !word.startsWith("-"))
    .flatMap((word) => word.replaceAll('"', "").split(/[^\p{L}\p{N}']+/u))
    .filter((word) => word.length >= 2);
  return [...new Set(terms.map((term) => term.toLowerCase()))].slice(0, 10);
}

/** Marks whole-word (prefix) occurrences of the terms in a text, case-insensitively. */
export function markTerms(text: string, terms: string[]): Highlighted {
  if (terms.length === 0) return [{ text, isMatch: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join("|")})[\\p{L}\\p{N}]*`, "giu");
  const segments: Highlighted = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), isMatch: false });
    segments.push({ text: match[0], isMatch: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), isMatch: false });
  return segments;
}
