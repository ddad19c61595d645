/**
 * Post-name spellings learned from the development corpus (FM lines and banners against the
 * dump's origin column). The rules in post-names.ts cover every post not listed here.
 */

/** FM-line offices whose dump name does not follow the AMEMBASSY/AMCONSUL pattern. */
export const FM_OFFICE_NAMES: Readonly<Record<string, string>> = {
  "SECSTATE WASHDC": "Secretary of State",
  "SECSTATE WASHINGTON DC": "Secretary of State",
  "AIT TAIPEI": "American Institute Taiwan, Taipei",
  "IRAN RPO DUBAI": "Iran RPO Dubai",
  "RPO DUBAI": "Iran RPO Dubai",
  "USDEL SECRETARY": "US Delegation, Secretary",
  "USEU BRUSSELS": "USEU Brussels",
  "USINT HAVANA": "US Interests Section Havana",
  "USLO TRIPOLI": "Embassy Tripoli",
  "USMISSION GENEVA": "US Mission Geneva",
  "USMISSION UNVIE VIENNA": "UNVIE",
  "USMISSION USNATO": "Mission USNATO",
  "USMISSION USUN NEW YORK": "USUN New York",
  "USMISSION USOSCE": "Mission USOSCE",
  "USMISSION UNESCO PARIS": "Mission UNESCO",
  "USMISSION UN ROME": "Mission UN Rome",
  "USOFFICE PRISTINA": "US Office Pristina",
  "USOFFICE FSC BERLIN": "US Office FSC Berlin",
};

/** Banner post names (`SECTION 01 OF 02 SAO PAULO 000551`) whose office is not an embassy. */
export const BANNER_POST_NAMES: Readonly<Record<string, string>> = {
  STATE: "Secretary of State",
  SECSTATE: "Secretary of State",
  USNATO: "Mission USNATO",
  "USUN NEW YORK": "USUN New York",
  "UNVIE VIENNA": "UNVIE",
  UNVIE: "UNVIE",
  USOSCE: "Mission USOSCE",
  "USEU BRUSSELS": "USEU Brussels",
  BRUSSELS: "USEU Brussels",
  GENEVA: "US Mission Geneva",
  HAVANA: "US Interests Section Havana",
  TAIPEI: "American Institute Taiwan, Taipei",
  "AIT TAIPEI": "American Institute Taiwan, Taipei",
  "IRAN RPO DUBAI": "Iran RPO Dubai",
  "RPO DUBAI": "Iran RPO Dubai",
  PARTO: "US Delegation, Secretary",
  SECTO: "US Delegation, Secretary",
  BASRAH: "REO Basrah",
  PRISTINA: "Embassy Pristina",
};

/** Banner posts shared by two offices (USEU and the bilateral embassy in Brussels): the guess is flagged. */
export const AMBIGUOUS_BANNER_POSTS: ReadonlySet<string> = new Set(["BRUSSELS"]);

/** Cities with a consulate general (learned from the corpus, completed from the post list of the release years). */
export const CONSULATE_CITIES: ReadonlySet<string> = new Set([
  "ADANA", "ALEXANDRIA", "AMSTERDAM", "AUCKLAND", "BARCELONA", "BELFAST", "CALCUTTA", "CAPE TOWN",
  "CASABLANCA", "CHENGDU", "CHENNAI", "CHIANG MAI", "CIUDAD JUAREZ", "CURACAO", "DHAHRAN", "DUBAI",
  "DURBAN", "DUSSELDORF", "EDINBURGH", "FLORENCE", "FRANKFURT", "GUADALAJARA", "GUANGZHOU",
  "GUAYAQUIL", "HALIFAX", "HAMBURG", "HERMOSILLO", "HO CHI MINH CITY", "HONG KONG", "ISTANBUL",
  "JEDDAH", "JERUSALEM", "JOHANNESBURG", "KARACHI", "KOLKATA", "KRAKOW", "LAGOS", "LAHORE",
  "LEIPZIG", "MARSEILLE", "MATAMOROS", "MAZATLAN", "MELBOURNE", "MERIDA", "MILAN", "MONTERREY",
  "MONTREAL", "MUMBAI", "MUNICH", "NAHA", "NAPLES", "NOGALES", "NUEVO LAREDO", "OSAKA KOBE",
  "PERTH", "PESHAWAR", "PONTA DELGADA", "QUEBEC", "RECIFE", "RIO DE JANEIRO", "SAO PAULO",
  "SAPPORO", "SHANGHAI", "SHENYANG", "STRASBOURG", "SYDNEY", "TIJUANA", "TORONTO", "VANCOUVER",
  "VLADIVOSTOK", "YEKATERINBURG", "FUKUOKA", "NAGOYA", "CALGARY", "WINNIPEG", "ERBIL", "KIRKUK",
  "HYDERABAD", "MAZAR-E-SHARIF", "HERAT", "BASRA",
]);

