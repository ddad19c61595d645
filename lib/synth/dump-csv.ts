/**
 * Writes rows in the dump's CSV layout, the inverse of `createDumpCsvParser`: every field quoted,
 * `"` and `\` escaped with a backslash, raw newlines kept, no header row. (The search export's
 * `csvField` writes RFC 4180, a different layout that the dump parser would misread.)
 */

export function dumpCsvField(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

export function dumpCsvRow(fields: readonly string[]): string {
  return `${fields.map(dumpCsvField).join(",")}\n`;
}
