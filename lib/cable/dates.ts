/** Date-time groups (`161722Z MAR 07`), datelines and the dates written in E.O. lines. */

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;

export function monthIndex(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toUpperCase() as (typeof MONTHS)[number]);
  return index < 0 ? null : index;
}

export function expandYear(twoDigits: number): number {
  return twoDigits >= 60 ? 1900 + twoDigits : 2000 + twoDigits;
}

function validUtc({ year, month, day, hour = 0, minute = 0 }: UtcParts): Date | null {
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59) return null;
  const date = new Date(Date.UTC(year, month, day, hour, minute));
  return date.getUTCDate() === day ? date : null;
}

type UtcParts = { year: number; month: number; day: number; hour?: number; minute?: number };

const DTG = /\b(\d{2})(\d{2})(\d{2})Z\s{0,3}([A-Z]{3})\s{0,3}(\d{2}|\d{4})\b/;

/** `161722Z MAR 07` → 2007-03-16T17:22Z. */
export function readDateTimeGroup(text: string): Date | null {
  const match = DTG.exec(text);
  if (!match) return null;
  const month = monthIndex(match[4]!);
  if (month === null) return null;
  const yearText = match[5]!;
  const year = yearText.length === 4 ? Number(yearText) : expandYear(Number(yearText));
  return validUtc({ year, month, day: Number(match[1]), hour: Number(match[2]), minute: Number(match[3]) });
}

const DATELINE =
  /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:,\s+(\d{1,2}):(\d{2}))?\s*$/;

export type Dateline = { date: Date; hasTime: boolean };

/** Newspaper-partner extracts open with `Thursday, 07 March 2002, 10:13`. */
export function readDateline(line: string): Dateline | null {
  if (line.length > 60) return null;
  const match = DATELINE.exec(line);
  if (!match) return null;
  const month = monthIndex(match[2]!);
  if (month === null) return null;
  const hasTime = match[4] !== undefined;
  const date = validUtc({
    year: Number(match[3]),
    month,
    day: Number(match[1]),
    hour: hasTime ? Number(match[4]) : 0,
    minute: hasTime ? Number(match[5]) : 0,
  });
  return date ? { date, hasTime } : null;
}

/** Reads `06/13/2016`, `1/29/2019`, `07/02/11` or `JUNE 21, 2006` as an ISO date. */
export function readWrittenDate(text: string): string | null {
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/.exec(text);
  if (numeric) {
    const yearText = numeric[3]!;
    const year = yearText.length === 4 ? Number(yearText) : expandYear(Number(yearText));
    const date = validUtc({ year, month: Number(numeric[1]) - 1, day: Number(numeric[2]) });
    return date ? date.toISOString().slice(0, 10) : null;
  }
  const spelled = /\b([A-Z][a-zA-Z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (spelled) {
    const month = monthIndex(spelled[1]!);
    if (month === null) return null;
    const date = validUtc({ year: Number(spelled[3]), month, day: Number(spelled[2]) });
    return date ? date.toISOString().slice(0, 10) : null;
  }
  return null;
}

/** The dump's own ISO timestamp (`2004-11-02 18:31:00`) as repeated at the top of some bodies. */
export function readIsoTimestamp(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(text.trim());
  if (!match) return null;
  return validUtc({
    year: Number(match[1]),
    month: Number(match[2]) - 1,
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
  });
}

/** Site and dump creation dates: `M/D/YYYY HH:MM` (dump) or `YYYY-MM-DD HH:MM` (site). */
export function readCreationDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  if (!us) return null;
  return `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}`;
}
