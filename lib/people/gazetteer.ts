/**
 * The gazetteer the archive learns from its own corpus: full names seen with strong evidence
 * (Classified By, person TAGS, `Title Firstname Lastname`), the given names they use, the words
 * the corpus writes in lower case (never a name on their own), the acronyms it writes in capitals
 * inside mixed-case text, and the capitalised runs it uses as places. Plain JSON. Pure.
 */
import { isStrongEvidence, readCable } from "./extract";
import { CALENDAR, CORE_TITLES, foldWord, GIVEN_NAMES, NATIONALITIES, OFFICE_CODES, ORG_WORDS, PARTICLES, PLACES, TITLE_MODIFIERS } from "./lexicon";
import { isSentenceStart } from "./tokens";
import type { Gazetteer, PeopleInput } from "./types";

const MIN_COMMON_COUNT = 2;
const MIN_ACRONYM_COUNT = 2;
const MIN_GIVEN_COUNT = 2;
const MIN_NON_PERSON_COUNT = 2;
const MAX_PEOPLE = 50_000;
/** Words that can be learned as names: letters, inner apostrophes and hyphens, no English verb or noun endings. */
const LEARNABLE_NAME_RE = /^(?=.*[AEIOUY])[A-Z][A-Z'-]*[A-Z]$(?<!ING|TION|MENT|NESS|ITY|IES|ATED|ALLY)/;

/** Four capitals starting with a TAGS category letter (`PREL`, `MARR`): never learned as a surname. */
const TAG_CODE_RE = /^[ABCEKMOPST][A-Z]{3}$/;

/** A word written in lower case at least once per this many capitalised uses is a common word. */
const COMMON_CAPITAL_RATIO = 4;

/** Words that cannot be learned as given names: reserved words and words the corpus writes in lower case. */
function isNameBlocked(key: string, lower: ReadonlyMap<string, number>, capital: ReadonlyMap<string, number>): boolean {
  if (CORE_TITLES.has(key) || TITLE_MODIFIERS.has(key) || ORG_WORDS.has(key) || PLACES.has(key) || NATIONALITIES.has(key) || CALENDAR.has(key) || OFFICE_CODES.has(key)) return true;
  const lowerCount = lower.get(key) ?? 0;
  return lowerCount >= MIN_COMMON_COUNT && lowerCount * COMMON_CAPITAL_RATIO >= (capital.get(key) ?? 0);
}

export function emptyGazetteer(): Gazetteer {
  return { version: 1, people: [], surnames: {}, givenNames: [], commonWords: [], acronyms: [], nonPersons: [] };
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export type GazetteerBuilder = { add(record: PeopleInput): void; build(): Gazetteer };

/** Learns the gazetteer one cable at a time, so a corpus of any size streams through in one pass. */
export function createGazetteerBuilder(): GazetteerBuilder {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  const upper = new Map<string, number>();
  const surnames = new Map<string, number>();
  const given = new Map<string, number>();
  const people = new Map<string, { name: string; surname: string; givenNames: string | null; count: number }>();
  const placeRuns = new Map<string, number>();

  const add = (record: PeopleInput): void => {
    const { mentions, segments } = readCable(record);
    for (const { tokens, isUpper } of segments) {
      if (isUpper) continue;
      tokens.forEach((token, i) => {
        if (i === tokens.length - 1 || token.key.length < 2) return;
        if (token.shape === "lower") bump(lower, token.key);
        else if (token.shape === "upper") bump(upper, token.key);
        else if (token.shape === "cap" && !isSentenceStart(tokens, i)) bump(capital, token.key);
      });
    }
    for (const mention of mentions) {
      if (!isStrongEvidence(mention.evidence)) continue;
      const surnameWords = mention.surname.split(/\s+/);
      const surnameKey = foldWord(surnameWords[surnameWords.length - 1] ?? "");
      if (!LEARNABLE_NAME_RE.test(surnameKey)) continue;
      bump(surnames, surnameKey);
      if (!mention.givenNames) continue;
      const firstGiven = mention.givenNames.split(/\s+/)[0] ?? "";
      const givenKey = foldWord(firstGiven);
      if (LEARNABLE_NAME_RE.test(givenKey) && !PARTICLES.has(givenKey)) bump(given, foldWord(firstGiven), mention.evidence === "structure" ? MIN_GIVEN_COUNT : 1);
      const key = foldWord(`${mention.givenNames} ${mention.surname}`);
      const entry = people.get(key);
      if (entry) {
        entry.count++;
        if (/\p{Ll}/u.test(`${mention.givenNames}${mention.surname}`) && !/\p{Ll}/u.test(entry.name)) entry.name = `${mention.givenNames} ${mention.surname}`;
      } else {
        people.set(key, { name: `${mention.givenNames} ${mention.surname}`, surname: mention.surname, givenNames: mention.givenNames, count: 1 });
      }
    }
    for (const run of placeRunsOf(record)) bump(placeRuns, run);
  };

  const build = (): Gazetteer => {

  for (const key of [...surnames.keys()]) if (isNameBlocked(key, lower, capital) || GIVEN_NAMES.has(key) || TAG_CODE_RE.test(key)) surnames.delete(key);
  const isPerson = (key: string): boolean => (surnames.get(key) ?? 0) > 0;
  const commonWords = [...lower].filter(([key, count]) => count >= MIN_COMMON_COUNT && count * COMMON_CAPITAL_RATIO >= (capital.get(key) ?? 0) && !GIVEN_NAMES.has(key)).map(([key]) => key);
  const givenNames = [...given].filter(([key, count]) => count >= MIN_GIVEN_COUNT && !isNameBlocked(key, lower, capital)).map(([key]) => key);
  const acronyms = [...upper].filter(([key, count]) => count >= MIN_ACRONYM_COUNT && count > 2 * (capital.get(key) ?? 0) && !isPerson(key)).map(([key]) => key);
  const nonPersons = [...placeRuns].filter(([key, count]) => count >= MIN_NON_PERSON_COUNT && !isPerson(key.split(" ").pop() ?? key)).map(([key]) => key);
  return {
    version: 1,
    people: [...people.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, MAX_PEOPLE),
    surnames: Object.fromEntries([...surnames].sort(([a], [b]) => a.localeCompare(b))),
    givenNames: givenNames.sort(),
    commonWords: commonWords.sort(),
    acronyms: acronyms.sort(),
    nonPersons: nonPersons.sort(),
  };
  };
  return { add, build };
}

/** Learns the gazetteer from parsed cables (any iterable: the whole corpus streams through once). */
export function buildGazetteer(records: Iterable<PeopleInput>): Gazetteer {
  const builder = createGazetteerBuilder();
  for (const record of records) builder.add(record);
  return builder.build();
}

const PLACE_RUN_RE = /\b(?:in|near|across|outside|inside|into|throughout|from)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})(?![\p{L}'’])/gu;
const PLACE_NOUN_RE = /\b((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})\s+(?:province|region|governorate|district|city|village|river|valley|border)\b/gu;

/** Capitalised runs written as places (`in Dhi Qar`, `Dhi Qar province`), folded. */
function placeRunsOf(record: PeopleInput): Set<string> {
  const runs = new Set<string>();
  for (const paragraph of record.paragraphs) {
    for (const re of [PLACE_RUN_RE, PLACE_NOUN_RE]) {
      for (const match of paragraph.text.matchAll(re)) {
        const run = match[1];
        if (!run || /['’]s$/.test(run)) continue;
        runs.add(run.split(/\s+/).map(foldWord).join(" "));
      }
    }
  }
  return runs;
}
