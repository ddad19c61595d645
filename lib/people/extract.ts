/**
 * Person extraction from one parsed cable, by rule (no model): the cable's own structure
 * (Classified By, signature, person TAGS, addressee lines), titles before names (`FM D'Alema`,
 * `Russian FM Lavrov`), appositions (`Raimondo De Cardona, Director of …`), given names, speech
 * verbs, and a gazetteer learned from the corpus for bare and ALL-CAPS surnames. A name found with
 * strong evidence anywhere in the cable is then recognised everywhere else in it. Pure.
 */
import { describeTag } from "../glossary/tags";
import {
  CALENDAR,
  COMMON_WORDS,
  CORE_TITLES,
  foldWord,
  GIVEN_NAMES,
  NAME_SUFFIXES,
  NATIONALITIES,
  OFFICE_CODES,
  ORG_WORDS,
  PARTICLES,
  PERSON_ATTRIBUTIVE_NOUNS,
  PERSON_CONTEXT_BEFORE,
  PERSON_VERBS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLACES,
  TITLE_CONNECTORS,
  BACKWARD_CONNECTORS,
  TITLE_MODIFIERS,
} from "./lexicon";
import { isPlainGap, isSentenceStart, tokenize, upperShare } from "./tokens";
import type { Token } from "./tokens";
import type { Gazetteer, PeopleInput, PersonMention, PersonRole } from "./types";

export type Evidence = "structure" | "title" | "apposition" | "given" | "verb" | "context" | "attributive" | "fallback" | "cable" | "gazetteer";

/** A mention with the rule that found it; the gazetteer learns only from strong evidence. */
export type DetailedMention = PersonMention & { evidence: Evidence; tokens: number };

type Segment = { text: string; paragraphIndex: number | null; tokens: Token[]; isUpper: boolean; covered: Set<number> };

type Lexicon = {
  common: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
  nonPersons: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  surnames: ReadonlyMap<string, number>;
};

/** Runs waiting for the whole cable to be read (a run is a place if the cable says `in X` anywhere). */
type Pending = { segment: Segment; start: number; end: number };

type Context = {
  lex: Lexicon;
  pending: Pending[];
  cableLower: Set<string>;
  nonPerson: Set<string>;
  out: DetailedMention[];
};

const MIN_GAZETTEER_COUNT = 2;
const MAX_NAME_TOKENS = 5;
const UPPER_SEGMENT_SHARE = 0.85;
const REDACTION_RE = /^X{4,}/i;
const SIGNATURE_STOP = new Set(["END", "NNN", "BT", "EXEMPT", "TEXT", "NOTE", "COMMENT", "SIPDIS", "SUMMARY", "GDS", "OADR", "DECL", "QUOTE", "UNQUOTE", "MINIMIZE", "CONSIDERED", "REGARDS", "THANKS", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "NOFORN", "DEPARTMENT", "EMBASSY", "STATE", "SENSITIVE"]);
const STRONG: ReadonlySet<Evidence> = new Set(["structure", "title", "apposition", "given", "verb", "context", "attributive"]);
/** Capital words with these endings are English verbs and nouns (`SEEKING`, `RELATIONS`), not surnames. */
const ENGLISH_ENDING_RE = /^[A-Z'-]{3,}(?:ING|INGS|TION|TIONS|MENT|MENTS|NESS|ITY|IES|ATED|ISED|IZED|ALLY)$|^[A-Z'-]{5,}(?:ED|LY)$/;
/** `GOI`, `GONL`, `GOCR`: the government of a country, in the cables' shorthand. */
const GOVERNMENT_CODE_RE = /^GO[A-Z]{1,3}$/;
const COMPANY_AFTER_RE = /^,?\s*(?:S\.\s?A\.|Inc\b|Ltd\b|LLC\b|GmbH\b|Corp\b|Co\.|PLC\b|AG\b)/;
const ARTICLES = new Set(["A", "AN", "THE"]);
const REF_KEYWORDS_RE = /\b(?:TELECONS?|MEMCONS?|E-?MAILS?|LETTERS?|CONVERSATIONS?|PHONECONS?)\b/i;
const VALID_ONSETS = new Set("BL BR CH CL CR DR FL FR GL GR GH KH KL KN KR PH PL PR PS QU SC SH SK SL SM SN SP ST SW SZ TH TR TS TW WH WR ZH".split(" "));

const EMPTY_LEXICON: Lexicon = { common: new Set(), acronyms: new Set(), nonPersons: new Set(), givenNames: new Set(), surnames: new Map() };
const lexiconCache = new WeakMap<Gazetteer, Lexicon>();

function lexiconOf(gazetteer: Gazetteer | undefined): Lexicon {
  if (!gazetteer) return EMPTY_LEXICON;
  let lex = lexiconCache.get(gazetteer);
  if (!lex) {
    lex = {
      common: new Set(gazetteer.commonWords),
      acronyms: new Set(gazetteer.acronyms),
      nonPersons: new Set(gazetteer.nonPersons),
      givenNames: new Set(gazetteer.givenNames),
      surnames: new Map(Object.entries(gazetteer.surnames)),
    };
    lexiconCache.set(gazetteer, lex);
  }
  return lex;
}

export function isStrongEvidence(evidence: Evidence): boolean {
  return STRONG.has(evidence);
}

// ---------------------------------------------------------------- word classes

