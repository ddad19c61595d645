/**
 * The posts cables come from, in the dump's naming (`Embassy Rome`, `Consulate Monterrey`,
 * `Mission USNATO`, `Secretary of State`). The kind comes from the form of the name, so a post
 * missing from the tables still gets one; the country is the country the post sits in.
 */

export type PostKind = "embassy" | "consulate" | "mission" | "department" | "other";

export type PostDescription = { name: string; kind: PostKind; city: string | null; country: string | null };

const MAX_POST_NAME_LENGTH = 120;
const WASHINGTON = { city: "Washington", country: "United States" } as const;

/** Cities of US embassies, branch offices and consulates (1966–2010), keyed by `cityKey`. */
const CITY_COUNTRIES: Readonly<Record<string, string>> = {
  "abidjan": "Cote d'Ivoire",
  "abu dhabi": "United Arab Emirates",
  "abuja": "Nigeria",
  "accra": "Ghana",
  "adana": "Turkey",
  "addis ababa": "Ethiopia",
  "algiers": "Algeria",
  "almaty": "Kazakhstan",
  "amman": "Jordan",
  "amsterdam": "Netherlands",
  "ankara": "Turkey",
  "antananarivo": "Madagascar",
  "apia": "Samoa",
  "ashgabat": "Turkmenistan",
  "asmara": "Eritrea",
  "astana": "Kazakhstan",
  "asuncion": "Paraguay",
  "athens": "Greece",
  "auckland": "New Zealand",
  "baghdad": "Iraq",
  "baku": "Azerbaijan",
  "bamako": "Mali",
  "bandar seri begawan": "Brunei",
  "bangkok": "Thailand",
  "bangui": "Central African Republic",
  "banjul": "Gambia",
  "barcelona": "Spain",
  "basrah": "Iraq",
  "beijing": "China",
  "beirut": "Lebanon",
  "belfast": "United Kingdom",
  "belgrade": "Serbia",
  "belize": "Belize",
  "belmopan": "Belize",
  "berlin": "Germany",
  "bern": "Switzerland",
  "bishkek": "Kyrgyzstan",
  "bissau": "Guinea-Bissau",
  "bogota": "Colombia",
  "bombay": "India",
  "bonn": "Germany",
  "brasilia": "Brazil",
  "bratislava": "Slovakia",
  "brazzaville": "Republic of the Congo",
  "bridgetown": "Barbados",
  "brussels": "Belgium",
  "bucharest": "Romania",
  "budapest": "Hungary",
  "buenos aires": "Argentina",
  "bujumbura": "Burundi",
  "busan": "South Korea",
  "cairo": "Egypt",
  "calcutta": "India",
  "calgary": "Canada",
  "canberra": "Australia",
  "cape town": "South Africa",
  "caracas": "Venezuela",
  "casablanca": "Morocco",
  "chengdu": "China",
  "chennai": "India",
  "chiang mai": "Thailand",
  "chisinau": "Moldova",
  "ciudad juarez": "Mexico",
  "colombo": "Sri Lanka",
  "conakry": "Guinea",
  "copenhagen": "Denmark",
  "cotonou": "Benin",
  // Curacao was part of the Netherlands Antilles, within the Kingdom of the Netherlands.
  "curacao": "Netherlands",
  "dakar": "Senegal",
  "damascus": "Syria",
  "dar es salaam": "Tanzania",
  "dhahran": "Saudi Arabia",
  "dhaka": "Bangladesh",
  "dili": "Timor-Leste",
  "djibouti": "Djibouti",
  "doha": "Qatar",
  "dubai": "United Arab Emirates",
  "dublin": "Ireland",
  "durban": "South Africa",
  "dushanbe": "Tajikistan",
  "dusseldorf": "Germany",
  "edinburgh": "United Kingdom",
  "florence": "Italy",
  "frankfurt": "Germany",
  "freetown": "Sierra Leone",
  "fukuoka": "Japan",
  "gaborone": "Botswana",
  "georgetown": "Guyana",
  "guadalajara": "Mexico",
  "guangzhou": "China",
  "guatemala": "Guatemala",
  "guayaquil": "Ecuador",
  "halifax": "Canada",
  "hamburg": "Germany",
  "hanoi": "Vietnam",
  "harare": "Zimbabwe",
  "havana": "Cuba",
  "helsinki": "Finland",
  "hermosillo": "Mexico",
  "hillah": "Iraq",
  "ho chi minh city": "Vietnam",
  // A special administrative region of China since 1997; the consulate general also covers Macau.
  "hong kong": "China",
  "hyderabad": "India",
  "islamabad": "Pakistan",
  "istanbul": "Turkey",
  "jakarta": "Indonesia",
  "jeddah": "Saudi Arabia",
  // Jerusalem is left out on purpose: its consulate general answers to no embassy and its district spans Jerusalem, the West Bank and Gaza.
  "johannesburg": "South Africa",
  "juba": "Sudan",
  "kabul": "Afghanistan",
  "kaduna": "Nigeria",
  "kampala": "Uganda",
  "karachi": "Pakistan",
  "kathmandu": "Nepal",
  "khartoum": "Sudan",
  "kiev": "Ukraine",
  "kigali": "Rwanda",
  "kingston": "Jamaica",
  "kinshasa": "Democratic Republic of the Congo",
  "kirkuk": "Iraq",
  "kolkata": "India",
  "kolonia": "Micronesia",
  "koror": "Palau",
  "krakow": "Poland",
  "kuala lumpur": "Malaysia",
  "kuwait": "Kuwait",
  "kyiv": "Ukraine",
  "la paz": "Bolivia",
  "lagos": "Nigeria",
  "lahore": "Pakistan",
  "leipzig": "Germany",
  "libreville": "Gabon",
  "lilongwe": "Malawi",
  "lima": "Peru",
  "lisbon": "Portugal",
  "ljubljana": "Slovenia",
  "lome": "Togo",
  "london": "United Kingdom",
  "luanda": "Angola",
  "lusaka": "Zambia",
  "luxembourg": "Luxembourg",
  "madras": "India",
  "madrid": "Spain",
  "majuro": "Marshall Islands",
  "malabo": "Equatorial Guinea",
  "managua": "Nicaragua",
  "manama": "Bahrain",
  "manila": "Philippines",
  "maputo": "Mozambique",
  "marseille": "France",
  "maseru": "Lesotho",
  "matamoros": "Mexico",
  "mbabane": "Swaziland",
  "melbourne": "Australia",
  "merida": "Mexico",
  "mexico": "Mexico",
  "milan": "Italy",
  "minsk": "Belarus",
  "monrovia": "Liberia",
  "monterrey": "Mexico",
  "montevideo": "Uruguay",
  "montreal": "Canada",
  "moscow": "Russia",
  "mosul": "Iraq",
  "mumbai": "India",
  "munich": "Germany",
  "muscat": "Oman",
  "naha": "Japan",
  "nairobi": "Kenya",
  "naples": "Italy",
  "nassau": "Bahamas",
  "n djamena": "Chad",
  "ndjamena": "Chad",
  "new delhi": "India",
  "niamey": "Niger",
  "nicosia": "Cyprus",
  "nogales": "Mexico",
  "nouakchott": "Mauritania",
  "nuevo laredo": "Mexico",
  "osaka": "Japan",
  "osaka kobe": "Japan",
  "oslo": "Norway",
  "ottawa": "Canada",
  "ouagadougou": "Burkina Faso",
  "panama": "Panama",
  "paramaribo": "Suriname",
  "paris": "France",
  "perth": "Australia",
  "peshawar": "Pakistan",
  "phnom penh": "Cambodia",
  "podgorica": "Montenegro",
  "ponta delgada": "Portugal",
  "port au prince": "Haiti",
  "port louis": "Mauritius",
  "port moresby": "Papua New Guinea",
  "port of spain": "Trinidad and Tobago",
  "prague": "Czech Republic",
  "praia": "Cape Verde",
  "pretoria": "South Africa",
  "pristina": "Kosovo",
  "quebec": "Canada",
  "quito": "Ecuador",
  "rabat": "Morocco",
  "rangoon": "Burma",
  "recife": "Brazil",
  "reykjavik": "Iceland",
  "riga": "Latvia",
  "rio de janeiro": "Brazil",
  "riyadh": "Saudi Arabia",
  "rome": "Italy",
  "saint petersburg": "Russia",
  "san jose": "Costa Rica",
  "san salvador": "El Salvador",
  "sanaa": "Yemen",
  "santiago": "Chile",
  "santo domingo": "Dominican Republic",
  "sao paulo": "Brazil",
  "sapporo": "Japan",
  "sarajevo": "Bosnia and Herzegovina",
  "seoul": "South Korea",
  "shanghai": "China",
  "shenyang": "China",
  "singapore": "Singapore",
  "skopje": "Macedonia",
  "sofia": "Bulgaria",
  "st petersburg": "Russia",
  "stockholm": "Sweden",
  "strasbourg": "France",
  "surabaya": "Indonesia",
  "suva": "Fiji",
  "sydney": "Australia",
  "taipei": "Taiwan",
  "tallinn": "Estonia",
  "tashkent": "Uzbekistan",
  "tbilisi": "Georgia",
  "tegucigalpa": "Honduras",
  "tehran": "Iran",
  "tel aviv": "Israel",
  "the hague": "Netherlands",
  "tijuana": "Mexico",
  "tirana": "Albania",
  "tokyo": "Japan",
  "toronto": "Canada",
  "tripoli": "Libya",
  "tunis": "Tunisia",
  "ulaanbaatar": "Mongolia",
  "valletta": "Malta",
  "vancouver": "Canada",
  "vatican": "Holy See",
  "vienna": "Austria",
  "vientiane": "Laos",
  "vilnius": "Lithuania",
  "vladivostok": "Russia",
  "warsaw": "Poland",
  "wellington": "New Zealand",
  "windhoek": "Namibia",
  "wuhan": "China",
  "yaounde": "Cameroon",
  "yekaterinburg": "Russia",
  "yerevan": "Armenia",
  "zagreb": "Croatia",
};

