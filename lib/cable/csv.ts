/**
 * Incremental parser for the dump's CSV layout: every field double-quoted, `\"` and `\\` escapes,
 * raw newlines inside fields, no header row. Pure: feed it chunks, it returns completed rows, so
 * memory stays flat however large the file is.
 */

export type DumpRow = { row: number; fields: string[] };

export type DumpCsvParser = {
  push: (chunk: string) => DumpRow[];
  end: () => DumpRow[];
};

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const BYTE_ORDER_MARK = 0xfeff;

/** Index of the next character that ends unquoted text (quote, comma, line end), or the chunk's length. */
function nextSpecial(chunk: string, from: number): number {
  for (let i = from; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    if (code === QUOTE || code === COMMA || code === NEWLINE || code === CARRIAGE_RETURN) return i;
  }
  return chunk.length;
}

export function createDumpCsvParser(): DumpCsvParser {
  let fields: string[] = [];
  let pieces: string[] = [];
  let isInQuotes = false;
  let isAfterBackslash = false;
  let hasFieldStarted = false;
  let rowNumber = 0;

  function finishField(): void {
    fields.push(pieces.join(""));
    pieces = [];
    hasFieldStarted = false;
  }

  function finishRow(out: DumpRow[]): void {
    if (hasFieldStarted || pieces.length > 0 || fields.length > 0) finishField();
    if (fields.length > 0) {
      rowNumber += 1;
      out.push({ row: rowNumber, fields });
    }
    fields = [];
  }

  let isFirstChunk = true;

  function push(chunk: string): DumpRow[] {
    const out: DumpRow[] = [];
    let i = isFirstChunk && chunk.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
    if (chunk.length > 0) isFirstChunk = false;
    const length = chunk.length;
    while (i < length) {
      if (isAfterBackslash) {
        const escaped = chunk.charCodeAt(i);
        pieces.push(escaped === QUOTE || escaped === BACKSLASH || escaped === 39 ? chunk[i]! : `\\${chunk[i]}`);
        isAfterBackslash = false;
        i += 1;
        continue;
      }
      if (isInQuotes) {
        const nextQuote = chunk.indexOf('"', i);
        const nextBackslash = chunk.indexOf("\\", i);
        const stop = nextQuote < 0 ? nextBackslash : nextBackslash < 0 ? nextQuote : Math.min(nextQuote, nextBackslash);
        if (stop < 0) {
          pieces.push(chunk.slice(i));
          break;
        }
        if (stop > i) pieces.push(chunk.slice(i, stop));
        if (chunk.charCodeAt(stop) === BACKSLASH) isAfterBackslash = true;
        else isInQuotes = false;
        i = stop + 1;
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (code === QUOTE) {
        isInQuotes = true;
        hasFieldStarted = true;
      } else if (code === COMMA) {
        finishField();
        hasFieldStarted = true;
      } else if (code === NEWLINE) {
        finishRow(out);
      } else if (code !== CARRIAGE_RETURN) {
        const end = nextSpecial(chunk, i + 1);
        pieces.push(chunk.slice(i, end));
        hasFieldStarted = true;
        i = end;
        continue;
      }
      i += 1;
    }
    return out;
  }

  function end(): DumpRow[] {
    const out: DumpRow[] = [];
    if (isAfterBackslash) pieces.push("\\");
    isAfterBackslash = false;
    isInQuotes = false;
    finishRow(out);
    return out;
  }

  return { push, end };
}

export type DumpColumns = {
  id: string;
  createdAt: string;
  refId: string;
  origin: string;
  classification: string;
  references: string;
  header: string;
  body: string;
};

/** Names the eight dump columns; null when the row does not have eight fields. */
export function readDumpColumns(fields: readonly string[]): DumpColumns | null {
  if (fields.length !== 8) return null;
  const [id, createdAt, refId, origin, classification, references, header, body] = fields as [
    string, string, string, string, string, string, string, string,
  ];
  return { id, createdAt, refId, origin, classification, references, header, body };
}
