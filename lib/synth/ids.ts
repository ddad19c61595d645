/**
 * How a synthetic cable is named so it can never pass for a real one: its post is the reserved word
 * SYNTHETIC followed by a real post (`09SYNTHETICROME12`, origin `Embassy Synthetic Rome`). No post
 * of the release is called that, so no synthetic id can equal a real one, and the parser derives the
 * same id and origin from the rewritten banner and FM line as from the dump columns.
 */
import { originFromFm, refIdPost } from "../cable/post-names";

export const SYNTHETIC_WORD = "SYNTHETIC";

const SYNTHETIC_REF_ID = /^\d{2}SYNTHETIC[A-Z]+[1-9]\d*$/;
const SYNTHETIC_ORIGIN_PREFIX = "Embassy Synthetic ";

/** `ROME` (as in `06ROME1755`) and its written form (`NEW DELHI` for `NEWDELHI`). */
export type SyntheticPost = { post: string; words: string };

export function syntheticRefId({ year, post, serial }: { year: number; post: string; serial: number }): string {
  return `${String(year % 100).padStart(2, "0")}${SYNTHETIC_WORD}${post}${serial}`;
}

export function isSyntheticRefId(refId: string): boolean {
  return SYNTHETIC_REF_ID.test(refId);
}

/** The post as banners and page breaks write it: `SYNTHETIC NEW DELHI`. */
export function syntheticPostText(words: string): string {
  return `${SYNTHETIC_WORD} ${words}`;
}

/** The FM line's office: an embassy, whatever the real post was, so every synthetic origin looks alike. */
export function syntheticFmOffice(words: string): string {
  return `AMEMBASSY ${syntheticPostText(words)}`;
}

/** The origin column, named by the parser's own rule for the FM line, so text and column agree. */
export function syntheticOrigin(words: string): string {
  return originFromFm(syntheticFmOffice(words)) ?? `${SYNTHETIC_ORIGIN_PREFIX}${words}`;
}

export function isSyntheticOrigin(origin: string): boolean {
  return origin.startsWith(SYNTHETIC_ORIGIN_PREFIX);
}

const REF_ID_PARTS = /^(\d{2})([A-Z]+)(\d+)$/;

export function splitRefId(refId: string): { yy: string; post: string; serial: string } | null {
  const match = REF_ID_PARTS.exec(refId);
  return match ? { yy: match[1]!, post: match[2]!, serial: match[3]! } : null;
}

/**
 * Written forms of reference-id posts, learned from the corpus's origin column: the last words of
 * the origin whose letters spell the post (`Embassy New Delhi` → `NEW DELHI`, `Secretary of
 * State` → `STATE`). Posts not learned are written as they are in the id.
 */
export function learnPostWords(cables: Iterable<{ refId: string; origin: string }>): Map<string, string> {
  const words = new Map<string, string>();
  for (const { refId, origin } of cables) {
    const post = splitRefId(refId)?.post;
    if (!post || words.has(post)) continue;
    const parts = origin.toUpperCase().replace(/[^A-Z ]/g, " ").split(/\s+/).filter(Boolean);
    for (let start = 0; start < parts.length; start++) {
      const candidate = parts.slice(start).join(" ");
      if (refIdPost(candidate) === post) {
        words.set(post, candidate);
        break;
      }
    }
  }
  return words;
}

/** Serial numbers per year and post, counted up from 1: distinct ids by construction. */
export function createSerialCounter(): (key: { year: number; post: string }) => number {
  const last = new Map<string, number>();
  return ({ year, post }) => {
    const key = `${year}:${post}`;
    const serial = (last.get(key) ?? 0) + 1;
    last.set(key, serial);
    return serial;
  };
}