/** Posts named after their country rather than their city. */
const CITY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  "guatemala": "Guatemala City",
  "kuwait": "Kuwait City",
  "mexico": "Mexico City",
  "panama": "Panama City",
  "vatican": "Vatican City",
};

/** Multilateral missions and the city each sits in (keyed by `cityKey` of the name after `Mission`). */
const MISSION_CITIES: Readonly<Record<string, string>> = {
  "geneva": "Geneva",
  "un rome": "Rome",
  "unesco": "Paris",
  "unvie": "Vienna",
  "usnato": "Brussels",
  "usosce": "Vienna",
  "usun new york": "New York",
  "useu brussels": "Brussels",
};

/** Washington offices that are not named `Secretary of …` or `Department of …`. */
const WASHINGTON_OFFICES: ReadonlySet<string> = new Set([
  "central intelligence agency",
  "defense intelligence agency",
  "joint chiefs of staff",
  "national security council",
  "white house",
]);

/** `Port-au-Prince`, `PORT AU PRINCE` and `Port Au Prince` share one key. */
function cityKey(city: string): string {
  return city
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-'.’]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function countryOf(city: string): string | null {
  return CITY_COUNTRIES[cityKey(city)] ?? null;
}

function cityDisplayName(city: string): string {
  return CITY_DISPLAY_NAMES[cityKey(city)] ?? city;
}

