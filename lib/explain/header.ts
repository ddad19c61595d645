/**
 * Explains a cable's header in plain words: the routing lines (VZCZC, DE, ZNY, the date-time
 * group, FM, TO, INFO), the handling caveats, the E.O. line and the classification reasons.
 * Pure: it reads fields of a parsed CableRecord. Anything it does not recognise is said to be
 * unexplained rather than guessed, because a wrong gloss on a primary source is worse than none.
 */
import type { CableRecord } from "../cable/types";

export type HeaderTerm = { term: string; meaning: string };

export type HeaderInput = Partial<
  Pick<CableRecord, "routingHeader" | "headerBlock" | "caveats" | "executiveOrder" | "declassification" | "classificationReasons">
>;

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const PROSIGNS: Record<string, string> = {
  Z: "FLASH",
  O: "IMMEDIATE",
  P: "PRIORITY",
  R: "ROUTINE",
};

const PRECEDENCE_MEANINGS: Record<string, string> = {
  FLASH: "FLASH, the highest precedence, for the most urgent traffic",
  IMMEDIATE: "IMMEDIATE, to be handled ahead of all but FLASH traffic",
  PRIORITY: "PRIORITY, to be handled ahead of routine traffic",
  ROUTINE: "ROUTINE, the ordinary precedence",
  "NIACT IMMEDIATE": "NIACT IMMEDIATE, IMMEDIATE with night action: the addressee acts on it at once, even out of hours",
};

/** Classification indicators of the ZNY / ZNR line: one letter five times. */
const SECURITY_INDICATORS: Record<string, string> = {
  CCCCC: "CONFIDENTIAL",
  SSSSS: "SECRET",
  TTTTT: "TOP SECRET",
  UUUUU: "UNCLASSIFIED",
  EEEEE: "unclassified, sent encrypted for transmission only (EFTO)",
};

/** Routing indicators whose station is well known; any other is explained by the address written next to it. */
const ROUTING_INDICATORS: Record<string, string> = {
  RUEHC: "the Department of State in Washington",
};

const CAVEATS: Record<string, string> = {
  SIPDIS:
    "SIPRNet distribution: marked for the Net-Centric Diplomacy database on SIPRNet, the US government's secret network, which is why so many readers could reach these cables and how they were leaked",
  NOFORN: "Not releasable to foreign nationals: no foreign government or person may see it",
  NOFORNDIS: "Not releasable to foreign nationals (an older form of NOFORN)",
  EXDIS: "Exclusive distribution: only to officers with an essential need to know",
  NODIS: "No distribution beyond the addressee without the originator's approval: the most restricted State Department caveat",
  LIMDIS: "Limited distribution: only to offices directly concerned",
  STADIS: "State Department distribution only: not to other agencies",
  SENSITIVE: "Sensitive: unclassified but to be handled with care (often “sensitive but unclassified”, SBU)",
  SBU: "Sensitive but unclassified: not classified, but not for public release",
  "FOR OFFICIAL USE ONLY": "For official use only: unclassified, but not for public release",
  FOUO: "For official use only: unclassified, but not for public release",
  NOCONTRACT: "Not releasable to contractors",
  ORCON: "Dissemination controlled by the originator",
};

const EXECUTIVE_ORDERS: Record<string, string> = {
  "12065": "Executive Order 12065 (1978, President Carter) on national security information",
  "12356": "Executive Order 12356 (1982, President Reagan) on national security information",
  "12958":
    "Executive Order 12958 (1995, President Clinton) on classified national security information, amended by E.O. 13292 in 2003",
  "13292": "Executive Order 13292 (2003), which amended E.O. 12958 on classified national security information",
  "13526": "Executive Order 13526 (2009, President Obama) on classified national security information, which replaced E.O. 12958",
};

/** The categories of classifiable information (section 1.4 of E.O. 12958 as amended; section 1.5 before 2003). */
const REASON_LETTERS: Record<string, string> = {
  a: "military plans, weapons systems or operations",
  b: "foreign government information",
  c: "intelligence activities, sources or methods, or cryptology",
  d: "foreign relations or foreign activities of the United States, including confidential sources",
  e: "scientific, technological or economic matters relating to national security",
  f: "US government programs for safeguarding nuclear materials or facilities",
  g: "vulnerabilities or capabilities of systems, installations, projects or plans relating to national security",
  h: "weapons of mass destruction",
};

