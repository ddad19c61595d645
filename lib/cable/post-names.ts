/** Post names as the dump writes them, derived by rule from FM lines and banners. */
import { AMBIGUOUS_BANNER_POSTS, BANNER_POST_NAMES, EMBASSY_CITIES, BANNER_POST_NOISE, CITY_RENAMES, CONSULATE_CITIES, FM_OFFICE_NAMES } from "./post-table";

const UPPERCASE_ACRONYMS = new Set(["US", "USUN", "USEU", "UN", "UNESCO", "NATO", "USNATO", "USOSCE", "RPO", "REO", "FSC", "AIT", "UNVIE"]);

/** `RIO DE JANEIRO` → `Rio De Janeiro` (the dump capitalises every word). */
export function titleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => (UPPERCASE_ACRONYMS.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(" ");
}

function cityName(city: string): string {
  return CITY_RENAMES[city] ?? city;
}

type OfficeRule = { prefix: string; name: (place: string) => string };

const OFFICE_RULES: readonly OfficeRule[] = [
  { prefix: "AMEMBASSY ", name: (place) => `Embassy ${titleCase(cityName(place))}` },
  { prefix: "AMCONSUL ", name: (place) => `Consulate ${titleCase(cityName(place))}` },
  { prefix: "USINT ", name: (place) => `US Interests Section ${titleCase(place)}` },
  { prefix: "USOFFICE ", name: (place) => `US Office ${titleCase(place)}` },
  { prefix: "USDEL ", name: (place) => `US Delegation, ${titleCase(place)}` },
  { prefix: "AIT ", name: (place) => `American Institute Taiwan, ${titleCase(place)}` },
  { prefix: "USMISSION ", name: (place) => `US Mission ${titleCase(place)}` },
  { prefix: "REO ", name: (place) => `REO ${titleCase(place)}` },
];

/** `AMEMBASSY TRIPOLI LY`: a two-letter country code after a post of two words or more (no city name ends in one). */
const TRAILING_COUNTRY_CODE = /(?<=^\S+\s\S+(?:\s\S+)*)\s[A-Z]{2}$/;

/** Normalises the text after `FM`: drops the routing indicator, `//…//` suffixes and precedence words. */
export function cleanFmText(text: string): string {
  return text
    .replace(/^[A-Z0-9]{4,8}\//, "")
    .replace(/\/\/.*$/, "")
    .replace(/\s+(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH|NIACT)\b.*$/, "")
    .replace(/\s+\d+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase()
    .replace(TRAILING_COUNTRY_CODE, "");
}

/** Known offices, also when the FM line adds a city or country (`USMISSION USNATO BRUSSELS BE`). */
function knownOffice(office: string): string | null {
  const words = office.split(" ");
  for (let length = words.length; length >= 2; length--) {
    const known = FM_OFFICE_NAMES[words.slice(0, length).join(" ")];
    if (known) return known;
  }
  return null;
}

/** `AMEMBASSY ROME` → `Embassy Rome`; `SECSTATE WASHDC` → `Secretary of State`. */
export function originFromFm(fmText: string): string | null {
  const office = cleanFmText(fmText);
  if (office.length === 0 || office.length > 60 || !/^[A-Z][A-Z0-9 .,'()/-]*$/.test(office)) return null;
  const known = knownOffice(office);
  if (known) return known;
  for (const rule of OFFICE_RULES) {
    if (office.startsWith(rule.prefix)) return rule.name(office.slice(rule.prefix.length));
  }
  return titleCase(office);
}

/** Strips transmission caveats that old banners put before the post (`E F T O LONDON`). */
export function cleanBannerPost(post: string): string {
  return post.replace(BANNER_POST_NOISE, "").replace(/\s+/g, " ").trim().toUpperCase();
}

export type BannerOrigin = { origin: string; isGuessed: boolean };

/** The post named by a banner or page-break line; an embassy unless the post is known to be something else. */
export function originFromBannerPost(post: string): BannerOrigin {
  const cleaned = cleanBannerPost(post);
  const known = BANNER_POST_NAMES[cleaned];
  if (known) return { origin: known, isGuessed: AMBIGUOUS_BANNER_POSTS.has(cleaned) };
  const city = cityName(cleaned);
  if (CONSULATE_CITIES.has(cleaned) || CONSULATE_CITIES.has(city)) {
    return { origin: `Consulate ${titleCase(city)}`, isGuessed: false };
  }
  return { origin: `Embassy ${titleCase(city)}`, isGuessed: !EMBASSY_CITIES.has(city) };
}

/** The post as it appears inside reference ids (`NEW DELHI` → `NEWDELHI`). */
export function refIdPost(post: string): string {
  return cleanBannerPost(post).replace(/[^A-Z]/g, "");
}
