/**
 * The TAGS vocabulary of State Department cables (Traffic Analysis by Geography and Subject).
 * Subject and administrative meanings follow the TAGS handbook (5 FAH-3); codes whose meaning is
 * not certain are left out of the tables and get `description: null`.
 */

export type TagKind = "subject" | "country" | "organisation" | "program" | "person" | "unknown";

/** The kinds in the order the UI lists them as filters. */
export const TAG_KINDS: readonly TagKind[] = ["subject", "country", "organisation", "program", "person", "unknown"];

export type TagDescription = { code: string; kind: TagKind; description: string | null };

const MAX_TAG_LENGTH = 80;

/** Four-letter subject TAGS: the first letter is the category (A administration, B business, C consular, E economic, M military, O operations, P political, S social, T technology). */
const SUBJECT_TAGS: Readonly<Record<string, string>> = {
  ABLD: "Building and Grounds",
  ABUD: "Budget Services and Financial Systems",
  ACOA: "Communication Operations and Administration",
  ADCO: "Diplomatic Courier Operations",
  ADPM: "Diplomatic Pouch and Mail",
  AEMR: "Emergency Planning and Evacuation",
  AFIN: "Financial Management",
  AFSI: "Foreign Service Institute",
  AFSN: "Foreign Service National Personnel",
  AINF: "Information Management Services",
  AINR: "Intelligence and Research Program Administration",
  ALOW: "Allowances",
  AMED: "Medical Services",
  AMGT: "Management Operations",
  ANET: "Communications, Circuits and Networks",
  AODE: "Employees Abroad",
  AORC: "International Organizations and Conferences",
  APCS: "Personal Computers",
  APER: "Personnel",
  ASCH: "U.S.-Sponsored Schools",
  ASEC: "Security",
  ASIG: "Inspector General Activities",
  ASUP: "Supplies and Equipment",
  ATRN: "Transportation Service",
  BBSR: "Business Services Reporting",
  BEXP: "Trade Expansion and Promotion",
  BMGT: "Foreign Commercial Service Management Operations",
  BTIO: "Trade and Investment Opportunities",
  CASC: "Assistance to Citizens",
  CFED: "Federal Agency Services",
  CJAN: "Judicial Assistance and Notarial Services",
  CLOK: "Visa Lookout",
  CMGT: "Consular Administration and Management",
  CPAS: "Passports and Citizenship",
  CVIS: "Visas",
  EAGR: "Agriculture and Forestry",
  EAID: "Foreign Economic Assistance",
  EAIR: "Civil Aviation",
  ECIN: "Economic Integration and Cooperation",
  ECON: "Economic Conditions",
  ECPS: "Communications and Postal Systems",
  EFIN: "Financial and Monetary Affairs",
  EFIS: "Commercial Fishing and Fish Processing",
  EIND: "Industry and Manufacturing",
  EINT: "Economic and Commercial Internet",
  EINV: "Foreign Investments",
  ELAB: "Labor Sector Affairs",
  ELTN: "Land Transportation",
  EMIN: "Minerals and Metals",
  ENRG: "Energy and Power",
  EPET: "Petroleum and Natural Gas",
  ETRD: "Foreign Trade",
  ETTC: "Trade and Technology Controls",
  EWWT: "Waterborne Transportation",
  MARR: "Military and Defense Arrangements",
  MASS: "Military Assistance and Sales",
  MCAP: "Military Capabilities",
  MNUC: "Military Nuclear Applications",
  MOPS: "Military Operations",
  MTCRE: "Missile Technology Control Regime",
  OEXC: "Educational and Cultural Exchange",
  OIIP: "International Information Programs",
  OPRC: "Public Relations and Correspondence",
  OREP: "Congressional Travel",
  OTRA: "Travel",
  OVIP: "Visits and Travel of Prominent Individuals",
  PARM: "Arms Controls and Disarmament",
  PBTS: "National Boundaries, Territories and Sovereignty",
  PGOV: "Internal Governmental Affairs",
  PHUM: "Human Rights",
  PINR: "Intelligence",
  PINS: "National Security",
  PREF: "Refugees",
  PREL: "External Political Relations",
  PTER: "Terrorists and Terrorism",
  SCUL: "Cultural Affairs",
  SENV: "Environmental Affairs",
  SMIG: "Migration",
  SNAR: "Narcotics",
  SOCI: "Social Conditions",
  TBIO: "Biological and Medical Science",
  TRGY: "Energy Technology",
  TSPA: "Space Activities",
  TSPL: "Science and Technology Policy",
};

