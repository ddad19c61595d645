/**
 * Name resolution: mentions of one person across cables become one Person (`D'ALEMA`, `FM D'Alema`,
 * `Massimo D'Alema`), shown by the fullest name known. Different given names are never merged; a
 * bare surname joins the one full name known with that surname in its cable, else the one known in
 * the corpus (choosing by title and post when there are several), else stays a surname-only person.
 * Pure.
 */
import { CORE_TITLES, foldWord, NAME_SUFFIXES, PARTICLES } from "./lexicon";
import { titleCaseName } from "./tokens";
import type { PersonMention } from "./types";

export type CableMentions = { refId: string; sentAt: string | null; origin: string | null; mentions: readonly PersonMention[] };

export type PersonOccurrence = PersonMention & { refId: string; sentAt: string | null; origin: string | null };

export type Person = {
  /** Stable slug of the display name (`massimo-dalema`), unique within one resolution. */
  key: string;
  displayName: string;
  variants: string[];
  titles: string[];
  mentions: PersonOccurrence[];
};

/** Years between two mentions of a bare surname beyond which they are taken for different people. */
const MAX_BARE_SURNAME_GAP_YEARS = 12;

export function personSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function foldName(text: string): string {
  return foldWord(text).replace(/['’.\s-]/g, "");
}

/** Folded last word of the surname (`De Cardona` → `CARDONA`, `D'ALEMA` → `DALEMA`). */
export function surnameKey(surname: string): string {
  const words = surname.split(/\s+/).filter((word) => !NAME_SUFFIXES.has(foldWord(word)));
  return foldName(words[words.length - 1] ?? surname);
}

function surnameKeys(surname: string): string[] {
  return surname
    .split(/\s+/)
    .filter((word) => !PARTICLES.has(foldWord(word)) && !NAME_SUFFIXES.has(foldWord(word)))
    .map(foldName)
    .filter((key) => key.length > 1);
}

function givenKeys(givenNames: string | null): string[] {
  if (!givenNames) return [];
  return givenNames
    .split(/\s+/)
    .map((word) => foldName(word))
    .filter(Boolean);
}

/** One letter added, dropped or changed (`Bernadino` / `Bernardino`): cables misspell names often. */
function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

const MIN_TYPO_LENGTH = 6;

function isWordCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return a.length >= MIN_TYPO_LENGTH && b.length >= MIN_TYPO_LENGTH && isOneEditApart(a, b);
}

/** `Ronald P.` ~ `Ronald` ~ `R.`; `Gamal` ≁ `Hosni`; `John J.` ≁ `John Q.`. */
export function areGivenNamesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (!isWordCompatible(a[i]!, b[i]!)) return false;
  return true;
}

/** `years`: the first and last year of its dated occurrences, kept as occurrences are added (bare surnames ask it often). */
type Cluster = { surnameKey: string; given: string[]; occurrences: Occurrence[]; titles: Set<string>; origins: Set<string>; years: [number, number] | null };

function titleWords(title: string | null): string[] {
  if (!title) return [];
  return title.split(/\s+/).map(foldWord).filter((word) => CORE_TITLES.has(word));
}

function yearOf(sentAt: string | null): number | null {
  const year = sentAt ? Number.parseInt(sentAt.slice(0, 4), 10) : Number.NaN;
  return Number.isFinite(year) ? year : null;
}

function addToCluster(cluster: Cluster, occurrence: Occurrence): void {
  cluster.occurrences.push(occurrence);
  const year = yearOf(occurrence.sentAt);
  if (year !== null) cluster.years = cluster.years ? [Math.min(cluster.years[0], year), Math.max(cluster.years[1], year)] : [year, year];
  for (const word of titleWords(occurrence.title)) cluster.titles.add(word);
  if (occurrence.origin) cluster.origins.add(occurrence.origin);
}

function fullerGiven(a: string[], b: string[]): string[] {
  if (b.length > a.length) return b;
  if (b.length === a.length && b.join("").length > a.join("").length) return b;
  return a;
}

/** Picks among several people with one surname by shared title word, then shared post. */
function chooseByContext(candidates: readonly Cluster[], occurrence: PersonOccurrence): Cluster | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  const words = titleWords(occurrence.title);
  const byTitle = candidates.filter((cluster) => words.some((word) => cluster.titles.has(word)));
  if (byTitle.length === 1) return byTitle[0] ?? null;
  const pool = byTitle.length > 1 ? byTitle : candidates;
  const byOrigin = occurrence.origin ? pool.filter((cluster) => cluster.origins.has(occurrence.origin!)) : [];
  if (byOrigin.length === 1) return byOrigin[0] ?? null;
  return null;
}