function isCommon(key: string, ctx: Context): boolean {
  return COMMON_WORDS.has(key) || ctx.lex.common.has(key) || ctx.cableLower.has(key);
}

function isGiven(key: string, ctx: Context): boolean {
  return GIVEN_NAMES.has(key) || ctx.lex.givenNames.has(key);
}

function isKnownSurname(key: string, ctx: Context): boolean {
  return (ctx.lex.surnames.get(key) ?? 0) >= MIN_GAZETTEER_COUNT;
}

/** Words that can never be part of a name: titles, places, nationalities, organisations, dates, codes. */
function isReservedWord(key: string): boolean {
  if (CORE_TITLES.has(key) || NATIONALITIES.has(key) || PLACES.has(key) || ORG_WORDS.has(key) || CALENDAR.has(key) || OFFICE_CODES.has(key)) return true;
  if (key.length > 4 && key.endsWith("S")) {
    const singular = key.slice(0, -1);
    return NATIONALITIES.has(singular) || ORG_WORDS.has(singular) || OFFICE_CODES.has(singular) || CORE_TITLES.has(singular);
  }
  return false;
}

function isAcronymToken(token: Token, ctx: Context): boolean {
  if (token.shape !== "upper") return false;
  return OFFICE_CODES.has(token.key) || ctx.lex.acronyms.has(token.key) || token.key.length <= 2 || !/[AEIOUY]/.test(token.key) || GOVERNMENT_CODE_RE.test(token.key);
}

/** `MbZ`, `MbS`: initials run together, not a name. */
const CAMEL_INITIALS_RE = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$|^\p{Lu}{2,}s$/u;

function isLetters(token: Token): boolean {
  return token.isWordLike && !CAMEL_INITIALS_RE.test(token.word);
}

function isParticle(token: Token): boolean {
  return PARTICLES.has(token.key);
}

/** A word that may stand in a name in mixed-case text. */
function isMixedNameToken(token: Token, ctx: Context): boolean {
  if (!isLetters(token)) return false;
  if (token.shape === "initial") return true;
  if (token.shape === "lower") return isParticle(token);
  // `De Cardona`, `Van Voorst`: a capitalised particle, though the corpus writes `de` in lower case too.
  if (token.shape === "cap" && isParticle(token)) return true;
  if (NAME_SUFFIXES.has(token.key)) return true;
  if (isReservedWord(token.key) || TITLE_MODIFIERS.has(token.key)) return GIVEN_NAMES.has(token.key) && !PLACES.has(token.key) && !CORE_TITLES.has(token.key);
  if (token.shape === "upper") return !isAcronymToken(token, ctx) && isKnownSurname(token.key, ctx) && !isCommon(token.key, ctx);
  if (isCommon(token.key, ctx)) return GIVEN_NAMES.has(token.key) || NAME_SUFFIXES.has(token.key);
  return true;
}

/** A word that may stand in a name in ALL-CAPS text, where capitals tell nothing. */
function isUpperNameToken(token: Token, ctx: Context): boolean {
  if (!isLetters(token)) return false;
  if (token.shape === "initial") return true;
  if (token.key.length < 2) return false;
  if (isReservedWord(token.key) || TITLE_MODIFIERS.has(token.key) || isCommon(token.key, ctx)) return false;
  if (!isGiven(token.key, ctx) && ENGLISH_ENDING_RE.test(token.key)) return false;
  return !OFFICE_CODES.has(token.key) && !ctx.lex.acronyms.has(token.key) && /[AEIOUY]/.test(token.key);
}

function isTitleWord(token: Token): boolean {
  return CORE_TITLES.has(token.key);
}

function looksLikeHandle(word: string): boolean {
  const upper = word.toUpperCase();
  if (upper.length < 5 || !/^[A-Z]+$/.test(upper)) return false;
  const [a = "", b = ""] = upper;
  if ("AEIOUY".includes(a) || "AEIOUY".includes(b)) return false;
  return !VALID_ONSETS.has(a + b);
}

// ---------------------------------------------------------------- names

function nameOf(tokens: readonly Token[]): string {
  return tokens.map((token, i) => (i === tokens.length - 1 ? token.word : token.raw)).join(" ");
}

/** Surname and given names: the surname starts at the first particle after the first word (`Raimondo | De Cardona`). */
export function splitName(words: readonly string[]): { surname: string; givenNames: string | null } {
  const core = [...words];
  while (core.length > 1 && NAME_SUFFIXES.has(foldWord(core[core.length - 1] ?? ""))) core.pop();
  if (core.length <= 1) return { surname: core[0] ?? "", givenNames: null };
  if (PARTICLES.has(foldWord(core[0] ?? ""))) return { surname: core.join(" "), givenNames: null };
  let start = core.length - 1;
  for (let i = 1; i < core.length - 1; i++) {
    if (PARTICLES.has(foldWord(core[i] ?? ""))) {
      start = i;
      break;
    }
  }
  return { surname: core.slice(start).join(" "), givenNames: core.slice(0, start).join(" ") };
}

/** `PREL`, `PGOV`: TAGS codes written into the text. */
function isTagCode(word: string): boolean {
  const key = foldWord(word);
  if (!/^[ABCEKMOPST][A-Z]{3}$/.test(key)) return false;
  const tag = describeTag(key);
  return tag.kind !== "person" && tag.kind !== "unknown" && tag.description !== null;
}