/** Program TAGS, all starting with K. */
const PROGRAM_TAGS: Readonly<Record<string, string>> = {
  KAWC: "Atrocities and War Crimes",
  KCFE: "Conventional Armed Forces in Europe Treaty",
  KCIP: "Critical Infrastructure Protection",
  KCOR: "Corruption",
  KCRM: "Criminal Activity",
  KDEM: "Democratization",
  KFLU: "Avian and Pandemic Influenza",
  KFRD: "Fraud",
  KGHG: "Greenhouse Gases",
  KGIC: "Global Initiative to Combat Nuclear Terrorism",
  KHIV: "HIV/AIDS",
  KHLS: "Homeland Security",
  KICC: "International Criminal Court",
  KIPR: "Intellectual Property Rights",
  KIRF: "International Religious Freedom",
  KISL: "Islamic Affairs",
  KJUS: "Administration of Justice",
  KMCA: "Millennium Challenge Account",
  KMDR: "Media Reaction Reporting",
  KMPI: "Middle East Partnership Initiative",
  KNNP: "Nuclear Nonproliferation",
  KOLY: "Olympic Games",
  KPAL: "Palestinian Affairs",
  KPAO: "Public Affairs Office",
  KPKO: "Peacekeeping Operations",
  KSUM: "Summit Meetings",
  KTFN: "Terrorist Financing",
  KTIP: "Trafficking in Persons",
  KUNR: "United Nations Reform",
  KVPR: "Visas Viper (Terrorist Watch List Reporting)",
  KWBG: "West Bank and Gaza",
  KWMN: "Women's Issues",
};

/**
 * Organisations, treaties and agencies written as tags. AU is also Austria's geographic code;
 * in the cables it mostly names the African Union, so it is listed here only.
 */
const ORGANISATION_TAGS: Readonly<Record<string, string>> = {
  APEC: "Asia-Pacific Economic Cooperation",
  ASEAN: "Association of Southeast Asian Nations",
  AU: "African Union (also the geographic code of Austria)",
  BWC: "Biological Weapons Convention",
  CARICOM: "Caribbean Community",
  CIA: "Central Intelligence Agency",
  CIS: "Commonwealth of Independent States",
  COE: "Council of Europe",
  CTBT: "Comprehensive Nuclear-Test-Ban Treaty",
  CWC: "Chemical Weapons Convention",
  DEA: "Drug Enforcement Administration",
  DHS: "Department of Homeland Security",
  DOD: "Department of Defense",
  DOE: "Department of Energy",
  DTRA: "Defense Threat Reduction Agency",
  ECOWAS: "Economic Community of West African States",
  EFTA: "European Free Trade Association",
  ELN: "National Liberation Army (Colombia)",
  EU: "European Union",
  EUN: "European Union",
  FAO: "Food and Agriculture Organization",
  FARC: "Revolutionary Armed Forces of Colombia",
  FATF: "Financial Action Task Force",
  FBI: "Federal Bureau of Investigation",
  FTAA: "Free Trade Area of the Americas",
  G8: "Group of Eight",
  G20: "Group of Twenty",
  GCC: "Gulf Cooperation Council",
  IAEA: "International Atomic Energy Agency",
  IBRD: "World Bank (International Bank for Reconstruction and Development)",
  ICAO: "International Civil Aviation Organization",
  ICC: "International Criminal Court",
  ICJ: "International Court of Justice",
  ICRC: "International Committee of the Red Cross",
  ICTR: "International Criminal Tribunal for Rwanda",
  ICTY: "International Criminal Tribunal for the former Yugoslavia",
  IEA: "International Energy Agency",
  ILO: "International Labour Organization",
  IMF: "International Monetary Fund",
  IMO: "International Maritime Organization",
  INTELSAT: "International Telecommunications Satellite Organization",
  INTERPOL: "International Criminal Police Organization",
  IOM: "International Organization for Migration",
  IWC: "International Whaling Commission",
  LTTE: "Liberation Tigers of Tamil Eelam",
  MCC: "Millennium Challenge Corporation",
  MERCOSUR: "Southern Common Market (Mercosur)",
  MTCR: "Missile Technology Control Regime",
  NAM: "Non-Aligned Movement",
  NASA: "National Aeronautics and Space Administration",
  NATO: "North Atlantic Treaty Organization",
  NGO: "Non-Governmental Organizations",
  NPT: "Treaty on the Non-Proliferation of Nuclear Weapons",
  NSF: "National Science Foundation",
  NSG: "Nuclear Suppliers Group",
  OAS: "Organization of American States",
  OECD: "Organisation for Economic Co-operation and Development",
  OFDA: "Office of U.S. Foreign Disaster Assistance",
  OIC: "Organization of the Islamic Conference",
  OIE: "World Organisation for Animal Health",
  OPCW: "Organisation for the Prohibition of Chemical Weapons",
  OPEC: "Organization of the Petroleum Exporting Countries",
  OPIC: "Overseas Private Investment Corporation",
  OSAC: "Overseas Security Advisory Council",
  OSCE: "Organization for Security and Co-operation in Europe",
  PSI: "Proliferation Security Initiative",
  PSOE: "Spanish Socialist Workers' Party",
  SADC: "Southern African Development Community",
  SCO: "Shanghai Cooperation Organisation",
  UN: "United Nations",
  UNDP: "United Nations Development Programme",
  UNEP: "United Nations Environment Programme",
  UNESCO: "United Nations Educational, Scientific and Cultural Organization",
  UNGA: "United Nations General Assembly",
  UNHCR: "United Nations High Commissioner for Refugees",
  UNHRC: "United Nations Human Rights Council",
  UNICEF: "United Nations Children's Fund",
  UNMIK: "United Nations Interim Administration Mission in Kosovo",
  UNO: "United Nations",
  UNSC: "United Nations Security Council",
  USAID: "U.S. Agency for International Development",
  USEU: "U.S. Mission to the European Union",
  USTR: "Office of the U.S. Trade Representative",
  USUN: "U.S. Mission to the United Nations",
  WFP: "World Food Programme",
  WHO: "World Health Organization",
  WIPO: "World Intellectual Property Organization",
  WMO: "World Meteorological Organization",
  WTO: "World Trade Organization",
  WTRO: "World Trade Organization",
};

