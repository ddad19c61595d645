import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDumpCsvParser } from "@/lib/cable/csv";
import type { DumpRow } from "@/lib/cable/csv";
import { parseFile, readDumpRows } from "@/lib/cable/read";

const ROW_ONE = String.raw`"1","2/25/1972 09:09","72TEHRAN1164","Embassy Tehran","UNCLASSIFIED","","R 250930Z FEB 72
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC 7561 ","UNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164
E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006
TAGS: MASS MARR IR
SUBJECT: ACCELERATION OF F-4ES FOR IRAN

¶1. HE SAID \"MOST DEEPLY CONCERNED\" AT A PATH LIKE C:\\TEMP, IT'S \'QUOTED\'."`;
const ROW_TWO = String.raw`"2","11/2/2004 18:06","04BOGOTA11339","Embassy Bogota","CONFIDENTIAL","","","22350	2004-11-02 18:31:00	04BOGOTA11339	Embassy Bogota	CONFIDENTIAL		This record is a partial extract of the original cable.\\
\\
	C O N F I D E N T I A L SECTION 01 OF 04 BOGOTA 011339 \\
TAGS: PGOV CO
SUBJECT: THE UN'S FUTURE IN COLOMBIA
¶1. (C) SUMMARY: Text."`;
const DUMP = `${ROW_ONE}\n${ROW_TWO}\n`;

function parseInChunks(text: string, size: number): DumpRow[] {
  const parser = createDumpCsvParser();
  const rows: DumpRow[] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
  rows.push(...parser.end());
  return rows;
}

describe("dump CSV parser", () => {
  it("reads eight quoted fields with backslash escapes and raw newlines", () => {
    const rows = parseInChunks(DUMP, DUMP.length);
    expect(rows.map((row) => row.row)).toEqual([1, 2]);
    const [first, second] = rows;
    expect(first?.fields).toHaveLength(8);
    expect(first?.fields[2]).toBe("72TEHRAN1164");
    expect(first?.fields[6]).toBe("R 250930Z FEB 72\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 7561 ");
    expect(first?.fields[7]).toContain(`HE SAID "MOST DEEPLY CONCERNED" AT A PATH LIKE C:\\TEMP, IT'S 'QUOTED'.`);
    expect(second?.fields[5]).toBe("");
    expect(second?.fields[7]).toContain("partial extract of the original cable.\\\n\\\n\tC O N F I D E N T I A L");
  });

  it("gives the same rows whatever the chunk boundaries", () => {
    const whole = parseInChunks(DUMP, DUMP.length);
    for (const size of [1, 2, 3, 7, 64, 1000]) expect(parseInChunks(DUMP, size)).toEqual(whole);
  });

  it("skips a byte-order mark", () => {
    expect(parseInChunks(`\uFEFF"1","a"\n`, 2)).toEqual([{ row: 1, fields: ["1", "a"] }]);
  });

  it("keeps a row without a final newline and tolerates CRLF line ends", () => {
    const rows = parseInChunks(`"1","a"\r\n"2","b"`, 3);
    expect(rows).toEqual([
      { row: 1, fields: ["1", "a"] },
      { row: 2, fields: ["2", "b"] },
    ]);
  });
});

describe("dump CSV files", () => {
  const dir = mkdtempSync(join(tmpdir(), "cable-csv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("streams rows from a file", async () => {
    const file = join(dir, "dump.csv");
    writeFileSync(file, DUMP.repeat(300));
    let count = 0;
    for await (const row of readDumpRows(file)) {
      count++;
      expect(row.fields).toHaveLength(8);
    }
    expect(count).toBe(600);
  });

  it("parses every row into a record that names its file and row, using the dump's metadata", async () => {
    const file = join(dir, "two.csv");
    writeFileSync(file, DUMP);
    const outcomes = [];
    for await (const outcome of parseFile(file)) outcomes.push(outcome);
    expect(outcomes.map((outcome) => outcome.source)).toEqual([
      { file, row: 1 },
      { file, row: 2 },
    ]);
    const [first, second] = outcomes;
    expect(first?.ok && first.value.refId).toBe("72TEHRAN1164");
    expect(first?.ok && first.value.sentAt).toBe("1972-02-25T09:30:00.000Z");
    expect(second?.ok && second.value.sentAt).toBe("2004-11-02T18:31:00.000Z");
    expect(second?.ok && second.value.origin).toBe("Embassy Bogota");
  });

  it("reports a CSV that is not in the dump layout as one error", async () => {
    const file = join(dir, "other.csv");
    writeFileSync(file, "refid,month\n66BUENOSAIRES2481,12\n");
    const outcomes = [];
    for await (const outcome of parseFile(file)) outcomes.push(outcome);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.ok).toBe(false);
  });
});