function emit(ctx: Context, segment: Segment | null, tokens: readonly Token[], fields: { title: string | null; role: PersonRole; evidence: Evidence; paragraphIndex?: number | null }): void {
  if (tokens.length === 0 || tokens.some((token) => token.shape === "upper" && isTagCode(token.word))) return;
  const { surname, givenNames } = splitName(tokens.map((token) => token.word));
  if (!surname || REDACTION_RE.test(surname)) return;
  if (segment) for (const token of tokens) segment.covered.add(token.start);
  ctx.out.push({
    name: nameOf(tokens),
    surname,
    givenNames,
    title: fields.title,
    role: fields.role,
    paragraphIndex: fields.paragraphIndex !== undefined ? fields.paragraphIndex : (segment?.paragraphIndex ?? null),
    evidence: fields.evidence,
    tokens: tokens.length,
  });
}

function emitWords(ctx: Context, words: readonly string[], fields: { title: string | null; role: PersonRole; evidence: Evidence; name?: string }): void {
  const clean = words.map((word) => (word.replace(/\.$/, "").length > 1 ? word.replace(/[.,;:]+$/, "") : word)).filter(Boolean);
  if (clean.some(isTagCode)) return;
  if (clean.length === 0) return;
  const { surname, givenNames } = splitName(clean);
  if (!surname || REDACTION_RE.test(surname)) return;
  ctx.out.push({ name: fields.name ?? clean.join(" "), surname, givenNames, title: fields.title, role: fields.role, paragraphIndex: null, evidence: fields.evidence, tokens: clean.length });
}

// ---------------------------------------------------------------- titles

/** The title phrase right before a name (`Russian FM`, `Head of International Institutions Division`), or null. */
function titleBefore(tokens: readonly Token[], nameStart: number): string | null {
  const window: Token[] = [];
  for (let m = nameStart - 1; m >= 0 && window.length < 10; m--) {
    const token = tokens[m];
    const next = tokens[m + 1];
    if (!token || !next || !(isPlainGap(next.gap) || next.gap === "slash")) break;
    if (token.isPossessive) break;
    const key = token.key;
    if (TITLE_CONNECTORS.has(key)) {
      if (m === nameStart - 1 || token.shape !== "lower" || !BACKWARD_CONNECTORS.has(key)) break;
      window.unshift(token);
      continue;
    }
    if (CORE_TITLES.has(key) || TITLE_MODIFIERS.has(key) || NATIONALITIES.has(key) || token.shape === "upper" || token.shape === "cap" || token.key.includes("/")) {
      window.unshift(token);
      continue;
    }
    break;
  }
  const lastCore = window.findLastIndex((token) => isTitleWord(token));
  if (lastCore < 0) return null;
  let first = window.findIndex((token) => isTitleWord(token) || (TITLE_MODIFIERS.has(token.key) && !TITLE_CONNECTORS.has(token.key)));
  if (first < 0 || first > lastCore) first = lastCore;
  const phrase = window.slice(first);
  while (phrase.length > 0 && TITLE_CONNECTORS.has(phrase[phrase.length - 1]?.key ?? "")) phrase.pop();
  return phrase.map((token) => token.raw).join(" ") || null;
}

/** `Name, Director of the MFA Balkans Office,` → the apposition when it holds a title. */
function appositionAfter(tokens: readonly Token[], runEnd: number): string | null {
  const first = tokens[runEnd];
  if (!first || first.gap !== "comma") return null;
  let start = runEnd;
  if (ARTICLES.has(first.key)) start++;
  let titleAt = -1;
  for (let m = start; m < tokens.length && m < start + 5; m++) {
    const token = tokens[m];
    if (!token) break;
    if (m > start && !isPlainGap(token.gap)) break;
    if (isTitleWord(token)) {
      titleAt = m;
      break;
    }
    const isModifier = TITLE_MODIFIERS.has(token.key) || NATIONALITIES.has(token.key) || token.shape === "upper" || token.shape === "cap";
    if (!isModifier) break;
  }
  if (titleAt < 0) return null;
  const words: string[] = [];
  for (let m = start; m < tokens.length && words.length < 10; m++) {
    const token = tokens[m];
    if (!token || (m > start && !isPlainGap(token.gap))) break;
    words.push(token.raw);
  }
  return words.join(" ");
}

// ---------------------------------------------------------------- mixed-case text

function isRunToken(token: Token): boolean {
  return (token.shape === "cap" || token.shape === "initial" || token.shape === "upper") && !CALENDAR.has(token.key) && isLetters(token);
}

function scanMixed(segment: Segment, ctx: Context): void {
  const { tokens } = segment;
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    if (!start || !isRunToken(start)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!start.isPossessive) {
      while (j < tokens.length) {
        const token = tokens[j];
        if (!token || !isPlainGap(token.gap)) break;
        const following = tokens[j + 1];
        const isInnerParticle = token.shape === "lower" && isParticle(token) && !!following && isPlainGap(following.gap) && isRunToken(following);
        if (!isRunToken(token) && !isInnerParticle) break;
        j++;
        if (token.isPossessive) break;
      }
    }
    readRun(segment, i, j, ctx);
    i = j;
  }
}

