/** Pages of the original cable site: the metadata table, the title and the two `<pre>` blocks. */
import { decodeHTML } from "entities";
import type { CableMetadata, ParseResult } from "./types";

export type CablePage = { text: string; metadata: CableMetadata };

const TAG = /<[^<>]*>/g;

function textOf(html: string): string {
  return decodeHTML(html.replace(TAG, ""));
}

function indexOfEitherCase(text: string, lowerNeedle: string, from: number): number {
  const lower = text.indexOf(lowerNeedle, from);
  const upper = text.indexOf(lowerNeedle.toUpperCase(), from);
  return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
}

/** The inner HTML of each `<pre>` element, found with indexOf so that unclosed tags cost linear time. */
function preBlocks(html: string): string[] {
  const blocks: string[] = [];
  let from = 0;
  for (;;) {
    const open = indexOfEitherCase(html, "<pre", from);
    if (open < 0) break;
    const contentStart = html.indexOf(">", open);
    if (contentStart < 0) break;
    const close = indexOfEitherCase(html, "</pre>", contentStart);
    if (close < 0) break;
    blocks.push(html.slice(contentStart + 1, close));
    from = close + "</pre>".length;
  }
  return blocks;
}

function firstMatch(html: string, pattern: RegExp): string | null {
  const match = pattern.exec(html);
  return match ? textOf(match[1]!).trim() : null;
}

/** Extracts the published cable text and the site's metadata; a page that is not a cable page is an error value. */
export function readCablePage(html: string): ParseResult<CablePage> {
  const tableStart = html.search(/<table class=['"]cable['"]/i);
  const blocks = preBlocks(html).map(textOf);
  if (blocks.length === 0) {
    return { ok: false, error: "not a cable page: no <pre> block with cable text" };
  }
  const tableEnd = tableStart < 0 ? -1 : html.indexOf("</table>", tableStart);
  const table = tableStart < 0 ? "" : html.slice(tableStart, tableEnd < 0 ? undefined : tableEnd);
  const title = firstMatch(html, /<h3>\s*Viewing cable\s+[^,<]*,\s*([^<]*)<\/h3>/i);
  const metadata: CableMetadata = {
    refId: firstMatch(table, /<a href=['"]\/cable\/[^'"]*['"]>([^<]*)<\/a>/i),
    createdAt: firstMatch(table, /<a href=['"]\/date\/[^'"]*['"]>([^<]*)<\/a>/i),
    classification: firstMatch(table, /<a href=['"]\/classification\/[^'"]*['"][^>]*>([^<]*)<\/a>/i),
    origin: firstMatch(table, /<a href=['"]\/origin\/[^'"]*['"]>([^<]*)<\/a>/i),
    title: title && title.length > 0 ? title : null,
  };
  return { ok: true, value: { text: blocks.map((block) => block.replace(/\s+$/, "")).join("\n\n"), metadata } };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml|<!DOCTYPE\s+html|<html\b)/i.test(text.slice(0, 500));
}
