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

/** Combines the banner level with caveats the way the dump writes it (`SECRET//NOFORN`). */
export function dumpClassification({ level, caveats }: { level: string; caveats: readonly string[] }): string {
  // The dump has no LIMITED OFFICIAL USE column value: it files those cables as UNCLASSIFIED//FOUO.
  if (level === "LIMITED OFFICIAL USE") return "UNCLASSIFIED//FOR OFFICIAL USE ONLY";
  if (level === "UNCLASSIFIED") {
    const isOfficialUse =
      caveats.includes("SENSITIVE") || caveats.includes("FOR OFFICIAL USE ONLY") || caveats.includes("NOFORN");
    return isOfficialUse ? "UNCLASSIFIED//FOR OFFICIAL USE ONLY" : "UNCLASSIFIED";
  }
  if (caveats.includes("NOFORN")) return `${level}//NOFORN`;
  return level;
}

const ROUTING_LEVEL: Readonly<Record<string, string>> = {
  UUUUU: "UNCLASSIFIED",
  CCCCC: "CONFIDENTIAL",
  SSSSS: "SECRET",
  TTTTT: "TOP SECRET",
};

/** The `ZNY CCCCC ZZH` line of the routing header repeats the level in letter blocks. */
export function levelFromRoutingLine(line: string): string | null {
  const match = /^\s*ZN[RY]\s+([UCST])\1{4}\b/.exec(line);
  if (!match) return null;
  return ROUTING_LEVEL[match[1]!.repeat(5)] ?? null;
}
