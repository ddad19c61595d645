/**
 * The spread of the whole release (posts × months), read from its reference-id list: the development
 * corpus holds 183 posts, heavily skewed, while the release has about 270. Sampling a release slot
 * gives posts, years and months in the release's own proportions, correlations included.
 */

export type ReleaseSlots = {
  posts: string[];
  /** Per slot: index into `posts`, full year, month 1–12. */
  postIndexes: Uint16Array;
  years: Uint16Array;
  months: Uint8Array;
};

/** Posts with fewer ids are misspellings and banner noise in the release's ids (`BRUSSLS`, `EFTOCAIRO`). */
export const MIN_IDS_PER_POST = 5;

const LINE = /^(\d{2})([A-Z]+)\d+,(\d{1,2})\s*$/;

function fullYear(twoDigits: number): number {
  return twoDigits >= 60 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Reads `refid,month` lines (`06ROME1755,7`); ids that are not year + post + serial are skipped. */
export function readReleaseSlots(csv: string, { minIdsPerPost = MIN_IDS_PER_POST }: { minIdsPerPost?: number } = {}): ReleaseSlots {
  const entries: { post: string; year: number; month: number }[] = [];
  const perPost = new Map<string, number>();
  for (const line of csv.split("\n")) {
    const match = LINE.exec(line);
    if (!match) continue;
    const month = Number(match[3]);
    if (month < 1 || month > 12) continue;
    const post = match[2]!;
    entries.push({ post, year: fullYear(Number(match[1])), month });
    perPost.set(post, (perPost.get(post) ?? 0) + 1);
  }
  const posts = [...perPost].filter(([, count]) => count >= minIdsPerPost).map(([post]) => post).sort();
  const indexOf = new Map(posts.map((post, index) => [post, index]));
  const kept = entries.filter((entry) => indexOf.has(entry.post));
  if (kept.length === 0) throw new Error("no usable reference ids (expected lines like 06ROME1755,7)");
  return {
    posts,
    postIndexes: Uint16Array.from(kept, (entry) => indexOf.get(entry.post)!),
    years: Uint16Array.from(kept, (entry) => entry.year),
    months: Uint8Array.from(kept, (entry) => entry.month),
  };
}

export function slotCount(slots: ReleaseSlots): number {
  return slots.years.length;
}
