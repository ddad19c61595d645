import { z } from "zod";
import { refIdFromPathSegment } from "../format/ref-id";
import { MAX_PAGE } from "../search/query";
import { badParameter } from "./errors";

/** Path and query parameters of the record endpoints, checked before any query runs (a 400 names the culprit). */

export const RECORD_PAGE_SIZE = 100;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRefIdParam(segment: string): string {
  const refId = refIdFromPathSegment(segment);
  if (!refId) throw badParameter("refId", "`refId` must be a cable reference id such as 06ROME1755.");
  return refId;
}

// The paragraph page's own rule: a paragraph number, and `-2` for the second paragraph so numbered.
const PARAGRAPH_NUMBER = /^\d{1,4}(-\d{1,3})?$/;

export function parseParagraphParam(segment: string): string {
  const number = decodeSegment(segment);
  if (!PARAGRAPH_NUMBER.test(number)) throw badParameter("number", "`number` must be a paragraph number such as 16 (or 16-2 for the second paragraph numbered 16).");
  return number;
}

const textSegment = (name: string, maxLength: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .refine((value) => value.length > 0 && value.length <= maxLength && !/[\u0000-\u001f\u007f]/.test(value), `\`${name}\` must be 1 to ${maxLength} printable characters.`);

function parseText(name: string, maxLength: number, segment: string): string {
  const result = textSegment(name, maxLength).safeParse(decodeSegment(segment));
  if (!result.success) throw badParameter(name, result.error.issues[0]?.message ?? `\`${name}\` is not valid.`);
  return result.data;
}

const PERSON_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parsePersonSlugParam(segment: string): string {
  const slug = decodeSegment(segment);
  if (slug.length > 200 || !PERSON_SLUG.test(slug)) throw badParameter("slug", "`slug` must be a person's slug as /people lists it, such as massimo-dalema.");
  return slug;
}

export const parseTagCodeParam = (segment: string) => parseText("code", 100, segment);
export const parsePostNameParam = (segment: string) => parseText("name", 200, segment);

/** The query of an endpoint that takes only `page` (or nothing at all). */
export function parsePageOnly(searchParams: URLSearchParams, { allowsPage }: { allowsPage: boolean }): number {
  for (const name of new Set(searchParams.keys())) {
    if (!allowsPage || name !== "page") throw badParameter(name, allowsPage ? `Unknown parameter \`${name}\`; this endpoint takes only \`page\`.` : `Unknown parameter \`${name}\`; this endpoint takes none.`);
  }
  const values = searchParams.getAll("page");
  if (values.length === 0) return 1;
  const [value = ""] = values;
  if (values.length > 1 || !/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > MAX_PAGE) throw badParameter("page", `\`page\` must be a whole number from 1 to ${MAX_PAGE}, given once.`);
  return Number(value);
}
