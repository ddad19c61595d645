/** Repairs of text that lost its line breaks in transit, applied before any parsing. */
import { readBodyBanner } from "./banner";

const GLUED_LABEL = /(?<=\S)(?=SIPDIS|NOFORN|E\.\s?O\.\s?1\d{4}|EO 1\d{4}|TAGS?:?\s|SUBJECT:|SUBJ:|REFS?:|Classified By|CLASSIFIED BY)/g;
const GLUE_WINDOW = 80;
const MAY_BE_GLUED = /SIPDIS|NOFORN|E\.\s?O\.|EO 1|TAG|SUBJ|REF|Classified By|CLASSIFIED BY/;

const INLINE_MARKING = /\s(?=\((?:U|C|S|SBU|S\/NF|C\/NF|S\/\/NF)\)\s+[A-Z](?![A-Z .'-]*\s\d))/;

const INLINE_FIELD = /\s{2,}(?=(?:REFS?|REFTEL)\s?:|(?:CLASSIFIED BY|Classified By|Classified by)\b)/;

const EO_LINE = /^\s*(?:E\.\s?O\.?|EO)\s*:?\s*1\d{4}/;
const FIELD_AFTER_EO = /\s+(?=TAGS?\s?:|SUBJ(?:ECT)?\s?:)/;

/** `REF: STATE 146857 (U) Pol/Econ Chief delivered…`: the body or the next field ran on into a header line. */
function splitInlineMarking(line: string): string[] {
  if (EO_LINE.test(line)) return line.split(FIELD_AFTER_EO);
  const parts = line.split(INLINE_FIELD);
  const last = parts[parts.length - 1]!;
  if (!/^\s*(?:REF|Ref|SUBJ|Subj|Classified|CLASSIFIED)/.test(last)) return parts;
  const match = INLINE_MARKING.exec(last);
  if (!match || match.index < 10) return parts;
  return [...parts.slice(0, -1), last.slice(0, match.index), last.slice(match.index + 1)];
}

const RUN_ON_MIN_LENGTH = 300;
/** Longer lines are not prose that lost its breaks but junk; splitting them would only cost time. */
const RUN_ON_MAX_LENGTH = 500_000;
const RUN_ON_PARAGRAPH =
  /(?<=[.)"'”:-]\s{1,4})(?=(?:\d{1,3}\.\s?\((?:U|C|S|SBU|S\/NF|C\/NF|S\/\/NF|U\/\/FOUO|SBU\/NF)\)|(?:REFS?|CLASSIFIED BY|Classified By)\s?:)\s)/g;

const MAY_RUN_ON = /\S\s{1,4}(?:\d{1,3}\.\s?\([A-Z]|REF|CLASSIFIED BY|Classified By)/;

/** Some bodies lost every line break: `…REF: RABAT 532  CLASSIFIED BY: … 1. (C) GOL officials…  2. (C) …`. */
export function splitRunOnParagraphs(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const isRunOn = line.length > RUN_ON_MIN_LENGTH && line.length < RUN_ON_MAX_LENGTH && MAY_RUN_ON.test(line);
    if (isRunOn) out ??= lines.slice(0, i);
    if (out) out.push(...(isRunOn ? line.split(RUN_ON_PARAGRAPH) : [line]));
  }
  return out ?? lines;
}

/** Some extracts lost the line breaks of their header (`SANAA 001352SIPDISE.O. 12958: DECL: …TAGS: …`). */
export function unglueHeaderLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i >= GLUE_WINDOW || line.length > 2000 || line.length < 12 || !MAY_BE_GLUED.test(line)) {
      out.push(line);
      continue;
    }
    for (const piece of splitInlineMarking(line)) {
      const parts = piece.split(GLUED_LABEL);
      const labelCount = parts.length - 1;
      const isGlued = labelCount >= 2 || (labelCount === 1 && readBodyBanner(parts[0]!)?.post);
      if (!isGlued) {
        out.push(piece);
        continue;
      }
      for (const part of parts) {
        const fields = EO_LINE.test(part) ? part.split(FIELD_AFTER_EO) : [part];
        out.push(...fields.map((field) => field.trimEnd()));
      }
    }
  }
  return out;
}
