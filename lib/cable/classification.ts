/** Classification banners and handling caveats, mapped to the dump's wording. */

const SPACED_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^T\s?O\s?P\s+S\s?E\s?C\s?R\s?E\s?T\b/, "TOP SECRET"],
  [/^S\s?E\s?C\s?R\s?E\s?T\b/, "SECRET"],
  [/^C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L\b/, "CONFIDENTIAL"],
  [/^U\s?N\s?C\s?L\s?A\s?S\s?S\s?I\s?F\s?I\s?E\s?D\b/, "UNCLASSIFIED"],
  [/^U\s?N\s?C\s?L\s?A\s?S\b/, "UNCLASSIFIED"],
  [/^LIMITED\s+OFFICIAL\s+USE\b/, "LIMITED OFFICIAL USE"],
];

export type Banner = { level: string; rest: string; raw: string; isSpacedOrUpper: boolean };

/** Reads a banner line such as `C O N F I D E N T I A L SECTION 01 OF 02 ROME 000535` (some cables are all lower case). */
const BANNER_INITIALS = /^\s*(?:T\s?O\s?P\s|S\s?E\s?C\s?R\s?E\s?T|C\s?O\s?N\s?F|U\s?N\s?C\s?L|LIMITED\s)/i;

export function readBanner(line: string): Banner | null {
  if (!BANNER_INITIALS.test(line)) return null;
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 240) return null;
  const upper = trimmed.slice(0, 48).toUpperCase();
  for (const [pattern, level] of SPACED_WORDS) {
    const match = pattern.exec(upper);
    if (match) {
      const word = trimmed.slice(0, match[0].length);
      return { level, rest: trimmed.slice(match[0].length).trim(), raw: trimmed, isSpacedOrUpper: word === word.toUpperCase() };
    }
  }
  return null;
}

export const CAVEAT_WORDS = [
  "NOFORN",
  "SIPDIS",
  "EXDIS",
  "NODIS",
  "LIMDIS",
  "STADIS",
  "ROGER",
  "CHEROKEE",
  "SENSITIVE",
  "FOR OFFICIAL USE ONLY",
  "NOT FOR INTERNET DISTRIBUTION",
  "NOCONTRACT",
  "ORCON",
  "PROPIN",
  "REL TO",
] as const;

const EXTRA_CAVEAT_PHRASES = ["SENSITIVE BUT UNCLASSIFIED", "FOUO", "SBU", "E F T O", "EFTO"];

const CAVEAT_LINE = new RegExp(
  `^\\s*(?:(?:${CAVEAT_WORDS.map((word) => word.replace(/ /g, "\\s+")).join("|")}|${EXTRA_CAVEAT_PHRASES.map((phrase) => phrase.replace(/ /g, "\\s+")).join("|")})[\\s,.;/]*)+$`,
  "i",
);

/** True for lines that only carry handling caveats (`SIPDIS`, `NOFORN, NOT FOR INTERNET DISTRIBUTION`). */
export function isCaveatLine(line: string): boolean {
  return line.length < 120 && CAVEAT_LINE.test(line);
}

const CAVEAT_PATTERNS: ReadonlyArray<[string, RegExp]> = CAVEAT_WORDS.map((word) => [
  word,
  new RegExp(`\\b${word.replace(/ /g, "\\s+")}\\b`),
]);
const ANY_CAVEAT = /NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|ROGER|CHEROKEE|SENSITIVE|OFFICIAL|INTERNET|NOCONTRACT|ORCON|PROPIN|REL|FOUO/;

export function caveatsIn(text: string): string[] {
  const upper = text.toUpperCase();
  if (!ANY_CAVEAT.test(upper)) return [];
  const found: string[] = [];
  for (const [word, pattern] of CAVEAT_PATTERNS) {
    if (pattern.test(upper)) found.push(word);
  }
  if (/\bFOUO\b/.test(upper) && !found.includes("FOR OFFICIAL USE ONLY")) found.push("FOR OFFICIAL USE ONLY");
  return found;
}

