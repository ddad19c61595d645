/** Failure reasons grouped into stable codes for the summary and the ledger. */
export type FailureCode = "no-ref-id" | "unreadable" | "empty" | "binary" | "not-a-cable" | "malformed-row" | "malformed-csv" | "too-large" | "parser-bug" | "invalid";

const RULES: [RegExp, FailureCode][] = [
  [/^cannot read .*file too large/i, "too-large"],
  [/^cannot read/i, "unreadable"],
  [/^empty input/i, "empty"],
  [/binary/i, "binary"],
  [/^not a cable/i, "not-a-cable"],
  [/^dump row has/i, "malformed-row"],
  [/^no dump rows/i, "malformed-csv"],
  [/^parser failure/i, "parser-bug"],
  [/^no reference id/i, "no-ref-id"],
];

export function failureCodeOf(message: string): FailureCode {
  return RULES.find(([pattern]) => pattern.test(message))?.[1] ?? "invalid";
}