function readRun(segment: Segment, runStart: number, runEnd: number, ctx: Context): void {
  const { tokens } = segment;
  let end = runEnd;
  let attributive = false;
  const last = tokens[end - 1];
  if (end - runStart >= 2 && last && PERSON_ATTRIBUTIVE_NOUNS.has(last.key) && last.shape === "cap") {
    end--;
    attributive = true;
  }
  let nameStart = end;
  const lastWord = tokens[end - 1];
  const beforeLast = tokens[end - 2];
  const isCommonSurname = !!lastWord && !!beforeLast && end - 2 >= runStart && lastWord.shape === "cap" && !isReservedWord(lastWord.key) && GIVEN_NAMES.has(beforeLast.key) && isCommon(lastWord.key, ctx);
  if (isCommonSurname) nameStart = end - 1;
  while (nameStart > runStart && isMixedNameToken(tokens[nameStart - 1]!, ctx)) nameStart--;
  while (nameStart < end && tokens[nameStart]!.shape === "lower") nameStart++;
  while (nameStart < end && tokens[nameStart]!.shape === "initial" && end - nameStart === 1) nameStart++;
  if (end - nameStart > MAX_NAME_TOKENS) nameStart = end - MAX_NAME_TOKENS + 1;
  if (nameStart >= end) return;
  const name = tokens.slice(nameStart, end);
  const nameKey = name.map((token) => token.key).join(" ");
  const lastName = name[name.length - 1]!;
  if (lastName.shape === "initial" || isParticle(lastName)) return;

  const before = tokens[nameStart - 1];
  const after = tokens[end];
  const isPlaceBefore = !!before && nameStart === runStart && isPlainGap(tokens[nameStart]!.gap) && before.shape === "lower" && (PLACE_PREPOSITIONS.has(before.key) || before.key === "THE");
  const isPlaceAfter = !!after && isPlainGap(after.gap) && after.shape === "lower" && PLACE_NOUNS.has(after.key);

  if (nameStart > runStart && PLACES.has(tokens[nameStart - 1]!.key)) return;
  const title = titleBefore(tokens, nameStart);
  if (title) return emit(ctx, segment, name, { title, role: "mentioned", evidence: "title" });
  const apposition = appositionAfter(tokens, runEnd);
  if (apposition) return emit(ctx, segment, name, { title: apposition, role: "mentioned", evidence: "apposition" });
  const first = name[0]!;
  if (name.length >= 2 && GIVEN_NAMES.has(first.key) && !PLACES.has(nameKey) && !ctx.lex.nonPersons.has(nameKey)) return emit(ctx, segment, name, { title: null, role: "mentioned", evidence: "given" });
  const isSentenceInitial = isSentenceStart(tokens, nameStart);
  const isPlain = !isSentenceInitial || !isCommon(first.key, ctx);
  if (isPlain && after && isPlainGap(after.gap) && after.shape === "lower" && PERSON_VERBS.has(after.key) && !lastName.isPossessive && end === runEnd) {
    return emit(ctx, segment, name, { title: null, role: "mentioned", evidence: "verb" });
  }
  const textBefore = segment.text.slice(Math.max(0, tokens[runStart]!.start - 20), tokens[runStart]!.start);
  if (isPlain && nameStart === runStart && PERSON_CONTEXT_BEFORE.some((re) => re.test(textBefore))) {
    return emit(ctx, segment, name, { title: null, role: "mentioned", evidence: "context" });
  }
  const isAfterThe = !!before && before.key === "THE" && nameStart === runStart;
  const nounAfter = attributive ? tokens[end] : after;
  if (name.length === 1 && !lastName.isPossessive && (isAfterThe || attributive) && nounAfter && PERSON_ATTRIBUTIVE_NOUNS.has(nounAfter.key)) {
    if (!ctx.lex.nonPersons.has(nameKey)) return emit(ctx, segment, name, { title: null, role: "mentioned", evidence: "attributive" });
  }
  if (isPlaceBefore || isPlaceAfter) {
    ctx.nonPerson.add(nameKey);
    return;
  }
  const isCompany = COMPANY_AFTER_RE.test(segment.text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 12));
  const fullWords = name.filter((token) => token.shape === "cap" && !NAME_SUFFIXES.has(token.key)).length;
  if (fullWords >= 2 && !isCompany && nameStart === runStart && !ctx.lex.nonPersons.has(nameKey) && name.every((token) => token.shape !== "upper")) {
    ctx.pending.push({ segment, start: nameStart, end });
  }
}

// ---------------------------------------------------------------- ALL-CAPS text

function scanUpper(segment: Segment, ctx: Context): void {
  const { tokens } = segment;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (isTitleWord(token) && !token.isPossessive) {
      let j = i + 1;
      while (j < tokens.length) {
        const next = tokens[j]!;
        if (!isPlainGap(next.gap)) break;
        const isPhraseWord = isTitleWord(next) || (TITLE_MODIFIERS.has(next.key) && !TITLE_CONNECTORS.has(next.key)) || NATIONALITIES.has(next.key) || OFFICE_CODES.has(next.key) || (TITLE_CONNECTORS.has(next.key) && next.key !== "AND" && next.key !== "THE");
        if (!isPhraseWord || next.isPossessive) break;
        j++;
      }
      const name = readUpperName(tokens, j, ctx);
      if (name.length > 0) {
        let phraseStart = i;
        while (phraseStart > 0 && isPlainGap(tokens[phraseStart]!.gap) && (TITLE_MODIFIERS.has(tokens[phraseStart - 1]!.key) || isTitleWord(tokens[phraseStart - 1]!)) && !TITLE_CONNECTORS.has(tokens[phraseStart - 1]!.key)) phraseStart--;
        const title = tokens.slice(phraseStart, j).map((t) => t.raw).join(" ");
        emit(ctx, segment, name, { title, role: "mentioned", evidence: "title" });
        i = j + name.length;
        continue;
      }
      i = j;
      continue;
    }
    if (isGiven(token.key, ctx) && !isCommon(token.key, ctx) && !PLACES.has(token.key) && !segment.covered.has(token.start)) {
      const rest = readUpperName(tokens, i + 1, ctx);
      if (rest.length > 0 && isPlainGap(tokens[i + 1]!.gap) && !token.isPossessive) {
        emit(ctx, segment, [token, ...rest], { title: null, role: "mentioned", evidence: "given" });
        i += 1 + rest.length;
        continue;
      }
    }
    const next = tokens[i + 1];
    if (isUpperNameToken(token, ctx) && token.key.length > 3 && next && isPlainGap(next.gap) && PERSON_VERBS.has(next.key) && !token.isPossessive && !isSentenceStartWord(token)) {
      emit(ctx, segment, [token], { title: null, role: "mentioned", evidence: "verb" });
    }
    i++;
  }
}