/** Cities whose embassy sent cables of the development corpus: naming them from a banner is not a guess. */
export const EMBASSY_CITIES: ReadonlySet<string> = new Set([
  "ABIDJAN", "ABU DHABI", "ABUJA", "ACCRA", "ADDIS ABABA", "ALGIERS", "AMMAN", "ANKARA", "ASHGABAT",
  "ASMARA", "ASTANA", "ASUNCION", "ATHENS", "BAGHDAD", "BAKU", "BAMAKO", "BANDAR SERI BEGAWAN", "BANGKOK",
  "BEIJING", "BEIRUT", "BELGRADE", "BERLIN", "BERN", "BISHKEK", "BOGOTA", "BRASILIA", "BRATISLAVA",
  "BRIDGETOWN", "BRUSSELS", "BUCHAREST", "BUDAPEST", "BUENOS AIRES", "BUJUMBURA", "CAIRO", "CANBERRA",
  "CARACAS", "CHISINAU", "COLOMBO", "CONAKRY", "COPENHAGEN", "DAKAR", "DAMASCUS", "DAR ES SALAAM", "DHAKA",
  "DJIBOUTI", "DOHA", "DUBLIN", "DUSHANBE", "FREETOWN", "GABORONE", "GUATEMALA", "HANOI", "HARARE",
  "HELSINKI", "ISLAMABAD", "JAKARTA", "KABUL", "KAMPALA", "KATHMANDU", "KHARTOUM", "KIGALI", "KINSHASA",
  "KUALA LUMPUR", "KUWAIT", "KYIV", "LA PAZ", "LIBREVILLE", "LILONGWE", "LIMA", "LISBON", "LONDON", "LUANDA",
  "LUXEMBOURG", "MADRID", "MALABO", "MANAGUA", "MANAMA", "MAPUTO", "MBABANE", "MEXICO", "MINSK", "MONROVIA",
  "MONTEVIDEO", "MOSCOW", "MUSCAT", "NAIROBI", "NASSAU", "NEW DELHI", "OSLO", "OTTAWA", "OUAGADOUGOU",
  "PANAMA", "PARAMARIBO", "PARIS", "PHNOM PENH", "PORT AU PRINCE", "PORT OF SPAIN", "PRAGUE", "PRETORIA",
  "PRISTINA", "QUITO", "RABAT", "RANGOON", "REYKJAVIK", "RIGA", "RIYADH", "ROME", "SAN JOSE", "SAN SALVADOR",
  "SANAA", "SANTIAGO", "SANTO DOMINGO", "SARAJEVO", "SEOUL", "SINGAPORE", "SKOPJE", "SOFIA", "STOCKHOLM",
  "TALLINN", "TASHKENT", "TBILISI", "TEGUCIGALPA", "TEHRAN", "TEL AVIV", "THE HAGUE", "TOKYO", "TRIPOLI",
  "TUNIS", "ULAANBAATAR", "VATICAN", "VIENNA", "VILNIUS", "WARSAW", "WELLINGTON", "WINDHOEK", "YAOUNDE",
  "YEREVAN", "ZAGREB"
]);

/** Posts renamed before the dump was made; the dump uses the new name. */
export const CITY_RENAMES: Readonly<Record<string, string>> = {
  CALCUTTA: "KOLKATA",
  BOMBAY: "MUMBAI",
  MADRAS: "CHENNAI",
};

/** Banner prefixes that are transmission caveats, not part of the post name. */
export const BANNER_POST_NOISE = /^(?:E\s?F\s?T\s?O|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|SENSITIVE)\s+/;
