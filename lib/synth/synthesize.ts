/**
 * Assembles synthetic cables: a release slot gives the post, year and month; a real cable of (about)
 * that year gives the header, classification, caveats, TAGS, subject and shape; about half of its
 * numbered paragraphs are swapped for paragraphs of other cables of similar length, so words, names
 * and redactions keep their real frequencies without repeating whole cables.
 */
import { createRandom } from "./random";
import type { Random } from "./random";
import { createSerialCounter, syntheticOrigin, syntheticRefId } from "./ids";
import { slotCount } from "./release";
import type { ReleaseSlots } from "./release";
import { renameOwnPost, rewriteFmLines, shiftDates } from "./rewrite";
import { PARAGRAPH_PREFIX, unitText } from "./templates";
import type { CableTemplate } from "./templates";

export const SYNTHETIC_NOTICE =
  "SYNTHETIC BENCHMARK CABLE: not a real cable. Generated for load tests by recombining text from real cables.";

/** Share of a cable's numbered paragraphs (all but the last) taken from other cables. */
const SWAP_SHARE = 0.5;
/** Donor paragraphs come from cables at most this many places away in the order by body length. */
const DONOR_RANK_SPREAD = 40;
const DAY_MS = 86_400_000;
/**
 * The corpus leans to long cables (8.1 KB a row against the release's 1.6 GB / 251,287 = 6.4 KB):
 * this share of the time the shorter of two templates is taken, which brings the full-size output
 * to about the release's size while keeping every length the corpus has.
 */
const SHORTER_OF_TWO_SHARE = 0.6;

export type SynthSource = {
  templates: readonly CableTemplate[];
  release: ReleaseSlots;
  /** Written forms of release posts (`NEWDELHI` → `NEW DELHI`); others are written as in the id. */
  postWords: ReadonlyMap<string, string>;
};

export type SyntheticCable = {
  refId: string;
  /** `YYYY-MM-DD` */
  day: string;
  origin: string;
  classification: string;
  templateRefId: string;
  /** The eight dump columns. */
  fields: string[];
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** The dump's creation date, with the cable site's bug: the minutes are the hour on a 12-hour clock. */
export function dumpCreationDate({ year, month, day, hour }: { year: number; month: number; day: number; hour: number }): string {
  return `${month}/${day}/${year} ${pad2(hour)}:${pad2(hour % 12)}`;
}

/** Templates grouped by year, and for any year the group of the nearest year that has templates. */
function indexByYear(templates: readonly CableTemplate[]): (year: number) => readonly number[] {
  const groups = new Map<number, number[]>();
  templates.forEach((template, index) => {
    const group = groups.get(template.year) ?? [];
    group.push(index);
    groups.set(template.year, group);
  });
  const years = [...groups.keys()].sort((a, b) => a - b);
  const nearest = new Map<number, readonly number[]>();
  return (year) => {
    const known = nearest.get(year);
    if (known) return known;
    const best = years.reduce((a, b) => (Math.abs(b - year) < Math.abs(a - year) ? b : a));
    const group = groups.get(best)!;
    nearest.set(year, group);
    return group;
  };
}

function withPrefixOf(target: string, source: string): string {
  const prefix = PARAGRAPH_PREFIX.exec(target)?.[0] ?? "";
  return prefix + source.replace(PARAGRAPH_PREFIX, "");
}

export type Synthesizer = { next: () => SyntheticCable };

export function createSynthesizer({ source, seed }: { source: SynthSource; seed: string }): Synthesizer {
  const { templates, release, postWords } = source;
  if (templates.length === 0) throw new Error("no template cables");
  const random: Random = createRandom(seed);
  const nextSerial = createSerialCounter();
  const templatesOfYear = indexByYear(templates);
  const byLength = templates.map((_, index) => index).sort((a, b) => templates[a]!.bodyLength - templates[b]!.bodyLength);
  const lengthRank = new Int32Array(templates.length);
  byLength.forEach((templateIndex, rank) => {
    lengthRank[templateIndex] = rank;
  });
  let row = 0;

  /** A donor paragraph for unit `unit` of `count` swappable ones, from the same relative place in the donor. */
  function donorUnit(templateIndex: number, unit: number, count: number): { text: string; refId: string } | null {
    const rank = lengthRank[templateIndex]! + random.between(-DONOR_RANK_SPREAD, DONOR_RANK_SPREAD);
    const donor = templates[byLength[Math.min(byLength.length - 1, Math.max(0, rank))]!]!;
    const donorCount = donor.unitStarts.length - 1;
    if (donorCount < 1 || donor.refId === templates[templateIndex]!.refId) return null;
    const donorIndex = count === 1 ? 0 : Math.round((unit * (donorCount - 1)) / (count - 1));
    if (!donor.isSwappable[donorIndex]) return null;
    return { text: unitText(donor, donorIndex), refId: donor.refId };
  }

  function assembleBody(templateIndex: number, rename: { words: string; serial: number }): string {
    const template = templates[templateIndex]!;
    const { pieces, unitStarts } = template;
    const own = (text: string, fromRefId: string): string => renameOwnPost(text, { fromRefId, ...rename });
    if (unitStarts.length === 0) return `${own(pieces.join(""), template.refId)}\n\n${SYNTHETIC_NOTICE}\n`;
    const parts = [own(pieces.slice(0, unitStarts[0]).join(""), template.refId), SYNTHETIC_NOTICE, "\n\n"];
    const swappable = unitStarts.length - 1;
    for (let unit = 0; unit < unitStarts.length; unit++) {
      const isLast = unit === swappable;
      const original = unitText(template, unit);
      const isSwapped = !isLast && template.isSwappable[unit]! && random.chance(SWAP_SHARE);
      const donor = isSwapped ? donorUnit(templateIndex, unit, swappable) : null;
      parts.push(donor ? withPrefixOf(original, own(donor.text, donor.refId)) : own(original, template.refId));
      // The last unit runs to the end of the body, signature included.
      if (!isLast) parts.push(pieces[unitStarts[unit + 1]! - 1]!);
    }
    return parts.join("");
  }

  function next(): SyntheticCable {
    row += 1;
    const slot = random.below(slotCount(release));
    const post = release.posts[release.postIndexes[slot]!]!;
    const year = release.years[slot]!;
    const month = release.months[slot]!;
    const day = random.between(1, daysInMonth(year, month));
    const group = templatesOfYear(year);
    const first = random.pick(group);
    const second = random.chance(SHORTER_OF_TWO_SHARE) ? random.pick(group) : first;
    const templateIndex = templates[second]!.bodyLength < templates[first]!.bodyLength ? second : first;
    const template = templates[templateIndex]!;
    const words = postWords.get(post) ?? post;
    const serial = nextSerial({ year, post });
    const refId = syntheticRefId({ year, post, serial });
    const origin = syntheticOrigin(words);
    const shift = Math.round(Date.UTC(year, month - 1, day) / DAY_MS) - template.sentDay;
    const rename = { words, serial };
    const routingHeader = rewriteFmLines(shiftDates(renameOwnPost(template.routingHeader, { fromRefId: template.refId, ...rename }), shift), words);
    const body = rewriteFmLines(shiftDates(assembleBody(templateIndex, rename), shift), words);
    const createdAt = dumpCreationDate({ year, month, day, hour: template.sentHour });
    return {
      refId,
      day: `${year}-${pad2(month)}-${pad2(day)}`,
      origin,
      classification: template.classification,
      templateRefId: template.refId,
      fields: [String(row), createdAt, refId, origin, template.classification, "", routingHeader, body],
    };
  }

  return { next };
}