function isSentenceStartWord(token: Token): boolean {
  return ARTICLES.has(token.key);
}

/** Up to four name words in capitals after a title; a common word ends the name unless it is a given name followed by a name. */
function readUpperName(tokens: readonly Token[], from: number, ctx: Context): Token[] {
  const name: Token[] = [];
  for (let k = from; k < tokens.length && name.length < 4; k++) {
    const token = tokens[k]!;
    if (!isPlainGap(token.gap)) break;
    const next = tokens[k + 1];
    if (isUpperNameToken(token, ctx) || (name.length > 0 && isParticle(token) && !!next && isUpperNameToken(next, ctx))) {
      name.push(token);
      if (token.isPossessive) break;
      continue;
    }
    if (isGiven(token.key, ctx) && !CORE_TITLES.has(token.key) && !token.isPossessive && next && isPlainGap(next.gap) && isUpperNameToken(next, ctx)) {
      name.push(token);
      continue;
    }
    break;
  }
  while (name.length > 0 && (isParticle(name[name.length - 1]!) || name[name.length - 1]!.shape === "initial")) name.pop();
  return name;
}

// ---------------------------------------------------------------- header fields

const CLASSIFIED_CUT_RE = /\s+(?:for\s+)?(?:reasons?|reas)\b.*$|\s+for\s+.*$|\s*;.*$|\s+E\.?\s?O\.?\s.*$|\s+\d.*$/i;

