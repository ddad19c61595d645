/**
 * Rewrites a real cable's text to its synthetic identity: dates moved by a whole number of days (so
 * the parser reads the synthetic date from the date-time group, and references keep their distance
 * in time), the post and serial in banners and page breaks, and the FM line.
 */
import { expandYear, monthIndex } from "../cable/dates";
import { splitRefId, syntheticFmOffice, syntheticPostText } from "./ids";

const DAY_MS = 86_400_000;
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const DTG = /\b(\d{2})(\d{2})(\d{2})Z(\s{0,3})([A-Za-z]{3})(\s{0,3})(\d{4}|\d{2})\b/g;
const DATELINE = /^([ \t]*)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),([ \t]+)(\d{1,2})([ \t]+)([A-Za-z]+)([ \t]+)(\d{4})\b/gm;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function shiftedDay(year: number, month: number, day: number, days: number): Date | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return new Date(date.getTime() + days * DAY_MS);
}

/** `250930Z FEB 72` and `311333Z Mar 05`, written back in the same case and year width. */
function shiftDateTimeGroups(text: string, days: number): string {
  return text.replace(DTG, (whole, day: string, hour: string, minute: string, gap1: string, monthName: string, gap2: string, yearText: string) => {
    const month = monthIndex(monthName);
    if (month === null) return whole;
    const year = yearText.length === 4 ? Number(yearText) : expandYear(Number(yearText));
    const date = shiftedDay(year, month, Number(day), days);
    if (!date) return whole;
    const shortName = MONTH_NAMES[date.getUTCMonth()]!.slice(0, 3);
    const writtenMonth = monthName === monthName.toUpperCase() ? shortName.toUpperCase() : shortName;
    const writtenYear = yearText.length === 4 ? String(date.getUTCFullYear()) : pad(date.getUTCFullYear() % 100, 2);
    return `${pad(date.getUTCDate(), 2)}${hour}${minute}Z${gap1}${writtenMonth}${gap2}${writtenYear}`;
  });
}

/** Partial extracts' datelines, `Thursday, 07 March 2002`, with the weekday recomputed. */
function shiftDatelines(text: string, days: number): string {
  return text.replace(DATELINE, (whole, indent: string, gap1: string, day: string, gap2: string, monthName: string, gap3: string, yearText: string) => {
    const month = monthIndex(monthName);
    if (month === null) return whole;
    const date = shiftedDay(Number(yearText), month, Number(day), days);
    if (!date) return whole;
    const weekday = WEEKDAYS[date.getUTCDay()]!;
    const writtenMonth = MONTH_NAMES[date.getUTCMonth()]!;
    return `${indent}${weekday},${gap1}${pad(date.getUTCDate(), day.length)}${gap2}${writtenMonth}${gap3}${date.getUTCFullYear()}`;
  });
}

const CABLE_DATED = /(Cable dated:[ \t]*)(\d{4})-(\d{2})-(\d{2})/g;

/** `Cable dated:2005-08-17T21:24:00`, a preamble some extracts carry instead of a date-time group. */
function shiftCableDated(text: string, days: number): string {
  return text.replace(CABLE_DATED, (whole, lead: string, year: string, month: string, day: string) => {
    const date = shiftedDay(Number(year), Number(month) - 1, Number(day), days);
    return date ? `${lead}${date.toISOString().slice(0, 10)}` : whole;
  });
}

export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  return shiftCableDated(shiftDatelines(shiftDateTimeGroups(text, days), days), days);
}


/**
 * `NEW DELHI 002416` (banner), `NEW DELHI 00002416 002 OF 004` (page break), `PAGE 02 TEHRAN 01164`
 * (telegram page header), `2005NEWDELHI02416` (an extract's footer) for the cable `05NEWDELHI2416`:
 * the id squeezes out the spaces, so any letter may be followed by one; a few cables are in lower
 * case. Only the cable's own serial is renamed, never a reference to another cable.
 */
function ownPostPattern(refId: string): RegExp | null {
  const parts = splitRefId(refId);
  if (!parts) return null;
  const letters = [...parts.post].join(" ?");
  return new RegExp(`(?<![A-Z])${letters}(\\s*)(0*${Number(parts.serial)})(?!\\d)`, "gi");
}

export type PostRename = { fromRefId: string; words: string; serial: number };

export function renameOwnPost(text: string, { fromRefId, words, serial }: PostRename): string {
  const pattern = ownPostPattern(fromRefId);
  if (!pattern) return text;
  const post = syntheticPostText(words);
  const squeezed = post.replace(/[^A-Z]/g, "");
  const ownSerial = Number(splitRefId(fromRefId)!.serial);
  return text
    .replace(pattern, (_whole, gap: string, digits: string) => `${gap ? post : squeezed}${gap}${pad(serial, digits.length)}`)
    .replace(DE_LINE_SERIAL, (whole, lead: string, digits: string) =>
      Number(digits) === ownSerial ? `${lead}${pad(serial, digits.length)}` : whole,
    );
}

/** `DE RUEHYN #0473/01 …`: the parser takes the serial from here when no banner names it. */
const DE_LINE_SERIAL = /^([ \t]*DE[ \t]+[A-Z]{3,7}[ \t]*#)(\d{1,6})/gm;

/**
 * FM lines naming an office (`FM AMEMBASSY ROME`, `FM RUEHRO/AMEMBASSY ROME`); sectioned telegrams
 * repeat them in the body. A body line starting `FM Singh said` is a foreign minister, not routing.
 */
const FM_LINE = /^([ \t]*FM[ \t]+)(?:[A-Z0-9]{4,8}\/)?(?:AMEMBASSY|AMCONSUL|AMCONGEN|SECSTATE|USMISSION|USINT|USDEL|USOFFICE|USEU|USLO|AIT|IRAN RPO|RPO|REO)\b[^a-z\n]*$/gm;

/** FM lines name the synthetic post; TO and INFO lines keep their real addressees. */
export function rewriteFmLines(text: string, words: string): string {
  return text.replace(FM_LINE, (_whole, lead: string) => `${lead}${syntheticFmOffice(words)}`);
}
