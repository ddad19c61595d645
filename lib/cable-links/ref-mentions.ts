import type { Highlighted } from "@/lib/search/highlight";

/** One clickable stretch of a mention: "REFS A AND B" has two, "REFS A" and "B". */
export type RefLink = { start: number; end: number; anchor: string };

/** A mention of the cable's references in its text ("(REF A)", "REFS B-D", "reftel"). */
export type RefMention = { start: number; end: number; letters: string[]; links: RefLink[] };

export type LinkedSegment = { text: string; isMatch: boolean; referenceAnchor?: string; person?: { slug: string; displayName: string } };

type ReferenceKey = { letter: string | null };

/** The in-page id of a reference entry: `ref-a` by letter, else `ref-<position>` counted from 1. */
export function referenceAnchor({ letter }: ReferenceKey, index: number): string {
  return letter ? `ref-${letter.toLowerCase()}` : `ref-${index + 1}`;
}

/** Anchors for a whole REF line; a letter the line repeats falls back to its position, as ids must be unique. */
export function referenceAnchors(references: ReferenceKey[]): string[] {
  const used = new Set<string>();
  return references.map((reference, index) => {
    const byLetter = referenceAnchor(reference, index);
    const anchor = used.has(byLetter) ? referenceAnchor({ letter: null }, index) : byLetter;
    used.add(anchor);
    return anchor;
  });
}

// Keyword, then an optional letter list: "REF A", "REF. A", "refs (A-E)", "REFS A, B AND C".
// The lookbehind keeps "PREFERENCE" and "REFERENCE" out; a letter must stand alone so "REF ABOUT" is no mention.
const LETTER = String.raw`(?<![\p{L}\p{N}])[A-Za-z](?![\p{L}\p{N}])`;
const JOIN = String.raw`\s*(?:-|–|,\s*and\s+|,\s*&\s*|,|\s+and\s+|\s*&\s*)\s*`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(reftels?|refs?)(?![\p{L}\p{N}])(?:\.?\s*(\()?\s*(${LETTER}(?:${JOIN}${LETTER})*)\s*(\))?)?`,
  "giu",
);
const LETTER_IN_LIST = new RegExp(LETTER, "gu");

function lettersBetween(from: string, to: string): string[] {
  const [low, high] = [from.charCodeAt(0), to.charCodeAt(0)];
  if (high < low) return [from, to];
  return Array.from({ length: high - low + 1 }, (_, offset) => String.fromCharCode(low + offset));
}

/**
 * Finds mentions of the cable's own references in a paragraph. Only letters the cable's REF line
 * defines become links; a bare "reftel" or "ref" links only when the cable has exactly one reference,
 * since with several it cannot be told which one is meant.
 */
export function findRefMentions(text: string, references: ReferenceKey[]): RefMention[] {
  const ids = referenceAnchors(references);
  const anchors = new Map<string, string>();
  references.forEach(({ letter }, index) => {
    if (letter && !anchors.has(letter.toUpperCase())) anchors.set(letter.toUpperCase(), ids[index]!);
  });
  const sole = references.length === 1 ? (ids[0] ?? null) : null;
  const mentions: RefMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, keyword = "", openParen, list, closeParen] = match;
    const start = match.index;
    if (!list) {
      if (sole) mentions.push({ start, end: start + keyword.length, letters: references[0]?.letter ? [references[0].letter.toUpperCase()] : [], links: [{ start, end: start + keyword.length, anchor: sole }] });
      continue;
    }
    const listStart = start + whole.indexOf(list, keyword.length);
    // Keep a closing parenthesis only when the mention opened one: "(REF A)" links "REF A", "refs (A-E)" all of it.
    const end = openParen && closeParen ? start + whole.length : listStart + list.length;
    const written = [...list.matchAll(LETTER_IN_LIST)].map((letter) => ({ letter: letter[0].toUpperCase(), start: listStart + letter.index }));
    const named = written.flatMap(({ letter, start: letterStart }, index) => {
      const previous = written[index - 1];
      const isRangeEnd = previous !== undefined && /[-–]/.test(text.slice(previous.start + 1, letterStart));
      return isRangeEnd ? lettersBetween(previous.letter, letter).slice(1) : [letter];
    });
    const letters = [...new Set(named)].filter((letter) => anchors.has(letter));
    if (letters.length === 0) continue;
    const links: RefLink[] = [];
    written.forEach(({ letter, start: letterStart }, index) => {
      const anchor = anchors.get(letter);
      if (!anchor) return;
      // The first letter's link takes the keyword along, so "REF A" reads as one link, not a lone "A".
      const isLast = index === written.length - 1;
      links.push({ start: index === 0 ? start : letterStart, end: isLast ? end : letterStart + 1, anchor });
    });
    mentions.push({ start, end, letters, links });
  }
  return mentions;
}

/** A stretch of text to link, and what the link adds to its segment. */
export type TextLink = { start: number; end: number; target: Pick<LinkedSegment, "referenceAnchor" | "person"> };

/** Splits highlighted text further so each link becomes its own segment, keeping the search marks. Overlaps keep the earlier link. */
export function linkSpans(segments: Highlighted, spans: TextLink[]): LinkedSegment[] {
  const links = [...spans].sort((a, b) => a.start - b.start);
  const result: LinkedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const segmentEnd = offset + segment.text.length;
    let cursor = offset;
    for (const link of links) {
      if (link.end <= cursor || link.start >= segmentEnd) continue;
      if (link.start > cursor) result.push({ text: segment.text.slice(cursor - offset, link.start - offset), isMatch: segment.isMatch });
      const linkEnd = Math.min(link.end, segmentEnd);
      result.push({ text: segment.text.slice(Math.max(link.start, cursor) - offset, linkEnd - offset), isMatch: segment.isMatch, ...link.target });
      cursor = linkEnd;
    }
    if (cursor < segmentEnd) result.push({ text: segment.text.slice(cursor - offset), isMatch: segment.isMatch });
    offset = segmentEnd;
  }
  return result;
}

/** The links of reference mentions, for `linkSpans`. */
export function referenceLinks(mentions: RefMention[]): TextLink[] {
  return mentions.flatMap(({ links }) => links.map(({ start, end, anchor }) => ({ start, end, target: { referenceAnchor: anchor } })));
}

export function linkReferences(segments: Highlighted, mentions: RefMention[]): LinkedSegment[] {
  return linkSpans(segments, referenceLinks(mentions));
}
