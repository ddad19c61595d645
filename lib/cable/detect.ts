/** Which of the three published formats a file is in. */
import type { CableFormat } from "./types";
import { looksLikeHtml } from "./html";

const DUMP_ROW_START = /^"\d+","\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}","/;

/** The dump layout starts every row with a quoted numeric id and a quoted `M/D/YYYY HH:MM` date. */
export function isDumpCsvHead(head: string): boolean {
  return DUMP_ROW_START.test(head.replace(/^\uFEFF/, ""));
}

export function detectFormat({ fileName, head }: { fileName: string; head: string }): CableFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  if (lower.endsWith(".csv")) return "csv";
  if (looksLikeHtml(head)) return "html";
  if (isDumpCsvHead(head)) return "csv";
  return "text";
}