/** How many times more often than all the others together one full name must occur to claim a bare surname. */
const DOMINANCE_RATIO = 4;
/** Years beyond a person's known mentions within which a bare surname can still be theirs. */
const DOMINANCE_YEAR_MARGIN = 2;

/**
 * A bare surname (`Obama`) whose cable names nobody fuller: by title and post first; failing
 * those, the person the corpus names with that surname far more often than anyone else (Barack,
 * not Michelle), provided the cable falls within the years that person is mentioned.
 */
function chooseForBareSurname(candidates: readonly Cluster[], occurrence: PersonOccurrence): Cluster | null {
  const byContext = chooseByContext(candidates, occurrence);
  if (byContext || candidates.length < 2) return byContext;
  // Asked once per bare mention: one pass, no sort (the first of equals wins, as in a stable sort).
  let top = candidates[0]!;
  let total = 0;
  for (const cluster of candidates) {
    total += cluster.occurrences.length;
    if (cluster.occurrences.length > top.occurrences.length) top = cluster;
  }
  const others = total - top.occurrences.length;
  if (top.occurrences.length < DOMINANCE_RATIO * others) return null;
  const year = yearOf(occurrence.sentAt);
  const range = top.years;
  if (year !== null && range && (year < range[0] - DOMINANCE_YEAR_MARGIN || year > range[1] + DOMINANCE_YEAR_MARGIN)) return null;
  return top;
}

/** Titles longer than this are apposition run on into the sentence, not a title. */
const MAX_TITLE_WORDS = 6;
const MAX_TITLES = 12;

/**
 * The titles written with a person's name, most frequent first, once each whatever the case
 * (`President`, `PRESIDENT`), in the form written most often; never a run-on clause.
 */
export function commonTitles(occurrences: readonly Pick<PersonMention, "title">[]): string[] {
  const forms = new Map<string, Map<string, number>>();
  for (const { title } of occurrences) {
    const written = title?.trim().replace(/\s+/g, " ");
    if (!written || written.split(" ").length > MAX_TITLE_WORDS) continue;
    const key = written.toLowerCase();
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(written, (counts.get(written) ?? 0) + 1);
    forms.set(key, counts);
  }
  const ranked = [...forms.values()].map((counts) => {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    // The mixed-case form reads best when it is as common as the capitals.
    const [form] = [...counts].sort(([a, x], [b, y]) => y - x || Number(/\p{Ll}/u.test(b)) - Number(/\p{Ll}/u.test(a)));
    return { title: form![0], total };
  });
  return ranked
    .sort((a, b) => b.total - a.total || a.title.localeCompare(b.title))
    .slice(0, MAX_TITLES)
    .map(({ title }) => title);
}

function displayNameOf(cluster: Cluster): string {
  let best: PersonOccurrence | null = null;
  let bestScore = -1;
  for (const occurrence of cluster.occurrences) {
    const words = occurrence.givenNames ? givenKeys(occurrence.givenNames).length + 1 : 1;
    const isMixedCase = /\p{Ll}/u.test(occurrence.surname);
    const score = words * 10 + (occurrence.givenNames ? occurrence.givenNames.length / 100 : 0) + (isMixedCase ? 1 : 0);
    if (score > bestScore) {
      best = occurrence;
      bestScore = score;
    }
  }
  if (!best) return "";
  const name = best.givenNames ? `${best.givenNames} ${best.surname}` : best.surname;
  return /\p{Ll}/u.test(name) ? name : titleCaseName(name);
}