/** The caveats of a line in the order written (`SENSITIVE NOFORN` is not `NOFORN SENSITIVE` to the dump). */
export function caveatsInOrder(text: string): string[] {
  const found = caveatsIn(text);
  if (found.length < 2) return found;
  const upper = text.toUpperCase();
  const position = (caveat: string): number => {
    if (caveat === "FOR OFFICIAL USE ONLY") return upper.search(/FOR\s+OFFICIAL|FOUO/);
    return upper.search(CAVEAT_PATTERNS.find(([word]) => word === caveat)![1]);
  };
  return found
    .map((caveat) => ({ caveat, at: position(caveat) }))
    .sort((a, b) => a.at - b.at)
    .map(({ caveat }) => caveat);
}

/**
 * The dump reads a SENSITIVE caption on a classified cable by date: before October 2008 mostly as
 * //NOFORN (17 of 25 such cables of the development corpus: all 11 from August 2007 on, about half
 * before), later never (none of about 80). The text alone cannot tell the earlier exceptions apart.
 */
export const SENSITIVE_AS_NOFORN_UNTIL = Date.UTC(2008, 9, 1);

export type CaptionReading = { classification: string; isSensitiveGuess: boolean };

const OFFICIAL_USE = "UNCLASSIFIED//FOR OFFICIAL USE ONLY";

/**
 * Combines the level with the captions the way the dump writes it (`SECRET//NOFORN`). On a classified
 * cable carrying both NOFORN and SENSITIVE the later caption decides: `NOFORN` then `SENSITIVE` is
 * recorded without //NOFORN, `SENSITIVE` then `NOFORN` with it.
 */
export function dumpClassification({
  level,
  captions,
  sentAt,
}: {
  level: string;
  captions: readonly string[];
  sentAt: Date | null;
}): CaptionReading {
  // The dump has no LIMITED OFFICIAL USE column value: it files those cables as UNCLASSIFIED//FOUO.
  if (level === "LIMITED OFFICIAL USE") return { classification: OFFICIAL_USE, isSensitiveGuess: false };
  if (level === "UNCLASSIFIED") {
    const isOfficialUse =
      captions.includes("SENSITIVE") || captions.includes("FOR OFFICIAL USE ONLY") || captions.includes("NOFORN");
    return { classification: isOfficialUse ? OFFICIAL_USE : "UNCLASSIFIED", isSensitiveGuess: false };
  }
  const last = captions.findLast((caption) => caption === "NOFORN" || caption === "SENSITIVE");
  if (last === "NOFORN") return { classification: `${level}//NOFORN`, isSensitiveGuess: false };
  if (last === "SENSITIVE") {
    if (sentAt === null) return { classification: level, isSensitiveGuess: true };
    if (sentAt.getTime() < SENSITIVE_AS_NOFORN_UNTIL) return { classification: `${level}//NOFORN`, isSensitiveGuess: true };
  }
  return { classification: level, isSensitiveGuess: false };
}

const ROUTING_LEVEL: Readonly<Record<string, string>> = {
  UUUUU: "UNCLASSIFIED",
  CCCCC: "CONFIDENTIAL",
  SSSSS: "SECRET",
  TTTTT: "TOP SECRET",
};

const MARKING_LEVELS: ReadonlyArray<[RegExp, string]> = [
  [/^TS\b/, "TOP SECRET"],
  [/^S\b/, "SECRET"],
  [/^C\b/, "CONFIDENTIAL"],
  [/^(?:U|SBU)\b/, "UNCLASSIFIED"],
];

/** The highest level among portion markings (`S/NF`, `C`, `SBU`), or null when none is readable. */
export function levelFromMarkings(markings: readonly (string | null)[]): string | null {
  let best = -1;
  for (const marking of markings) {
    if (!marking) continue;
    const rank = MARKING_LEVELS.findIndex(([pattern]) => pattern.test(marking.toUpperCase()));
    if (rank !== -1 && (best === -1 || rank < best)) best = rank;
  }
  return best === -1 ? null : MARKING_LEVELS[best]![1];
}

/** The `ZNY CCCCC ZZH` line of the routing header repeats the level in letter blocks. */
export function levelFromRoutingLine(line: string): string | null {
  const match = /^\s*ZN[RY]\s+([UCST])\1{4}\b/.exec(line);
  if (!match) return null;
  return ROUTING_LEVEL[match[1]!.repeat(5)] ?? null;
}
