/** Where the parts of a cable sit: the body banner, the end of the routing header, page furniture. */
import { isBannerWithoutPost, readBodyBanner, readPageBreakPost, readPostLine } from "./banner";
import type { BodyBanner } from "./banner";
import { isCaveatLine } from "./classification";
import {
  isBareBanner,
  isBlank,
  isPageFurniture,
  isTelegramPageHeader,
  mayBeFurniture,
  stripEmbeddedPageMarks,
  stripTrailingPageBanner,
} from "./lines";
import { refIdPost } from "./post-names";
import { isRoutingLine } from "./routing";

/** When the banner's post and serial sit on the next line, they are read from there (the line stays in the body). */
export function readBannerWithPostLine(lines: string[], bannerIndex: number): BodyBanner | null {
  const banner = readBodyBanner(lines[bannerIndex]!);
  if (!banner || !isBannerWithoutPost(banner)) return banner;
  for (let i = bannerIndex + 1; i < Math.min(lines.length, bannerIndex + 4); i++) {
    if (isBlank(lines[i]!)) continue;
    const postLine = readPostLine(lines[i]!);
    if (!postLine) return banner;
    return { ...banner, post: postLine.post, refIdPost: refIdPost(postLine.post), serial: postLine.serial };
  }
  return banner;
}

const ROUTING_WINDOW = 300;

/** The last DTG or FM line at the top: the body banner comes after it (some headers repeat a banner above). */
function lastRoutingLine(lines: readonly string[]): number {
  let last = -1;
  for (let i = 0; i < Math.min(lines.length, ROUTING_WINDOW); i++) {
    if (/^\s*(?:[ZOPR](?:\s+[ZOPR])?\s+\d{6}Z\s+[A-Z]{3}\s+\d{2}|FM\s+[A-Z])/.test(lines[i]!)) last = i;
  }
  return last;
}

export function findBodyBanner(lines: readonly string[], preambleIndexes: readonly number[]): number | null {
  const afterRouting = lastRoutingLine(lines) + 1;
  return findBannerFrom(lines, preambleIndexes, afterRouting) ?? (afterRouting > 0 ? findBannerFrom(lines, preambleIndexes, 0) : null);
}

function findBannerFrom(lines: readonly string[], preambleIndexes: readonly number[], from: number): number | null {
  const skip = new Set(preambleIndexes);
  let bare: number | null = null;
  let hasRouting = false;
  for (let i = from; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (isRoutingLine(line)) hasRouting = true;
    const banner = readBodyBanner(line);
    if (banner?.post) return i;
    if (banner && bare === null && (hasRouting || i > 0) && !isRoutingLine(line)) bare = i;
    if (i > 400) break;
  }
  return bare;
}

/** Without a banner, the routing header is the run of routing lines and addressees at the top. */
export function findRoutingEnd(lines: readonly string[]): number {
  let end = 0;
  let isInAddressList = false;
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if (isInAddressList) return i;
      continue;
    }
    if (isRoutingLine(line)) {
      isInAddressList = /^\s*(?:TO|INFO)\s/.test(line);
      end = i + 1;
      continue;
    }
    if (isInAddressList) {
      end = i + 1;
      continue;
    }
    if (end > 0 || i > 0) return end;
  }
  return end;
}

const PAGE_MARK = /\d{8}\s+\d{3}\.\d\s+OF\s/;

export type Furniture = {
  content: string[];
  breaks: Set<number>;
  pageBreakPost: { post: string; serial: number } | null;
  pageDtg: string | null;
};

/** Blanks out page furniture and repeated banners, remembering where pages broke. */
export function removeFurniture(lines: readonly string[], from: number, bannerIndex: number | null, post: string | null): Furniture {
  const content = [...lines];
  const breaks = new Set<number>();
  let pageBreakPost: { post: string; serial: number } | null = null;
  let pageDtg: string | null = null;
  const hasPageMarks = content.some((line) => PAGE_MARK.test(line));
  for (let i = from; i < content.length; i++) {
    if (hasPageMarks && i !== bannerIndex) content[i] = keepTextBeforePageMark(content[i]!, post);
    const line = content[i]!;
    if (i === bannerIndex || !mayBeFurniture(line)) continue;
    const isRepeatedBanner = isBareBanner(line) || (i !== bannerIndex && isSectionBanner(line));
    if (!isRepeatedBanner && !isPageFurniture(line)) continue;
    if (isTelegramPageHeader(line)) {
      pageDtg ??= /\b(\d{6})Z\b/.exec(line)?.[1] ?? null;
      const previous = previousNonBlank(content, i);
      if (previous !== null) content[previous] = stripTrailingPageBanner(content[previous]!);
    }
    pageBreakPost ??= readPageBreakPost(line);
    content[i] = "";
    breaks.add(i);
  }
  return { content, breaks, pageBreakPost, pageDtg };
}

/**
 * A page-break line whose "post" is longer than the cable's post carries text before the mark
 * (`HANDICAPPING THE FIELD  TRIPOLI 00000166 001.2 OF 002`): the text stays, the mark goes.
 */
function keepTextBeforePageMark(line: string, post: string | null): string {
  if (!mayBeFurniture(line) || !isPageFurniture(line)) return stripEmbeddedPageMarks(line, post);
  const mark = readPageBreakPost(line);
  if (!post || !mark || mark.post === post || !mark.post.endsWith(` ${post}`)) return line;
  return mark.post.slice(0, -post.length).trimEnd();
}

/** A repeated `SECTION 02 OF 03` banner is furniture unless it carries more than caveats after the serial. */
function isSectionBanner(line: string): boolean {
  if (!/SECTION\s+\d/i.test(line)) return false;
  const banner = readBodyBanner(line);
  if (banner === null || banner.post === null || !/SECTION\s+\d/.test(banner.rest)) return false;
  return banner.trailing.length === 0 || isCaveatLine(banner.trailing);
}

function previousNonBlank(lines: readonly string[], from: number): number | null {
  for (let i = from - 1; i >= 0; i--) if (!isBlank(lines[i]!)) return i;
  return null;
}
