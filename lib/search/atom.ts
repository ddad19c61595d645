import { formatDateBound, toSearchParams, type SearchQuery } from "./query";

/** A pure Atom 1.0 (RFC 4287) writer for search feeds. Every text goes through `xmlText`. */

export const FEED_SIZE = 50;

export type AtomEntry = {
  /** Absolute URL of the cable: its permalink is its identity. */
  url: string;
  title: string;
  updated: Date;
  summary: string;
  author: string | null;
};

export type AtomFeed = {
  /** Absolute URL of the feed itself: its id and its rel="self" link. */
  selfUrl: string;
  /** Absolute URL of the same search as a web page. */
  alternateUrl: string;
  title: string;
  updated: Date;
  author: string;
  entries: AtomEntry[];
};

// XML 1.0 allows only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes: a single
// control character anywhere makes the whole feed unparseable, so cable text (which carries stray
// form feeds and NULs from old teletype dumps) is cleaned rather than trusted. Lone surrogates are
// removed too: they cannot be encoded as UTF-8.
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe in XML element content and attribute values alike. */
export function xmlText(value: string): string {
  return value.replace(ILLEGAL_XML, "").replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** RFC 3339 in UTC, as Atom requires, without the milliseconds no cable date has. */
export function atomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function entryXml(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${xmlText(entry.url)}</id>`,
    `    <title type="text">${xmlText(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
    `    <updated>${atomDate(entry.updated)}</updated>`,
    ...(entry.author ? [`    <author><name>${xmlText(entry.author)}</name></author>`] : []),
    `    <summary type="text">${xmlText(entry.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.selfUrl)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>`,
    `  <updated>${atomDate(feed.updated)}</updated>`,
    // Atom requires an author for the feed or for every entry; entries name their post when known.
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

/**
 * A feed lists the newest cables whatever the page's sort, so the sort and page are dropped:
 * every ordering of one search shares one feed URL (and one feed id).
 */
export function feedHref(query: SearchQuery): string {
  const params = toSearchParams({ ...query, sort: "relevance", page: 1 }).toString();
  return params ? `/search/feed?${params}` : "/search/feed";
}

/** A human title for a search: its words and filters, e.g. `Cables: tag PHUM, origin Embassy Rome`. */
export function feedTitle(query: SearchQuery): string {
  const parts: string[] = [];
  if (query.q) parts.push(`“${query.q}”`);
  for (const [param, values] of Object.entries(query.filters)) if (values.length > 0) parts.push(`${param} ${values.join(" or ")}`);
  if (query.from) parts.push(`from ${formatDateBound(query.from)}`);
  if (query.to) parts.push(`to ${formatDateBound(query.to)}`);
  return parts.length > 0 ? `Cables: ${parts.join(", ")}` : "Newest cables";
}
