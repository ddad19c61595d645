/**
 * Real cables cut into the parts the generator recombines: the routing header, the body's head
 * (banner, E.O., TAGS, SUBJECT, REF, Classified By), the numbered paragraphs (each with the
 * unnumbered blocks that follow it) and what comes after the last number (signature).
 */
import { parseDumpRow, readDumpColumns } from "../cable/index";
import { readBodyBanner } from "../cable/banner";
import { isPageFurniture, mayBeFurniture } from "../cable/lines";
import { splitRefId } from "./ids";

export type CableTemplate = {
  /** The real id, so the text's own post and serial can be renamed. */
  refId: string;
  classification: string;
  routingHeader: string;
  /** The body split on blank lines: blocks at even indexes, the blank-line runs between them at odd ones. */
  pieces: string[];
  /** Indexes in `pieces` of the blocks that start a numbered paragraph. */
  unitStarts: number[];
  /** Per numbered paragraph: whether it is plain text that can be swapped with another cable's. */
  isSwappable: boolean[];
  /** The parsed send date, in days since 1970, and its hour (UTC): what the dates are moved from. */
  sentDay: number;
  sentHour: number;
  year: number;
  bodyLength: number;
};

const DAY_MS = 86_400_000;
const BLANK_LINES = /(\n[ \t]*(?:\n[ \t]*)+)/;
/** `1. (C)`, `¶1.`, `12.(S/NF)`, but not `1.4 (b,d)`. */
export const PARAGRAPH_PREFIX = /^[ \t]*(?:¶[ \t]*)?\d{1,3}[ \t]*\.(?!\d)[ \t]*(?:\([A-Z/]{1,10}\)[ \t]*)?/;

/**
 * Header lines inside a paragraph: a later section's banner and routing (sectioned telegrams repeat
 * them), a quoted cable's banner, a `1. CLASSIFIED BY` line, page breaks naming the post. Moved into
 * another cable they would be read as its header, or name another post.
 */
const HEADER_INSIDE = /SECTION \d+ OF \d+|^[ \t]*(?:FM|TO|INFO|DE|PAGE)[ \t]|E\.?O\.? ?1[23]\d{3}|^[ \t]*(?:TAGS|SUBJECT):|^(?:\S+[ \t]+){0,3}CLASSIFIED BY/im;

function isPlainText(text: string): boolean {
  if (HEADER_INSIDE.test(text)) return false;
  return !text.split("\n").some((line) => (mayBeFurniture(line) && isPageFurniture(line)) || readBodyBanner(line) !== null);
}

export function splitBody(body: string): Pick<CableTemplate, "pieces" | "unitStarts" | "isSwappable"> {
  const pieces = body.split(BLANK_LINES);
  const unitStarts: number[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    if (PARAGRAPH_PREFIX.test(pieces[i]!)) unitStarts.push(i);
  }
  const isSwappable = unitStarts.map((_, unit) => isPlainText(unitText({ pieces, unitStarts }, unit)));
  return { pieces, unitStarts, isSwappable };
}

/** The numbered paragraph `unit` with its continuation blocks, without the blank lines after it. */
export function unitText(template: Pick<CableTemplate, "pieces" | "unitStarts">, unit: number): string {
  const start = template.unitStarts[unit]!;
  const next = template.unitStarts[unit + 1];
  return template.pieces.slice(start, next === undefined ? template.pieces.length : next - 1).join("");
}

export type TemplateOutcome = { ok: true; template: CableTemplate } | { ok: false; reason: string };

/**
 * One dump row as a template. Rows whose body repeats the dump fields (and so its real id) are
 * left out: their text would name a real cable as itself.
 */
export function toTemplate(fields: readonly string[], row: number): TemplateOutcome {
  const columns = readDumpColumns(fields);
  if (!columns) return { ok: false, reason: "not 8 fields" };
  if (columns.body.includes(columns.refId)) return { ok: false, reason: "body repeats its reference id" };
  if (!splitRefId(columns.refId)) return { ok: false, reason: "reference id is not year + post + serial" };
  const parsed = parseDumpRow({ fields, source: { file: "corpus", row } });
  if (!parsed.ok) return { ok: false, reason: parsed.error };
  if (!parsed.value.sentAt || !parsed.value.classification) return { ok: false, reason: "no date or classification" };
  const sentAt = new Date(parsed.value.sentAt);
  return {
    ok: true,
    template: {
      refId: columns.refId,
      classification: parsed.value.classification,
      routingHeader: columns.header,
      ...splitBody(columns.body),
      sentDay: Math.floor(sentAt.getTime() / DAY_MS),
      sentHour: sentAt.getUTCHours(),
      year: sentAt.getUTCFullYear(),
      bodyLength: columns.body.length,
    },
  };
}