/** `Acting Political Minister Counselor Jonath an R Cohen for reasons…` → `Jonathan R Cohen` with its title. */
export function parseClassifiedBy(text: string): { words: string[]; title: string | null } | null {
  let body = text.replace(/"[^"]*"/g, " ").replace(/\s+/g, " ").trim();
  for (;;) {
    const stripped = body.replace(/^\(?\s*classified\s+by\s*:?\s*/i, "");
    if (stripped === body) break;
    body = stripped;
  }
  const truncated = body.search(/\.{3}|…/);
  if (truncated >= 0) body = body.slice(0, truncated).replace(/\S*$/, "");
  body = body.replace(CLASSIFIED_CUT_RE, "").replace(/[.,:;\s]+$/, "");
  for (const part of body.split(/\s*,\s*/)) {
    const tokens = tokenize(part);
    const words: string[] = [];
    const shapes: Token[] = [];
    for (const token of tokens) {
      const previous = shapes[shapes.length - 1];
      const isWrapFragment = token.shape === "lower" && token.word.length <= 3 && !PARTICLES.has(token.key) && previous && previous.shape !== "lower" && previous.word.length >= 3 && token.gap === "space";
      if (isWrapFragment && previous) {
        words[words.length - 1] += token.word;
        continue;
      }
      words.push(token.word);
      shapes.push(token);
    }
    let lastTitle = -1;
    words.forEach((word, i) => {
      const key = foldWord(word);
      if (i < words.length - 1 && (CORE_TITLES.has(key) || TITLE_MODIFIERS.has(key) || NATIONALITIES.has(key) || OFFICE_CODES.has(key) || word.includes("/") || key === "CLASSIFIED" || key === "BY")) lastTitle = i;
    });
    const name = words.slice(lastTitle + 1).filter((word) => !NAME_SUFFIXES.has(foldWord(word)) || words.length === 1);
    const isName = name.length > 0 && name.length <= MAX_NAME_TOKENS && name.every((word) => /^\p{L}[\p{L}'’.-]*$/u.test(word)) && !name.every((word) => word.replace(/\.$/, "").length === 1);
    if (isName) return { words: name, title: lastTitle >= 0 ? words.slice(0, lastTitle + 1).join(" ") : null };
  }
  return null;
}

function readClassifiedBy(record: PeopleInput, ctx: Context): void {
  if (record.classifiedBy) {
    const parsed = parseClassifiedBy(record.classifiedBy);
    if (parsed) emitWords(ctx, parsed.words, { title: parsed.title, role: "classified", evidence: "structure" });
    return;
  }
  for (const paragraph of record.paragraphs.slice(0, 3)) {
    const match = /\(?\bclassified\s+by\s*:?\s*(.{3,160})/i.exec(paragraph.text);
    if (!match?.[1]) continue;
    const parsed = parseClassifiedBy(match[1]);
    if (!parsed) continue;
    const { surname, givenNames } = splitName(parsed.words);
    ctx.out.push({ name: parsed.words.join(" "), surname, givenNames, title: parsed.title, role: "classified", paragraphIndex: paragraph.index, evidence: "structure", tokens: parsed.words.length });
    return;
  }
}

function readSignature(record: PeopleInput, ctx: Context): void {
  const candidates: string[] = [];
  if (record.signature) candidates.push(record.signature);
  else {
    const tail = record.paragraphs.slice(-3).reverse();
    for (const paragraph of tail) {
      const text = paragraph.text.trim();
      if (/^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?$/.test(text) && !SIGNATURE_STOP.has(text) && !/^declassified/i.test(text)) {
        candidates.push(text);
        break;
      }
      const match = /(?:X{4,}|\*{3,}|[.!?"”')]\s+)\s*([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)\s*$/.exec(text);
      if (match?.[1] && !/^X+$/i.test(match[1])) {
        candidates.push(match[1]);
        break;
      }
      if (!/^(?:NNN|Declassified\/Released.*|BT|#\d+)$/i.test(text)) break;
    }
  }
  for (const signature of candidates) {
    const words = signature.replace(/[.,;]+$/, "").trim().split(/\s+/);
    if (words.length > 3 || words.some((word) => !/^\p{L}[\p{L}'’.-]*$/u.test(word))) continue;
    const keys = words.map(foldWord);
    if (keys.some((key) => SIGNATURE_STOP.has(key) || OFFICE_CODES.has(key) || (PLACES.has(key) && words.length === 1))) continue;
    if (!record.signature && keys.some((key) => isCommon(key, ctx) || ctx.lex.acronyms.has(key))) continue;
    emitWords(ctx, words, { title: null, role: "signed", evidence: "structure" });
  }
}

function readTags(record: PeopleInput, ctx: Context): void {
  for (const tag of record.tags) {
    if (!/[\s,]/.test(tag.trim())) continue;
    if (describeTag(tag).kind !== "person") continue;
    const [surnamePart, givenPart] = tag.includes(",") ? tag.split(",").map((part) => part.trim()) : [null, null];
    const words = surnamePart && givenPart ? [...givenPart.split(/\s+/), ...surnamePart.split(/\s+/)] : tag.trim().split(/\s+/);
    const keys = words.map(foldWord);
    if (keys.some((key) => isCommon(key, ctx) || OFFICE_CODES.has(key) || PLACES.has(key) || ctx.lex.acronyms.has(key) || !/^[A-Z'.-]+$/.test(key))) continue;
    if (surnamePart && givenPart) {
      ctx.out.push({ name: words.join(" "), surname: surnamePart, givenNames: givenPart, title: null, role: "tagged", paragraphIndex: null, evidence: "structure", tokens: words.length });
    } else {
      emitWords(ctx, words, { title: null, role: "tagged", evidence: "structure" });
    }
  }
}

const FIELD_LINE_RE = /^\s*(?:E\.?\s?O\.?|EO\s+\d|TAGS?\b|SUBJECT|SUBJ\b|REFS?\b|CLASSIFIED\s+BY|DECL|Declassified)/i;
const SKIP_LINE_RE = /^\s*(?:S\s?E\s?C\s?R\s?E\s?T|C\s?O\s?N\s?F|UNCLAS|SECRET|CONFIDENTIAL|SIPDIS|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|This record|To:|From:|Subject:|PAGE\s|C O R R E C T E D|\d)/i;

/** Addressee lines before the E.O. line: `NSC FOR NSA HADLEY`, `LONDON FOR KOLKER, PARIS FOR FENDRICK`. */
function readAddressees(record: PeopleInput, ctx: Context): void {
  const lines = (record.headerBlock ?? "").split(/\n/);
  const kept: string[] = [];
  let refText = "";
  let field: "ref" | "other" | null = null;
  let isPastAddressees = false;
  for (const line of lines) {
    if (/^\s*REFS?\s*:?\s/i.test(line)) {
      field = "ref";
      refText += ` ${line}`;
      continue;
    }
    if (FIELD_LINE_RE.test(line) && !/^\s*Subject\s*:/.test(line)) {
      isPastAddressees = true;
      field = "other";
      continue;
    }
    if (/^\s*(?:To|From|Subject)\s*:/.test(line)) {
      field = "other";
      continue;
    }
    const isAddressee = /\b(?:FOR|PASS)\b/.test(line);
    if (field === "ref" && !isAddressee) {
      refText += ` ${line}`;
      continue;
    }
    if (isPastAddressees) continue;
    if (field === "other" && !isAddressee) continue;
    field = null;
    if (line.includes("\t") || (SKIP_LINE_RE.test(line) && !isAddressee)) continue;
    kept.push(line.trim());
  }
  readReferenceNames(refText, ctx);
  const text = kept.map((line) => (/\b(?:FOR|PASS|FROM)\b/i.test(line) ? `; ${line}` : line)).join(" ");
  if (!/\b(?:FOR|PASS|FROM)\b/i.test(text)) return;
  const hasHandles = text.split(/[\s,;()]+/).some(looksLikeHandle);
  for (const clause of text.split(/;/)) {
    const parts = clause.split(/\b(?:PLEASE\s+PASS\s+TO|PASS\s+TO|PLEASE\s+PASS|PASS|FOR|FROM)\b/i).slice(1);
    for (const part of parts) {
      let titleForList: string | null = null;
      for (const item of part.split(/,|\bAND\b|\band\b/)) {
        const words = item.replace(/[()]/g, " ").trim().split(/\s+/).filter(Boolean);
        const titleWords: string[] = [];
        const nameWords: string[] = [];
        for (const word of words) {
          const key = foldWord(word);
          if (CORE_TITLES.has(key) || (TITLE_MODIFIERS.has(key) && nameWords.length === 0 && key !== "THE")) {
            if (nameWords.length === 0) titleWords.push(word);
            continue;
          }
          const isCode = NATIONALITIES.has(key) || /^[A-Z]{2,5}-[A-Z]{2,5}$/.test(word) || word.includes("/") || word.includes(":") || OFFICE_CODES.has(key) || PLACES.has(key) || (key.length <= 2 && !/\.$/.test(word)) || /\d/.test(word) || /\p{L}\.\p{L}/u.test(word);
          const isPlainWord = isCommon(key, ctx) && !isGiven(key, ctx) && !PARTICLES.has(key);
          if (isCode || isPlainWord) {
            if (nameWords.length === 0) continue;
            break;
          }
          nameWords.push(word);
        }
        const title = titleWords.length > 0 ? titleWords.join(" ") : titleForList;
        if (titleWords.length > 0) titleForList = titleWords.join(" ");
        if (nameWords.length === 0 || nameWords.length > 4) continue;
        const keys = nameWords.map(foldWord);
        if (keys.some((key) => key === "THE") || PARTICLES.has(keys[keys.length - 1] ?? "")) continue;
        if (nameWords.some(looksLikeHandle) || (hasHandles && nameWords.length === 1 && !title)) continue;
        if (nameWords.every((word) => word.replace(/\.$/, "").length === 1)) continue;
        emitWords(ctx, nameWords, { title, role: "mentioned", evidence: "structure" });
      }
    }
  }
}

/** `REF: WILSON/MACK TELECON`, `REF: E-mails J. Speaks-K. Allen`: the people of a conversation. */
function readReferenceNames(refText: string, ctx: Context): void {
  for (const part of refText.split(/\([A-Z]\)|¶[A-Z]\.|\b[A-Z]\.\s+(?=[A-Z]{3,}\s+\d)/)) {
    if (!REF_KEYWORDS_RE.test(part)) continue;
    const body = part.replace(/^\s*REFS?\s*:?/i, "").replace(/\bE-?MAILS?\b/gi, " ").replace(REF_KEYWORDS_RE, " ").replace(/\b(?:DATED|OF|ON|BETWEEN)\b.*$/i, " ");
    for (const piece of body.split(/\/|(?<=\p{L})-(?=\p{Lu})|,|\band\b|\bAND\b/u)) {
      const words = piece.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > 3) continue;
      const keys = words.map(foldWord);
      const last = keys[keys.length - 1] ?? "";
      if (last.length < 3 || /\d/.test(piece) || keys.some((key) => OFFICE_CODES.has(key) || PLACES.has(key) || (isCommon(key, ctx) && !isGiven(key, ctx)))) continue;
      if (!words.every((word) => /^\p{L}[\p{L}'’.-]*$/u.test(word))) continue;
      emitWords(ctx, words, { title: null, role: "mentioned", evidence: "structure" });
    }
  }
}

// ---------------------------------------------------------------- the cable as a whole

type KnownPerson = { surname: string; givenNames: string | null };

function addKnown(known: Map<string, KnownPerson>, knownGiven: Map<string, KnownPerson>, mention: DetailedMention): void {
  const person = { surname: mention.surname, givenNames: mention.givenNames };
  for (const word of mention.surname.split(/\s+/)) {
    const key = foldWord(word);
    if (PARTICLES.has(key) || NAME_SUFFIXES.has(key) || key.length < 2) continue;
    const previous = known.get(key);
    if (!previous || (!previous.givenNames && person.givenNames)) known.set(key, person);
  }
  const firstGiven = mention.givenNames?.split(/\s+/)[0];
  if (firstGiven && firstGiven.replace(/\.$/, "").length > 1) knownGiven.set(foldWord(firstGiven), person);
}

function propagate(segments: readonly Segment[], ctx: Context): void {
  const known = new Map<string, KnownPerson>();
  const knownGiven = new Map<string, KnownPerson>();
  for (const mention of ctx.out) if (isStrongEvidence(mention.evidence)) addKnown(known, knownGiven, mention);
  for (const { segment, start, end } of ctx.pending) {
    const name = segment.tokens.slice(start, end);
    const key = name.map((token) => token.key).join(" ");
    if (ctx.nonPerson.has(key) || name.some((token) => ctx.nonPerson.has(token.key) && !known.has(token.key))) continue;
    emit(ctx, segment, name, { title: null, role: "mentioned", evidence: "fallback" });
  }
  for (const segment of segments) {
    const { tokens } = segment;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.shape === "lower" || token.shape === "initial" || token.shape === "other") continue;
      const isCandidate = known.has(token.key) || knownGiven.has(token.key) || (ctx.lex.surnames.get(token.key) ?? 0) >= MIN_GAZETTEER_COUNT || (token.word.includes("-") && token.word.split("-").some((part) => known.has(foldWord(part))));
      if (!isCandidate || segment.covered.has(token.start) || !isLetters(token) || isParticle(token)) continue;
      const isInitial = isSentenceStart(tokens, i);
      const isCommonWord = isCommon(token.key, ctx);
      if (isCommonWord && (segment.isUpper || isInitial)) continue;
      const parts = token.word.includes("-") && !known.has(token.key) ? token.word.split("-") : [token.word];
      for (const part of parts) {
        const key = foldWord(part);
        const person = known.get(key);
        if (person) {
          pushMention(ctx, segment, token, part, person.surname === part ? { surname: part, givenNames: null } : { surname: part, givenNames: null }, "cable");
          continue;
        }
        const byGiven = knownGiven.get(key);
        if (byGiven && !isCommonWord && parts.length === 1) {
          pushMention(ctx, segment, token, part, { surname: byGiven.surname, givenNames: part }, "cable");
          continue;
        }
        const previous = tokens[i - 1];
        const next = tokens[i + 1];
        const isStandalone = segment.isUpper || !((previous && previous.shape === "cap" && isPlainGap(token.gap)) || (next && next.shape === "cap" && isPlainGap(next.gap)));
        if (parts.length === 1 && isStandalone && !ENGLISH_ENDING_RE.test(key) && isKnownSurname(key, ctx) && !ctx.nonPerson.has(key) && !ctx.lex.nonPersons.has(key) && !isReservedWord(key) && !isCommonWord && !ctx.lex.acronyms.has(key) && (token.shape !== "upper" || segment.isUpper)) {
          pushMention(ctx, segment, token, part, { surname: part, givenNames: null }, "gazetteer");
        }
      }
    }
  }
}

/** `Hamdan said` after `Hamdan bin Zayid`: a lone given name of a full name in the cable joins it. */
function attachGivenNames(ctx: Context): void {
  const surnames = new Set<string>();
  const byGiven = new Map<string, KnownPerson | null>();
  for (const mention of ctx.out) {
    for (const word of mention.surname.split(/\s+/)) surnames.add(foldWord(word));
    if (!mention.givenNames || !isStrongEvidence(mention.evidence)) continue;
    const first = mention.givenNames.split(/\s+/)[0] ?? "";
    if (first.replace(/\.$/, "").length < 2) continue;
    const key = foldWord(first);
    const previous = byGiven.get(key);
    if (previous === undefined) byGiven.set(key, { surname: mention.surname, givenNames: mention.givenNames });
    else if (previous && foldWord(previous.surname) !== foldWord(mention.surname)) byGiven.set(key, null);
  }
  for (const mention of ctx.out) {
    if (mention.givenNames || mention.role !== "mentioned") continue;
    const key = foldWord(mention.surname);
    const person = byGiven.get(key);
    if (!person || surnames.has(key) && ctx.out.some((other) => other.givenNames && foldWord(other.surname) === key)) continue;
    mention.givenNames = mention.surname;
    mention.surname = person.surname;
  }
}

function pushMention(ctx: Context, segment: Segment, token: Token, name: string, split: { surname: string; givenNames: string | null }, evidence: Evidence): void {
  if (token.shape === "upper" && isTagCode(token.word)) return;
  segment.covered.add(token.start);
  ctx.out.push({ name, surname: split.surname, givenNames: split.givenNames, title: null, role: "mentioned", paragraphIndex: segment.paragraphIndex, evidence, tokens: 1 });
}

function makeSegment(text: string, paragraphIndex: number | null): Segment {
  return { text, paragraphIndex, tokens: tokenize(text), isUpper: upperShare(text) > UPPER_SEGMENT_SHARE, covered: new Set() };
}

/** Every person mention in a cable, with the rule that found it. */
export function extractDetailed(record: PeopleInput, gazetteer?: Gazetteer): DetailedMention[] {
  return readCable(record, gazetteer).mentions;
}

export type CableReading = { mentions: DetailedMention[]; segments: readonly { tokens: readonly Token[]; isUpper: boolean }[] };

/** The mentions and the tokenised text they came from (the gazetteer counts word forms on it). */
export function readCable(record: PeopleInput, gazetteer?: Gazetteer): CableReading {
  const ctx: Context = { lex: lexiconOf(gazetteer), pending: [], cableLower: new Set(), nonPerson: new Set(), out: [] };
  const segments: Segment[] = [];
  if (record.subject) segments.push(makeSegment(record.subject, null));
  for (const paragraph of record.paragraphs) segments.push(makeSegment(paragraph.text, paragraph.index));
  for (const segment of segments) {
    if (segment.isUpper) continue;
    for (const token of segment.tokens) if (token.shape === "lower" && token.key.length > 2) ctx.cableLower.add(token.key);
  }
  readClassifiedBy(record, ctx);
  readSignature(record, ctx);
  readTags(record, ctx);
  readAddressees(record, ctx);
  for (const segment of segments) {
    if (segment.paragraphIndex !== null && /^\s*\(?\s*classified\s+by/i.test(segment.text)) {
      for (const token of segment.tokens) segment.covered.add(token.start);
      continue;
    }
    if (segment.isUpper) scanUpper(segment, ctx);
    else scanMixed(segment, ctx);
  }
  propagate(segments, ctx);
  attachGivenNames(ctx);
  return { mentions: ctx.out, segments };
}

/** Every person mention in a cable: who is named where (paragraph index, null for header fields) and in what role. */
export function extractMentions(record: PeopleInput, gazetteer?: Gazetteer): PersonMention[] {
  return extractDetailed(record, gazetteer).map(({ evidence: _evidence, tokens: _tokens, ...mention }) => mention);
}
