/** Property tests: mutated real cables and hostile input never make the parser throw. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCable } from "@/lib/cable/index";
import type { CableOutcome } from "@/lib/cable/index";
import type { CableFormat } from "@/lib/cable/types";
import { decodeCableBytes } from "@/lib/cable/read";

const SEEDS = ["06ROME1755.txt", "07ROME535.txt"].map((name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const RUNS = { numRuns: 150 };

/** Every outcome is a well-formed record or an error message; nothing escapes as an exception. */
function expectWellFormed(outcomes: CableOutcome[]): void {
  expect(outcomes.length).toBeGreaterThan(0);
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      expect(typeof outcome.error).toBe("string");
      continue;
    }
    const record = outcome.value;
    expect(typeof record.refId).toBe("string");
    expect(record.paragraphs.map((paragraph) => paragraph.index)).toEqual(record.paragraphs.map((_, index) => index));
    if (record.sentAt !== null) expect(new Date(record.sentAt).toISOString()).toBe(record.sentAt);
    expect(Array.isArray(record.warnings)).toBe(true);
    expect(() => JSON.stringify(record)).not.toThrow();
  }
}

function parseAs(content: string, format: CableFormat | "auto" = "auto", file = "input.txt"): CableOutcome[] {
  return parseCable({ content, file, format });
}

const seed = fc.constantFrom(...SEEDS);

describe("mutated real cables", () => {
  it("survives truncation anywhere", () => {
    fc.assert(
      fc.property(seed, fc.double({ min: 0, max: 1, noNaN: true }), (text, share) => {
        expectWellFormed(parseAs(text.slice(0, Math.floor(text.length * share))));
      }),
      RUNS,
    );
  });

  it("survives byte flips, decoded the way files are read", () => {
    fc.assert(
      fc.property(seed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }), (text, flips) => {
        const bytes = new TextEncoder().encode(text);
        for (const [position, value] of flips) bytes[position % bytes.length] = value;
        expectWellFormed(parseAs(decodeCableBytes(bytes)));
      }),
      RUNS,
    );
  });

  it("survives lines dropped, duplicated or swapped", () => {
    fc.assert(
      fc.property(seed, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("drop", "copy", "swap")), { maxLength: 20 }), (text, edits) => {
        const lines = text.split("\n");
        for (const [a, b, kind] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (kind === "drop") lines.splice(i, 1);
          else if (kind === "copy") lines.splice(j, 0, lines[i] ?? "");
          else [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
          if (lines.length === 0) lines.push("");
        }
        expectWellFormed(parseAs(lines.join("\n")));
      }),
      RUNS,
    );
  });

  it("survives random text spliced into a cable", () => {
    fc.assert(
      fc.property(seed, fc.nat(), fc.string({ unit: "grapheme", maxLength: 200 }), (text, at, insert) => {
        const position = at % (text.length + 1);
        expectWellFormed(parseAs(text.slice(0, position) + insert + text.slice(position)));
      }),
      RUNS,
    );
  });
});

describe("records of mutated cables", () => {
  it("keep the untouched input and come out the same on every run", () => {
    fc.assert(
      fc.property(seed, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % text.length, b % text.length].sort((x, y) => x - y) as [number, number];
        const mutated = text.slice(0, start) + text.slice(end);
        const first = parseAs(mutated, "text");
        expect(parseAs(mutated, "text")).toEqual(first);
        for (const outcome of first) if (outcome.ok) expect(outcome.value.sourceText).toBe(mutated);
      }),
      { numRuns: 60 },
    );
  });
});

describe("hostile input", () => {
  it("answers random bytes in every format with a record or an error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom<CableFormat | "auto">("auto", "text", "html", "csv"), (bytes, format) => {
        expectWellFormed(parseAs(decodeCableBytes(bytes), format));
      }),
      RUNS,
    );
  });

  it("answers HTML that is not a cable page with an error", () => {
    const fragment = fc.constantFrom("<pre>", "</pre>", "<table class='cable'>", "<a href='/cable/x'>", "</a>", "<h3>Viewing cable ", "&#x000A;", "&amp;", "<", ">", "SUBJECT: ", "\n");
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 20 })), { maxLength: 60 }), (parts) => {
        expectWellFormed(parseAs(`<!DOCTYPE html><html><body>${parts.join("")}</body></html>`, "auto", "page.html"));
      }),
      RUNS,
    );
  });

  it("answers dump-like CSV fragments row by row", () => {
    const field = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...SEEDS.map((text) => text.slice(0, 400))));
    fc.assert(
      fc.property(fc.array(fc.array(field, { maxLength: 10 }), { maxLength: 5 }), (rows) => {
        const csv = rows.map((row) => row.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")).join("\n");
        expectWellFormed(parseAs(csv, "csv", "dump.csv"));
      }),
      RUNS,
    );
  });

  it("handles empty and whitespace-only input as errors", () => {
    for (const content of ["", " ", "\n\n\n", "\uFEFF"]) {
      const [outcome] = parseAs(content);
      expect(outcome?.ok).toBe(false);
    }
  });

  it.each([
    ["letters", "A".repeat(5_000_000)],
    ["a repeated banner", "SECRET SECTION 01 OF 02 ROME 000535 ".repeat(140_000)],
    ["paragraph numbers", "1. (C) ".repeat(700_000)],
    ["open tags", "<".repeat(5_000_000)],
    ["unclosed pre tags", "<pre>".repeat(1_000_000)],
    ["page titles", "<h3>Viewing cable ".repeat(270_000)],
    ["backslashes and quotes", '\\"'.repeat(2_500_000)],
    ["header labels", "SUBJECT: TAGS: REF: A. ROME 1 ".repeat(170_000)],
  ])("parses a 5 MB single line of %s in well under a second", (_, line) => {
    for (const [format, file] of [
      ["text", "big.txt"],
      ["html", "big.html"],
    ] as const) {
      const start = performance.now();
      expectWellFormed(parseAs(line, format, file));
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it("parses a 300 KB body and a cable embedded in a 5 MB line", () => {
    const long = `${SEEDS[1]}\n\n8. (C) ${"The minister spoke at length. ".repeat(10_000)}`;
    expectWellFormed(parseAs(long));
    const embedded = SEEDS[0]!.replace("SUMMARY", `SUMMARY ${"x".repeat(5_000_000)}`);
    const start = performance.now();
    const [outcome] = parseAs(embedded);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(outcome?.ok && outcome.value.refId).toBe("06ROME1755");
  });
});