/**
 * Two-letter geographic TAGS. These are FIPS 10-4 codes, not ISO 3166 (CH is China, GM Germany,
 * IZ Iraq); the few entries marked below follow State Department usage where it departs from FIPS.
 */
const GEOGRAPHIC_TAGS: Readonly<Record<string, string>> = {
  AA: "Aruba",
  AC: "Antigua and Barbuda",
  AE: "United Arab Emirates",
  AF: "Afghanistan",
  AG: "Algeria",
  AJ: "Azerbaijan",
  AL: "Albania",
  AM: "Armenia",
  AN: "Andorra",
  AO: "Angola",
  AQ: "American Samoa",
  AR: "Argentina",
  AS: "Australia",
  AV: "Anguilla",
  AY: "Antarctica",
  BA: "Bahrain",
  BB: "Barbados",
  BC: "Botswana",
  BD: "Bermuda",
  BE: "Belgium",
  BF: "Bahamas",
  BG: "Bangladesh",
  BH: "Belize",
  BK: "Bosnia and Herzegovina",
  BL: "Bolivia",
  BM: "Burma",
  BN: "Benin",
  BO: "Belarus",
  BP: "Solomon Islands",
  BR: "Brazil",
  BT: "Bhutan",
  BU: "Bulgaria",
  BX: "Brunei",
  BY: "Burundi",
  CA: "Canada",
  CB: "Cambodia",
  CD: "Chad",
  CE: "Sri Lanka",
  CF: "Republic of the Congo (Brazzaville)",
  CG: "Democratic Republic of the Congo (Kinshasa)",
  CH: "China",
  CI: "Chile",
  CJ: "Cayman Islands",
  CM: "Cameroon",
  CN: "Comoros",
  CO: "Colombia",
  CS: "Costa Rica",
  CT: "Central African Republic",
  CU: "Cuba",
  CV: "Cape Verde",
  CW: "Cook Islands",
  CY: "Cyprus",
  DA: "Denmark",
  DJ: "Djibouti",
  DO: "Dominica",
  DR: "Dominican Republic",
  EC: "Ecuador",
  EG: "Egypt",
  EI: "Ireland",
  EK: "Equatorial Guinea",
  EN: "Estonia",
  ER: "Eritrea",
  ES: "El Salvador",
  ET: "Ethiopia",
  EZ: "Czech Republic",
  FG: "French Guiana",
  FI: "Finland",
  FJ: "Fiji",
  FM: "Micronesia",
  FP: "French Polynesia",
  FR: "France",
  GA: "Gambia",
  GB: "Gabon",
  GG: "Georgia",
  GH: "Ghana",
  GI: "Gibraltar",
  GJ: "Grenada",
  GL: "Greenland",
  GM: "Germany",
  GP: "Guadeloupe",
  GQ: "Guam",
  GR: "Greece",
  GT: "Guatemala",
  GV: "Guinea",
  GY: "Guyana",
  GZ: "Gaza Strip",
  HA: "Haiti",
  HK: "Hong Kong",
  HO: "Honduras",
  HR: "Croatia",
  HU: "Hungary",
  IC: "Iceland",
  ID: "Indonesia",
  IN: "India",
  IO: "British Indian Ocean Territory",
  IR: "Iran",
  IS: "Israel",
  IT: "Italy",
  IV: "Cote d'Ivoire",
  IZ: "Iraq",
  JA: "Japan",
  JM: "Jamaica",
  JO: "Jordan",
  KE: "Kenya",
  KG: "Kyrgyzstan",
  KN: "North Korea",
  KR: "Kiribati",
  KS: "South Korea",
  KU: "Kuwait",
  KV: "Kosovo",
  KZ: "Kazakhstan",
  LA: "Laos",
  LE: "Lebanon",
  LG: "Latvia",
  LH: "Lithuania",
  LI: "Liberia",
  LO: "Slovakia",
  LS: "Liechtenstein",
  LT: "Lesotho",
  LU: "Luxembourg",
  LY: "Libya",
  MA: "Madagascar",
  MB: "Martinique",
  MC: "Macau",
  MD: "Moldova",
  MG: "Mongolia",
  MH: "Montserrat",
  MI: "Malawi",
  MJ: "Montenegro",
  MK: "Macedonia",
  ML: "Mali",
  MN: "Monaco",
  MO: "Morocco",
  MP: "Mauritius",
  MR: "Mauritania",
  MT: "Malta",
  MU: "Oman",
  MV: "Maldives",
  MX: "Mexico",
  MY: "Malaysia",
  MZ: "Mozambique",
  NC: "New Caledonia",
  NE: "Niue",
  NG: "Niger",
  NH: "Vanuatu",
  NI: "Nigeria",
  NL: "Netherlands",
  NO: "Norway",
  NP: "Nepal",
  NR: "Nauru",
  NS: "Suriname",
  NT: "Netherlands Antilles",
  NU: "Nicaragua",
  NZ: "New Zealand",
  PA: "Paraguay",
  PE: "Peru",
  PK: "Pakistan",
  PL: "Poland",
  PM: "Panama",
  PO: "Portugal",
  PP: "Papua New Guinea",
  PS: "Palau",
  PU: "Guinea-Bissau",
  QA: "Qatar",
  RI: "Serbia",
  RM: "Marshall Islands",
  RO: "Romania",
  RP: "Philippines",
  RQ: "Puerto Rico",
  RS: "Russia",
  // Not FIPS, but written for Russia by many posts alongside RS.
  RU: "Russia",
  RW: "Rwanda",
  SA: "Saudi Arabia",
  SC: "Saint Kitts and Nevis",
  SE: "Seychelles",
  SF: "South Africa",
  SG: "Senegal",
  SH: "Saint Helena",
  SI: "Slovenia",
  SL: "Sierra Leone",
  SM: "San Marino",
  SN: "Singapore",
  SO: "Somalia",
  SP: "Spain",
  // State Department code for Serbia after 2006 (FIPS later used RI).
  SR: "Serbia",
  ST: "Saint Lucia",
  SU: "Sudan",
  SW: "Sweden",
  SY: "Syria",
  SZ: "Switzerland",
  // State Department code for the United Arab Emirates (from "Trucial Coast"), used alongside AE.
  TC: "United Arab Emirates",
  TD: "Trinidad and Tobago",
  TH: "Thailand",
  TI: "Tajikistan",
  TK: "Turks and Caicos Islands",
  TN: "Tonga",
  TO: "Togo",
  TP: "Sao Tome and Principe",
  TS: "Tunisia",
  TT: "Timor-Leste",
  TU: "Turkey",
  TV: "Tuvalu",
  TW: "Taiwan",
  TX: "Turkmenistan",
  TZ: "Tanzania",
  UG: "Uganda",
  UK: "United Kingdom",
  UP: "Ukraine",
  UR: "Soviet Union",
  US: "United States",
  UV: "Burkina Faso",
  UY: "Uruguay",
  UZ: "Uzbekistan",
  VC: "Saint Vincent and the Grenadines",
  VE: "Venezuela",
  VI: "British Virgin Islands",
  VM: "Vietnam",
  VQ: "U.S. Virgin Islands",
  VT: "Holy See (Vatican)",
  WA: "Namibia",
  WE: "West Bank",
  WI: "Western Sahara",
  WS: "Samoa",
  WZ: "Swaziland",
  XA: "Africa (regional)",
  XF: "Middle East (regional)",
  YI: "Serbia and Montenegro (former Yugoslavia)",
  YM: "Yemen",
  ZA: "Zambia",
  ZI: "Zimbabwe",
};