const CITIES: Record<string, string> = {
  WASHDC: "Washington",
  USNATO: "NATO in Brussels",
  "USUN NEW YORK": "the United Nations in New York",
  USEU: "the European Union in Brussels",
};

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part) => (part.length > 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join("");
}

function place(words: string): string {
  return CITIES[words] ?? titleCase(words);
}

/** "AMEMBASSY ROME" → "the US Embassy in Rome"; null when the address is not one of the known forms. */
export function describeAddress(address: string): string | null {
  const text = address.trim().replace(/\s+/g, " ").toUpperCase();
  if (text === "SECSTATE WASHDC") return "the Secretary of State, i.e. the State Department in Washington";
  if (text === "SECDEF WASHDC") return "the Secretary of Defense, i.e. the Pentagon in Washington";
  if (text === "WHITE HOUSE NSC WASHDC" || text === "NSC WASHDC") return "the National Security Council at the White House";
  if (text === "CIA WASHDC") return "the Central Intelligence Agency";
  if (text === "DIA WASHINGTON DC" || text === "DIA WASHDC") return "the Defense Intelligence Agency";
  if (text === "JOINT STAFF WASHDC") return "the Joint Staff of the Joint Chiefs of Staff";
  const forms: [RegExp, (rest: string) => string][] = [
    [/^AMEMBASSY (.+)$/, (rest) => `the US Embassy in ${place(rest)}`],
    [/^AMCONSUL (.+)$/, (rest) => `the US Consulate in ${place(rest)}`],
    [/^USMISSION (.+)$/, (rest) => `the US Mission to ${place(rest)}`],
    [/^USINT (.+)$/, (rest) => `the US Interests Section in ${place(rest)}`],
    [/^USOFFICE (.+)$/, (rest) => `the US Office in ${place(rest)}`],
    [/^AIT (.+)$/, (rest) => `the American Institute in Taiwan, ${place(rest)} (the unofficial US mission)`],
    [/^(.+) COLLECTIVE$/, (rest) => `the ${titleCase(rest)} collective: one address standing for a group of posts`],
  ];
  for (const [pattern, describe] of forms) {
    const match = pattern.exec(text);
    if (match?.[1]) return describe(match[1]);
  }
  return null;
}

function addressMeaning(address: string): string {
  return describeAddress(address) ?? `${address} (an address not explained here)`;
}

function twoDigitYear(year: number): number {
  // The release spans 1966–2010: 66 and later are the 1900s.
  return year >= 60 ? 1900 + year : 2000 + year;
}

