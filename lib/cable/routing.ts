/** The telegram routing header: VZCZC line, DE line, precedence and date-time group, FM, TO, INFO. */
import { levelFromRoutingLine } from "./classification";
import { readDateTimeGroup } from "./dates";
import { fieldLabelOf } from "./header-fields";
import { isTelegramPageHeader } from "./lines";

export type RoutingHeader = {
  precedence: string | null;
  dateTimeGroup: Date | null;
  deLine: string | null;
  from: string | null;
  to: string[];
  info: string[];
  level: string | null;
};

const PRECEDENCE_BY_LETTER: Readonly<Record<string, string>> = {
  Z: "FLASH",
  O: "IMMEDIATE",
  P: "PRIORITY",
  R: "ROUTINE",
};

const DTG_LINE = /^\s*([ZOPR])(?:\s+[ZOPR])?\s+\d{6}Z\s+[A-Z]{3}\s+\d{2,4}\b/;
const ROUTING_LINE =
  /^\s*(?:VZCZC|[ZOPR]{2}\s+[A-Z]{4,7}|DE\s+[A-Z]{4,7}\b|ZN[RY]\s|[ZOPR](?:\s+[ZOPR])?\s+\d{6}Z|FM\s|TO\s|INFO\s|BT\s*$|XMT\s|ZEN\s|ZFF)/;
const ADDRESS_LABEL = /^\s*(FM|TO|INFO|XMT)\s+(.*)$/;
/** Routing lines are short; anything longer is text that landed above the banner. */
const MAX_ROUTING_LINE = 2000;
const ACTION_OFFICE_LIST = /\b[A-Z]{1,6}-\d{2}\b.*\b[A-Z]{1,6}-\d{2}\b/;

export function isRoutingLine(line: string): boolean {
  return line.length < 200 && ROUTING_LINE.test(line);
}

/** `RUEHC/SECSTATE WASHDC IMMEDIATE 7435` → `SECSTATE WASHDC`. */
export function cleanAddressee(text: string): string {
  return text
    .replace(/^[A-Z0-9]{4,8}\//, "")
    .replace(/\s+(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH|NIACT\s+IMMEDIATE|NIACT)\b.*$/, "")
    .replace(/\s+\d{1,5}\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads the routing lines (already cut out of the cable) into fields. */
export function readRoutingHeader(lines: readonly string[]): RoutingHeader {
  const header: RoutingHeader = {
    precedence: null,
    dateTimeGroup: null,
    deLine: null,
    from: null,
    to: [],
    info: [],
    level: null,
  };
  let list: "to" | "info" | "xmt" | null = null;
  for (const raw of lines) {
    if (raw.length > MAX_ROUTING_LINE) continue;
    const line = raw.trim();
    if (line.length === 0) {
      list = null;
      continue;
    }
    if (isTelegramPageHeader(line)) continue;
    const dtgLine = DTG_LINE.exec(line);
    if (dtgLine) {
      header.precedence ??= PRECEDENCE_BY_LETTER[dtgLine[1]!] ?? null;
      header.dateTimeGroup ??= readDateTimeGroup(line);
      list = null;
      continue;
    }
    if (/^DE\s/.test(line)) {
      header.deLine ??= line;
      continue;
    }
    const level = levelFromRoutingLine(line);
    if (level) {
      header.level ??= level;
      continue;
    }
    const address = ADDRESS_LABEL.exec(line);
    if (address) {
      const label = address[1]!;
      const rest = address[2]!.trim();
      if (label === "FM") {
        header.from ??= rest;
        list = null;
        continue;
      }
      if (label === "INFO" && ACTION_OFFICE_LIST.test(rest)) {
        list = null;
        continue;
      }
      list = label === "TO" ? "to" : label === "INFO" ? "info" : "xmt";
      if (!isTelegramPageHeader(rest)) addAddressee(header, list, rest);
      continue;
    }
    if (fieldLabelOf(line) !== null) {
      list = null;
      continue;
    }
    if (list && !/^(?:VZCZC|BT$|ZNY|ZNR|[ZOPR]{2}\s)/.test(line) && !ACTION_OFFICE_LIST.test(line)) {
      addAddressee(header, list, line);
    }
  }
  return header;
}

function addAddressee(header: RoutingHeader, list: "to" | "info" | "xmt", text: string): void {
  if (list === "xmt") return;
  const name = cleanAddressee(text);
  if (name.length > 0) header[list].push(name);
}
