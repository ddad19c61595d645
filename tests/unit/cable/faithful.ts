/** The "nothing dropped" check: every non-blank, non-furniture source line is found in some field of the record. */
import {
  cleanLine,
  isBareBanner,
  isPageFurniture,
  splitLines,
  stripEmbeddedPageMarks,
  stripTrailingPageBanner,
} from "@/lib/cable/lines";
import type { CableRecord } from "@/lib/cable/types";

const SIGNS = /[¶\uFFFD]/g;
/** Paragraph numbers and portion markings are fields of the paragraph, not part of its text. */
const PARAGRAPH_PREFIX = /^(?:\d{1,3}\.)?(?:\([A-Z/]{1,12}\))?/;

function squeeze(text: string): string {
  return text.replace(SIGNS, "").replace(/\s+/g, "");
}

function recordText(record: CableRecord): string {
  return squeeze(
    [
      record.routingHeader ?? "",
      record.headerBlock ?? "",
      ...record.paragraphs.map((paragraph) => paragraph.text),
      record.signature ?? "",
    ].join("\n"),
  );
}

/** Lines of `text` missing from the record; a line whose words all appear (in another order) counts as kept. */
export function droppedLines(text: string, record: CableRecord): string[] {
  const haystack = recordText(record);
  const dropped: string[] = [];
  for (const raw of splitLines(text)) {
    const line = stripEmbeddedPageMarks(stripTrailingPageBanner(cleanLine(raw)), null);
    if (line.trim().length === 0 || isPageFurniture(line) || isBareBanner(line)) continue;
    const squeezed = squeeze(line).replace(/^(?:(?:PARA)?\d{1,3}\.?)?(?:\([A-Z/]{1,12}\))?/, "");
    if (squeezed.length === 0 || haystack.includes(squeezed)) continue;
    const words = line
      .split(/\s+/)
      .map((word) => squeeze(word).replace(PARAGRAPH_PREFIX, ""))
      .filter((word) => word.length > 0);
    if (words.every((word) => haystack.includes(word))) continue;
    dropped.push(line);
  }
  return dropped;
}