/** "161722Z MAR 07" → "16 March 2007, 17:22 UTC (Zulu time)"; null when it is not a valid date-time group. */
export function explainDateTimeGroup(dtg: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2}|\d{4})$/i.exec(dtg.trim());
  if (!match) return null;
  const [, dayText = "", hourText = "", minuteText = "", monthText = "", yearText = ""] = match;
  const monthIndex = MONTHS.indexOf(monthText.toUpperCase() as (typeof MONTHS)[number]);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const year = yearText.length === 2 ? twoDigitYear(Number(yearText)) : Number(yearText);
  if (monthIndex < 0 || hour > 23 || minute > 59 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${day} ${MONTH_NAMES[monthIndex]} ${year}, ${hourText}:${minuteText} UTC (Zulu time)`;
}

function precedenceWord(prosign: string): string | null {
  return PROSIGNS[prosign.toUpperCase()] ?? null;
}

function precedenceMeaning(word: string): string {
  return PRECEDENCE_MEANINGS[word.toUpperCase()] ?? `${word} (a precedence not explained here)`;
}

const PRECEDENCE_WORDS = "NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE";
const ADDRESS_LINE = new RegExp(`^(?:([A-Z0-9]{4,8})/)?(.+?)(?:\\s+(${PRECEDENCE_WORDS}))?(?:\\s+(\\d{1,5}))?$`);

function explainAddressLine(line: string, role: "to" | "info"): string {
  const match = ADDRESS_LINE.exec(line.trim());
  const roleText =
    role === "to" ? "Action addressee (TO, expected to act on the cable)" : "Information addressee (INFO, sent a copy for information)";
  if (!match) return `${roleText}; the address is not explained here`;
  const [, indicator, address = "", precedence, serial] = match;
  const parts = [`${roleText}: ${addressMeaning(address)}`];
  if (indicator) {
    const known = ROUTING_INDICATORS[indicator];
    parts.push(known ? `routing indicator ${indicator} is ${known}` : `${indicator} is the routing indicator (relay address) of that station`);
  }
  if (precedence) parts.push(`precedence ${precedenceMeaning(precedence)}`);
  if (serial) parts.push(`${serial} is a message serial number for this addressee`);
  return parts.join("; ");
}

function explainRoutingLine(line: string, state: { role: "to" | "info" | null }): HeaderTerm {
  const term = line;
  const text = line.trim().toUpperCase();

  const start = /^VZCZC(\S*)$/.exec(text);
  if (start) {
    const rest = start[1] ? `; ${start[1]} identifies this transmission at the relay station` : "";
    return { term, meaning: `VZCZC marks the start of a message in the telegraph relay format${rest}` };
  }

  const dtg = /^([ZOPR])\s+(\d{6}Z\s+[A-Z]{3}\s+\d{2,4})$/.exec(text);
  if (dtg) {
    const word = precedenceWord(dtg[1] ?? "");
    const when = explainDateTimeGroup(dtg[2] ?? "");
    const precedence = word ? `Precedence ${dtg[1]} = ${precedenceMeaning(word)}` : "A precedence not explained here";
    return { term, meaning: `${precedence}. Date-time group: sent ${when ?? "at a time that could not be read"}` };
  }

  const relay = /^([ZOPR])([ZOPR])\s+(.+)$/.exec(text);
  if (relay) {
    const first = precedenceWord(relay[1] ?? "");
    const second = precedenceWord(relay[2] ?? "");
    const precedences =
      first && first === second ? `${relay[1]}${relay[2]} = ${first} for every addressee` : `${relay[1]}${relay[2]}: precedences ${first ?? "unknown"} for action and ${second ?? "unknown"} for information addressees`;
    return { term, meaning: `Relay line: ${precedences}, followed by the routing indicators of the stations the relay delivers to` };
  }

  const de = /^DE\s+([A-Z0-9]+)\s+#(\d+)(?:\/(\d+))?(?:\s+(\d{3})(\d{2})(\d{2}))?$/.exec(text);
  if (de) {
    const [, station = "", serial = "", part, day, hour, minute] = de;
    const parts = [`DE (“from”): the originating relay station ${station}, station serial number ${serial}`];
    if (part) parts.push(`part ${part} of the transmission`);
    if (day && hour && minute) parts.push(`filed on day ${day} of the year at ${hour}:${minute} UTC`);
    return { term, meaning: parts.join(", ") };
  }
  if (/^DE\s/.test(text)) return { term, meaning: "DE (“from”): the originating relay station and its serial number, in a form not explained here" };

  const security = /^(ZNY|ZNR)\s+(\S+)(.*)$/.exec(text);
  if (security) {
    const [, kind = "", indicator = "", rest = ""] = security;
    const level = SECURITY_INDICATORS[indicator];
    const kindText = kind === "ZNY" ? "ZNY: security line of a classified message" : "ZNR: security line of an unclassified message";
    const levelText = level ? `${indicator} = ${level}` : `${indicator} is a classification indicator not explained here`;
    const restText = rest.trim() ? `; ${rest.trim()} is not explained here` : "";
    return { term, meaning: `${kindText}; ${levelText}${restText}` };
  }

  const from = /^FM\s+(.+)$/.exec(text);
  if (from) return { term, meaning: `From: the sending post, ${addressMeaning(from[1] ?? "")}` };

  const to = /^TO\s+(.+)$/.exec(text);
  if (to) {
    state.role = "to";
    return { term, meaning: explainAddressLine(to[1] ?? "", "to") };
  }
  const info = /^INFO\s+(.+)$/.exec(text);
  if (info) {
    state.role = "info";
    return { term, meaning: explainAddressLine(info[1] ?? "", "info") };
  }
  if (state.role && /^[A-Z0-9]{4,8}\//.test(text)) return { term, meaning: explainAddressLine(text, state.role) };
  if (text === "BT") return { term, meaning: "BT (“break”): separates the routing header from the text" };

  return { term, meaning: "A routing line not explained here" };
}

function explainRoutingHeader(routingHeader: string): HeaderTerm[] {
  const state: { role: "to" | "info" | null } = { role: null };
  return routingHeader
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => explainRoutingLine(line, state));
}

function explainCaveat(caveat: string): HeaderTerm {
  const key = caveat.trim().toUpperCase().replace(/\s+/g, " ");
  return { term: caveat, meaning: CAVEATS[key] ?? "A handling caveat not explained here" };
}

function readDeclassification(value: string): string {
  const text = value.trim().replace(/\.$/, "");
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (date) {
    const [, month = "", day = "", yearText = ""] = date;
    const monthName = MONTH_NAMES[Number(month) - 1];
    const year = yearText.length === 2 ? twoDigitYear(Number(yearText)) : Number(yearText);
    if (monthName && Number(day) >= 1 && Number(day) <= 31) return `declassify on ${Number(day)} ${monthName} ${year}`;
  }
  if (/^N\/?A$/i.test(text)) return "no declassification date (not applicable, as for unclassified cables)";
  if (/^OADR$/i.test(text)) return "declassify only when the originating agency decides (OADR, “originating agency's determination required”)";
  return `declassification instruction ${text}, not explained here`;
}

function explainExecutiveOrder({ headerBlock, executiveOrder, declassification }: HeaderInput): HeaderTerm | null {
  const line = headerBlock?.split("\n").find((candidate) => /^\s*E\.?\s?O\.?\s*\d{5}/i.test(candidate))?.trim();
  const number = /\d{5}/.exec(line ?? "")?.[0] ?? executiveOrder ?? null;
  if (!line && !number) return null;
  const term = line ?? `E.O. ${number}`;
  const order = number ? (EXECUTIVE_ORDERS[number] ?? `Executive Order ${number}, not explained here`) : "An executive order not explained here";
  const declassText = /DECL(?:ASSIFY)?\s*(?:ON)?\s*:?\s*(.+)$/i.exec(line ?? "")?.[1] ?? declassification ?? null;
  const noDate = /:\s*N\/?A\b/i.test(line ?? "");
  const parts = [`The order under which the cable is classified: ${order}`];
  if (declassText) parts.push(readDeclassification(declassText));
  else if (noDate) parts.push("no declassification date (not applicable, as for unclassified cables)");
  return { term, meaning: parts.join("; ") };
}

/** "1.4 (b) and (d)", "1.4(B),(D)", "1.4 B AND D" → section and letters; null when unreadable. */
export function readReasons(reasons: string): { section: string; letters: string[] } | null {
  const match = /(\d\.\d)\s*(.*)$/.exec(reasons.trim());
  if (!match) return null;
  const [, section = "", rest = ""] = match;
  const letters = [...rest.matchAll(/(?:^|[^A-Za-z])([A-Za-z])(?![A-Za-z])/g)].map((found) => (found[1] ?? "").toLowerCase());
  return { section, letters: [...new Set(letters)] };
}

function explainReasons({ classificationReasons, executiveOrder }: HeaderInput): HeaderTerm[] {
  if (!classificationReasons) return [];
  const reasons = readReasons(classificationReasons);
  if (!reasons) return [{ term: classificationReasons, meaning: "The reasons for classification, in a form not explained here" }];
  const order = executiveOrder ? `E.O. ${executiveOrder}` : "the executive order";
  const isKnownSection = reasons.section === "1.4" || reasons.section === "1.5";
  const sectionText =
    reasons.section === "1.4"
      ? `section 1.4 of ${order}, its list of the kinds of information that may be classified`
      : reasons.section === "1.5"
        ? `section 1.5 of ${order} as first issued, the list of classifiable information that the 2003 amendment renumbered 1.4`
        : `section ${reasons.section} of ${order}, whose letters are not explained here`;
  const rows: HeaderTerm[] = [{ term: classificationReasons, meaning: `Why the cable is classified: the categories of ${sectionText}` }];
  for (const letter of reasons.letters) {
    // Section 1.5 of the 1995 order listed only (a)–(g); (h) arrived with the 2003 amendment.
    const meaning = isKnownSection && !(reasons.section === "1.5" && letter === "h") ? REASON_LETTERS[letter] : undefined;
    rows.push({
      term: `${reasons.section} (${letter})`,
      meaning: meaning ? capitalize(meaning) : "A reason letter not explained here",
    });
  }
  return rows;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every explainable part of the header, in reading order: the routing lines, then caveats, E.O. line and reasons. */
export function explainHeader(record: HeaderInput): HeaderTerm[] {
  const routing = record.routingHeader?.trim() ? explainRoutingHeader(record.routingHeader) : [];
  const caveats = [...new Set(record.caveats ?? [])].map(explainCaveat);
  const executiveOrder = explainExecutiveOrder(record);
  return [...routing, ...caveats, ...(executiveOrder ? [executiveOrder] : []), ...explainReasons(record)];
}
