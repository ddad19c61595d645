/** The body's classification banner and the post and serial number it names. */
import { isCaveatLine, readBanner } from "./classification";
import type { Banner } from "./classification";

const HEAD_AND_SERIAL = /^(?!\/\/)([A-Za-z0-9][A-Za-z0-9 .'/-]{0,60}?)\s+0*(\d{1,8})(?!\d)(?=\s|$|[A-Za-z(/])(.*)$/;
const SECTION_PART = /SECTION \d{1,3} OF \d{1,3}\s+/i;
const MISSPELLED_SECTION_PREFIX = /^[A-Z]{4,8}\s*\d{1,3}\s+[A-Z0-9]{2}\s+\d{1,3}\s*/i;
const LEADING_NOISE = /^(?:(?:E\s?F\s?T\s?O|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|\d{2})\s+)+/i;

export type BodyBanner = Banner & {
  /** The post for naming the origin (`SAO PAULO`). */
  post: string | null;
  /** The post as the dump builds reference ids from it: everything between level and serial, SECTION part removed. */
  refIdPost: string | null;
  serial: number | null;
  /** Text glued after the serial (`000020 NOFORN SIPDIS DEPT FOR EUR/CARC`). */
  trailing: string;
};

/** A banner naming the post and serial (`C O N F I D E N T I A L SECTION 01 OF 02 ROME 000535`), or a bare one. */
export function readBodyBanner(line: string): BodyBanner | null {
  const banner = readBanner(line);
  if (!banner) return null;
  // The dump's reference ids keep whatever precedes the post unless it is a well-formed SECTION part
  // (`08EFTOLONDON2883`, `09SECTION01OF03SANJOSE525`), so the id is built from the raw head.
  const section = SECTION_PART.exec(banner.rest);
  const rest = section ? banner.rest.slice(section.index + section[0].length) : banner.rest;
  const misspelledSection = section ? "" : (MISSPELLED_SECTION_PREFIX.exec(rest)?.[0] ?? "");
  const match = HEAD_AND_SERIAL.exec(rest.slice(misspelledSection.length));
  if (match) {
    const head = match[1]!.trim().toUpperCase();
    const post = head.replace(LEADING_NOISE, "").trim();
    const idHead = `${misspelledSection}${head}`;
    if (/^[A-Z][A-Z .'-]*$/.test(post) && post.length <= 40) {
      const refIdPost = idHead.toUpperCase().replace(/[^A-Z0-9]/g, "");
      return { ...banner, post, refIdPost, serial: Number(match[2]), trailing: match[3]!.trim() };
    }
  }
  if (banner.isSpacedOrUpper && (rest.length === 0 || SECTION_PART.test(`${rest} `) || /^\/\/\s*[A-Z ,/]*$/.test(rest) || isCaveatLine(rest))) {
    return { ...banner, post: null, refIdPost: null, serial: null, trailing: "" };
  }
  return null;
}

/** `C O N F I D E N T I A L SECTION 01 OF 02` with the post and serial on the next line. */
export function isBannerWithoutPost(banner: BodyBanner): boolean {
  return banner.post === null && /^SECTION\s+\d{1,3}\s+OF\s+\d{1,3}$/i.test(banner.rest);
}

export function readPostLine(line: string): { post: string; serial: number } | null {
  const match = /^\s*([A-Z][A-Z .'-]{1,40}?)\s+0*(\d{1,8})\s*$/.exec(line.length > 80 ? "" : line);
  return match ? { post: match[1]!.trim(), serial: Number(match[2]) } : null;
}

const PAGE_BREAK_POST = /^\s*([A-Z][A-Z .'-]{1,40}?)\s+0*(\d{1,8})\s+\d{3}(?:\.\d{1,2})?\s+OF\s+\d{3}\s*$/;

/** Page-break lines (`ROME 00000535 002.2 OF 002`) also name the post and serial. */
export function readPageBreakPost(line: string): { post: string; serial: number } | null {
  if (line.length > 100) return null;
  const match = PAGE_BREAK_POST.exec(line);
  return match ? { post: match[1]!.trim(), serial: Number(match[2]) } : null;
}