function bilateral(name: string, kind: PostKind, city: string): PostDescription {
  return { name, kind, city: cityDisplayName(city), country: countryOf(city) };
}

/**
 * Multilateral missions are accredited to an organisation (NATO, the EU, the UN, the OSCE), not
 * to the host country, so they get no country even where the city is known.
 */
function multilateral(name: string, place: string): PostDescription {
  return { name, kind: "mission", city: MISSION_CITIES[cityKey(place)] ?? null, country: null };
}

type PostRule = { pattern: RegExp; describe: (name: string, place: string) => PostDescription };

/** Forms of post names, first match wins; `place` is the first capture group. */
const POST_RULES: readonly PostRule[] = [
  { pattern: /^(?:US |American |Am)?Embassy (.+)$/i, describe: (name, place) => bilateral(name, "embassy", place) },
  { pattern: /^(?:US |American |Am)?Consulate(?: General)? (.+)$/i, describe: (name, place) => bilateral(name, "consulate", place) },
  { pattern: /^Amconsul (.+)$/i, describe: (name, place) => bilateral(name, "consulate", place) },
  // Where the US has no diplomatic relations these offices do an embassy's work (Cuba, Taiwan).
  { pattern: /^US Interests Section (.+)$/i, describe: (name, place) => bilateral(name, "embassy", place) },
  { pattern: /^American Institute (?:in )?Taiwan,? (.+)$/i, describe: (name, place) => bilateral(name, cityKey(place) === "taipei" ? "embassy" : "consulate", place) },
  { pattern: /^(?:US )?Mission (?:to (?:the )?)?(.+)$/i, describe: multilateral },
  { pattern: /^(USUN New York|USEU Brussels|UNVIE|USNATO|USOSCE)$/i, describe: multilateral },
  { pattern: /^(?:Secretary|Department|Dept\.?) of (.+)$/i, describe: (name) => ({ name, kind: "department", ...WASHINGTON }) },
  // Regional embassy and presence offices, branch offices and travelling delegations are none of the above.
  { pattern: /^(?:REO|Iran RPO|RPO|US Office(?: FSC)?) (.+)$/i, describe: (name, place) => bilateral(name, "other", place) },
];

/** Classifies a post by the form of its name, with its city and country when known; never throws. */
export function describePost(name: string): PostDescription {
  if (typeof name !== "string") return { name: "", kind: "other", city: null, country: null };
  const normalised = name.replace(/\s+/g, " ").trim();
  if (normalised.length === 0 || normalised.length > MAX_POST_NAME_LENGTH) return { name: normalised, kind: "other", city: null, country: null };
  if (WASHINGTON_OFFICES.has(normalised.toLowerCase())) return { name: normalised, kind: "department", ...WASHINGTON };
  for (const { pattern, describe } of POST_RULES) {
    const place = pattern.exec(normalised)?.[1];
    if (place !== undefined) return describe(normalised, place.trim());
  }
  return { name: normalised, kind: "other", city: null, country: null };
}