function yearSpan(mentions: readonly PersonOccurrence[]): string | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { sentAt } of mentions) {
    const year = yearOf(sentAt);
    if (year === null) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  if (first === Infinity) return null;
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * People kept apart who would show the same name (two `Smith`s a decade apart) get the years of
 * their mentions added, so that each name, used as a search facet value, means one person.
 */
function distinguishNamesakes<T extends { displayName: string; mentions: PersonOccurrence[] }>(people: T[]): T[] {
  const count = new Map<string, number>();
  for (const { displayName } of people) count.set(displayName, (count.get(displayName) ?? 0) + 1);
  const taken = new Set(people.filter(({ displayName }) => count.get(displayName) === 1).map(({ displayName }) => displayName));
  return people.map((person) => {
    if (count.get(person.displayName) === 1) return person;
    const span = yearSpan(person.mentions);
    let name = span ? `${person.displayName} (${span})` : person.displayName;
    for (let n = 2; taken.has(name); n++) name = span ? `${person.displayName} (${span}, ${n})` : `${person.displayName} (${n})`;
    taken.add(name);
    return { ...person, displayName: name };
  });
}

/** Mention strings repeat across the corpus: one copy each. A long substring would keep its whole paragraph alive, so a new string is copied out of it. */
class StringPool {
  private readonly strings = new Map<string, string>();

  intern(text: string): string;
  intern(text: string | null): string | null;
  intern(text: string | null): string | null {
    if (text === null) return null;
    let pooled = this.strings.get(text);
    if (pooled === undefined) {
      pooled = text.length >= SLICE_MIN_LENGTH ? Buffer.from(text, "utf8").toString("utf8") : text;
      this.strings.set(pooled, pooled);
    }
    return pooled;
  }
}

/** V8 shares the characters of substrings at least this long with their parent. */
const SLICE_MIN_LENGTH = 13;

/** The folded given names of a written form, worked out once per distinct form. */
type GivenForm = { keys: string[]; letters: number };

/** `sequence`: the occurrence's place in the order cables and mentions were added. */
type Occurrence = PersonOccurrence & { sequence: number };

type Anchor = { given: string[]; surnameKey: string };

/**
 * Collects the mentions of cables one cable at a time, so a caller can stream them from storage
 * and let each cable go, and resolves them into people at the end. Memory is what the people need:
 * one small record per mention, strings shared.
 */
export class PeopleResolver {
  private readonly occurrences: Occurrence[] = [];
  private readonly anchors = new Map<Occurrence, Anchor>();
  private readonly strings = new StringPool();
  private readonly givenForm = remembered((givenNames): GivenForm => {
    const keys = givenKeys(givenNames);
    return { keys, letters: keys.join("").length };
  });
  private readonly surnameKeyOf = remembered(surnameKey);
  private readonly surnameKeysOf = remembered(surnameKeys);

  add(cable: CableMentions): void {
    const refId = this.strings.intern(cable.refId);
    const sentAt = this.strings.intern(cable.sentAt);
    const origin = this.strings.intern(cable.origin);
    const first = this.occurrences.length;
    const cableOccurrences = cable.mentions.map(
      (mention, i): Occurrence => ({
        name: this.strings.intern(mention.name),
        surname: this.strings.intern(mention.surname),
        givenNames: this.strings.intern(mention.givenNames),
        title: this.strings.intern(mention.title),
        role: mention.role,
        paragraphIndex: mention.paragraphIndex,
        refId,
        sentAt,
        origin,
        sequence: first + i,
      }),
    );
    const fullBySurname = new Map<string, Map<string, Anchor>>();
    for (const occurrence of cableOccurrences) {
      const given = this.givenOf(occurrence.givenNames).keys;
      if (given.length === 0) continue;
      const key = this.surnameKeyOf(occurrence.surname);
      for (const part of this.surnameKeysOf(occurrence.surname)) {
        const forms = fullBySurname.get(part) ?? new Map<string, Anchor>();
        forms.set(`${given.join(" ")}|${key}`, { given, surnameKey: key });
        fullBySurname.set(part, forms);
      }
    }
    for (const occurrence of cableOccurrences) {
      this.occurrences.push(occurrence);
      if (occurrence.givenNames) continue;
      const forms = fullBySurname.get(this.surnameKeyOf(occurrence.surname));
      if (!forms) continue;
      const distinct: Anchor[] = [];
      for (const form of forms.values()) {
        const same = distinct.findIndex((other) => other.surnameKey === form.surnameKey && areGivenNamesCompatible(other.given, form.given));
        if (same < 0) distinct.push(form);
        else distinct[same] = { given: fullerGiven(distinct[same]!.given, form.given), surnameKey: form.surnameKey };
      }
      if (distinct.length === 1) this.anchors.set(occurrence, distinct[0]!);
    }
  }

  /** The people named by every cable added. Output order: by first mention, then name. */
  resolve(): Person[] {
    const { occurrences, anchors } = this;
    const full = new Map<string, Cluster[]>();
    const withGiven: { occurrence: Occurrence; given: string[]; letters: number; key: string }[] = [];
    for (const occurrence of occurrences) {
      const anchor = anchors.get(occurrence);
      const given = anchor?.given ?? this.givenOf(occurrence.givenNames).keys;
      if (given.length === 0) continue;
      const letters = anchor ? anchor.given.join("").length : this.givenOf(occurrence.givenNames).letters;
      withGiven.push({ occurrence, given, letters, key: anchor?.surnameKey ?? this.surnameKeyOf(occurrence.surname) });
    }
    withGiven.sort((a, b) => b.given.length - a.given.length || b.letters - a.letters);
    for (const { occurrence, given, key } of withGiven) {
      const clusters = full.get(key) ?? [];
      const compatible = clusters.filter((cluster) => areGivenNamesCompatible(cluster.given, given));
      const exact = compatible.filter((cluster) => sameWords(cluster.given, given));
      const target = compatible.length === 1 ? compatible[0] : exact.length === 1 ? exact[0] : chooseByContext(compatible, occurrence);
      if (target) {
        target.given = fullerGiven(target.given, given);
        addToCluster(target, occurrence);
      } else {
        const cluster: Cluster = { surnameKey: key, given, occurrences: [], titles: new Set(), origins: new Set(), years: null };
        addToCluster(cluster, occurrence);
        clusters.push(cluster);
      }
      full.set(key, clusters);
    }
    withGiven.length = 0;

    const bare = new Map<string, Cluster[]>();
    const bareOccurrences = occurrences
      .filter((occurrence) => !anchors.has(occurrence) && this.givenOf(occurrence.givenNames).keys.length === 0)
      .sort((a, b) => (a.sentAt ?? "").localeCompare(b.sentAt ?? ""));
    for (const occurrence of bareOccurrences) {
      const key = this.surnameKeyOf(occurrence.surname);
      const target = chooseForBareSurname(full.get(key) ?? [], occurrence);
      if (target) {
        addToCluster(target, occurrence);
        continue;
      }
      const clusters = bare.get(key) ?? [];
      const year = yearOf(occurrence.sentAt);
      const last = clusters[clusters.length - 1];
      const lastYear = last ? yearOf(last.occurrences[last.occurrences.length - 1]?.sentAt ?? null) : null;
      if (last && (year === null || lastYear === null || year - lastYear <= MAX_BARE_SURNAME_GAP_YEARS)) {
        addToCluster(last, occurrence);
      } else {
        const cluster: Cluster = { surnameKey: key, given: [], occurrences: [], titles: new Set(), origins: new Set(), years: null };
        addToCluster(cluster, occurrence);
        clusters.push(cluster);
      }
      bare.set(key, clusters);
    }

    const clusters = [...[...full.values()].flat(), ...[...bare.values()].flat()];
    const people = clusters
      .map((cluster) => {
        cluster.occurrences.sort((a, b) => a.sequence - b.sequence);
        return {
          first: cluster.occurrences[0]!.sequence,
          displayName: displayNameOf(cluster),
          variants: [...new Set(cluster.occurrences.map((occurrence) => occurrence.name))],
          titles: commonTitles(cluster.occurrences),
          mentions: cluster.occurrences as PersonOccurrence[],
        };
      })
      .sort((a, b) => a.first - b.first || a.displayName.localeCompare(b.displayName));
    const used = new Map<string, number>();
    return distinguishNamesakes(people).map(({ displayName, variants, titles, mentions }) => {
      const base = personSlug(displayName) || "person";
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      return { key: seen === 1 ? base : `${base}-${seen}`, displayName, variants, titles, mentions };
    });
  }

  private givenOf(givenNames: string | null): GivenForm {
    return givenNames === null ? NO_GIVEN_NAMES : this.givenForm(givenNames);
  }
}

/** `compute` remembered per key: the resolver asks the same few thousand names millions of times. */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}

const NO_GIVEN_NAMES: GivenForm = { keys: [], letters: 0 };

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** Merges mentions across cables into people. Output order: by first mention, then name. */
export function resolvePeople(cables: Iterable<CableMentions>): Person[] {
  const resolver = new PeopleResolver();
  for (const cable of cables) resolver.add(cable);
  return resolver.resolve();
}