/** Country names written out in place of a code (`TAGS: ITALY`), keyed by upper-case name. */
const GEOGRAPHIC_NAMES: ReadonlyMap<string, string> = new Map(
  Object.values(GEOGRAPHIC_TAGS)
    .filter((name) => !name.includes("("))
    .map((name) => [name.toUpperCase(), name]),
);

/** Every table's description of an upper-case code, with the kind it implies. */
const TABLES: readonly (readonly [TagKind, Readonly<Record<string, string>>])[] = [
  ["organisation", ORGANISATION_TAGS],
  ["country", GEOGRAPHIC_TAGS],
  ["subject", SUBJECT_TAGS],
  ["program", PROGRAM_TAGS],
];

/** One name part of a person tag: letters with inner apostrophes, dots, hyphens and spaces (`AL-MALIKI`, `O'NEILL`, `JOHN Q.`). */
const NAME_PART = /^\p{L}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){0,3}$/u;
/** A personal name in ordinary case (`Hillary Clinton`); TAGS proper are upper-case, so this cannot be a code. */
const MIXED_CASE_NAME = /^\p{Lu}[\p{Ll}'.-]+(?: \p{Lu}[\p{Ll}'.-]+){1,3}$/u;

function lookUp(upper: string): TagDescription | null {
  for (const [kind, table] of TABLES) {
    const description = table[upper];
    if (description !== undefined) return { code: upper, kind, description };
  }
  return null;
}

