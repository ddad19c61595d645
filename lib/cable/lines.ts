/** Line-level cleaning: undoing transport artefacts and recognising page furniture. */

const MARKDOWN_TAG_LINK = /\[([^\]\n]{1,60})\]\(#?\)/g;
const TRAILING_DUMP_ESCAPE = /\s\\$/;

export function splitLines(text: string): string[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom).split("\n");
}

/** Removes what transport added to a line (markdown tag links, dump line-continuation backslashes). */
export function cleanLine(line: string): string {
  let cleaned = line;
  if (cleaned.includes("](")) cleaned = cleaned.replace(MARKDOWN_TAG_LINK, "$1");
  if (cleaned.endsWith("\\")) cleaned = cleaned.replace(TRAILING_DUMP_ESCAPE, "");
  if (cleaned === "\\") return "";
  return cleaned.trimEnd();
}

export function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

const PAGE_HEADER = /^\s*PAGE\s+\d{1,3}\s+[A-Z][A-Z .]{1,30}\s+\d{3,8}\b.*$/;
const PAGE_BREAK = /^\s*[A-Z][A-Z .'-]{1,40}?\s+\d{5,8}\s+\d{3}(?:\.\d{1,2})?\s+OF\s+\d{3}\s*$/;
const END_OF_MESSAGE = /^\s*(?:NNNN|BT|#\d{4})\s*$/;
const BARE_BANNER =
  /^\s*(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|LIMITED OFFICIAL USE|S E C R E T|C O N F I D E N T I A L|U N C L A S S I F I E D)(?:\s*\/\/\s*[A-Z ]+)?\s*$/;

/** Page-break lines (`ROME 00000535 002.2 OF 002`), telegram page headers (`PAGE 02 ROME 01196 01 OF 02 082030Z`) and end markers. */
export function isPageFurniture(line: string): boolean {
  if (line.length > 120) return false;
  return PAGE_HEADER.test(line) || PAGE_BREAK.test(line) || END_OF_MESSAGE.test(line);
}

/** A line holding nothing but a classification word, as repeated at the top and bottom of telegram pages. */
export function isBareBanner(line: string): boolean {
  return line.length < 60 && BARE_BANNER.test(line);
}

const FURNITURE_INITIALS = /^\s*[A-Z#]/;

/** Cheap pre-check: every kind of furniture starts with a capital letter or `#`. */
export function mayBeFurniture(line: string): boolean {
  return line.length <= 120 && FURNITURE_INITIALS.test(line);
}

export function isTelegramPageHeader(line: string): boolean {
  return line.length <= 120 && PAGE_HEADER.test(line);
}

const TRAILING_PAGE_BANNER = /\s{2,}(?:CONFIDENTIAL|SECRET|UNCLASSIFIED|LIMITED OFFICIAL USE)\s*$/;

/** Old telegrams print the page's classification at the end of the last line before a page header. */
export function stripTrailingPageBanner(line: string): string {
  return line.replace(TRAILING_PAGE_BANNER, "");
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const EMBEDDED_PAGE_MARK = /\s\d{8}\s+\d{3}\.\d\s+OF\s+\d{3}\b/g;

/**
 * Removes page-break marks run into a text line (`…RELATIONS  TRIPOLI 00000592  001.2 OF 003`), with
 * the post name before them (the banner's post when known, else one word).
 */
export function stripEmbeddedPageMarks(line: string, post: string | null): string {
  if (!line.includes(" OF ") || !/\d{8}/.test(line)) return line;
  let result = "";
  let from = 0;
  for (const match of line.matchAll(EMBEDDED_PAGE_MARK)) {
    const before = line.slice(from, match.index);
    const postStart = post && before.toUpperCase().endsWith(post) ? before.length - post.length : before.search(/\S+\s*$/);
    result += before.slice(0, Math.max(0, postStart)).trimEnd();
    from = match.index + match[0].length;
    result += " ";
  }
  return (result + line.slice(from)).trim().length === 0 ? "" : result + line.slice(from).replace(/^\s+/, "");
}