function isKnownCode(text: string): boolean {
  const upper = text.toUpperCase();
  return lookUp(upper) !== null || GEOGRAPHIC_NAMES.has(upper);
}

/** Latin-script names have vowels; acronyms run together with a comma (`MDC, ZANU-PF`, `CACM, CDB`) often do not. */
function looksLikeName(part: string): boolean {
  return NAME_PART.test(part) && (/[^\p{ASCII}]/u.test(part) || /[AEIOUY]/i.test(part)) && !isKnownCode(part);
}

/** `CLINTON,  HILLARY` → `CLINTON, HILLARY`; null when a side is not a name or is itself a code (`PTER, EUN` is two tags run together). */
function toPersonTag(text: string): string | null {
  const comma = text.indexOf(",");
  if (comma < 0) return null;
  const surname = text.slice(0, comma).trim();
  const givenName = text.slice(comma + 1).trim();
  if (!looksLikeName(surname) || !looksLikeName(givenName)) return null;
  if (surname.toUpperCase() === givenName.toUpperCase()) return null;
  return `${surname}, ${givenName}`;
}

/** The shape of a code whose meaning is not in the tables, following the TAGS conventions. */
function kindFromShape(upper: string): TagKind {
  if (/^[A-Z]{2}$/.test(upper)) return "country";
  if (/^K[A-Z]{3}$/.test(upper)) return "program";
  if (/^[ABCEMOPST][A-Z]{3}$/.test(upper)) return "subject";
  return "unknown";
}

/** Trims, collapses inner spaces and drops separators left over from the TAGS line. */
function normaliseTagCode(code: string): string {
  return code
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, "");
}

/** Classifies one tag and gives its meaning when it is known; never throws. */
export function describeTag(code: string): TagDescription {
  if (typeof code !== "string") return { code: "", kind: "unknown", description: null };
  const text = normaliseTagCode(code);
  if (text.length === 0 || text.length > MAX_TAG_LENGTH) return { code: text.toUpperCase(), kind: "unknown", description: null };
  if (text.includes(",")) {
    const person = toPersonTag(text);
    return person === null ? { code: text.toUpperCase(), kind: "unknown", description: null } : { code: person, kind: "person", description: null };
  }
  const upper = text.toUpperCase();
  const known = lookUp(upper);
  if (known) return known;
  const countryName = GEOGRAPHIC_NAMES.get(upper);
  if (countryName !== undefined) return { code: upper, kind: "country", description: countryName };
  if (MIXED_CASE_NAME.test(text)) return { code: text, kind: "person", description: null };
  return { code: upper, kind: kindFromShape(upper), description: null };
}
