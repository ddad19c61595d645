/** The generator's pure parts: PRNG, ids, release slots, date and post rewriting, the dump CSV writer. */
import { describe, expect, it } from "vitest";
import { createDumpCsvParser } from "@/lib/cable/csv";
import { readDateTimeGroup } from "@/lib/cable/dates";
import { dumpCsvRow } from "@/lib/synth/dump-csv";
import { createSerialCounter, isSyntheticOrigin, isSyntheticRefId, learnPostWords, syntheticOrigin, syntheticRefId } from "@/lib/synth/ids";
import { createRandom } from "@/lib/synth/random";
import { readReleaseSlots } from "@/lib/synth/release";
import { renameOwnPost, rewriteFmLines, shiftDates } from "@/lib/synth/rewrite";
import { dumpCreationDate } from "@/lib/synth/synthesize";
import { splitBody, unitText } from "@/lib/synth/templates";

describe("createRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const draw = (seed: string) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw("7")).toEqual(draw("7"));
    expect(draw("7")).not.toEqual(draw("8"));
  });

  it("keeps integers in range and spreads them evenly", () => {
    const random = createRandom("spread");
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[random.below(4)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(9_500);
    for (let i = 0; i < 1000; i++) expect(random.between(3, 5)).toBeGreaterThanOrEqual(3);
  });
});

describe("synthetic ids", () => {
  it("puts the reserved post word in the id and the origin", () => {
    expect(syntheticRefId({ year: 2006, post: "ROME", serial: 12 })).toBe("06SYNTHETICROME12");
    expect(syntheticRefId({ year: 1989, post: "STATE", serial: 3 })).toBe("89SYNTHETICSTATE3");
    expect(syntheticOrigin("NEW DELHI")).toBe("Embassy Synthetic New Delhi");
    expect(syntheticOrigin("USUN NEW YORK")).toBe("Embassy Synthetic USUN New York");
    expect(isSyntheticRefId("06SYNTHETICROME12")).toBe(true);
    expect(isSyntheticRefId("06ROME1755")).toBe(false);
    expect(isSyntheticOrigin("Embassy Synthetic Rome")).toBe(true);
    expect(isSyntheticOrigin("Embassy Rome")).toBe(false);
  });

  it("counts serials per year and post", () => {
    const next = createSerialCounter();
    expect([next({ year: 2006, post: "ROME" }), next({ year: 2006, post: "ROME" }), next({ year: 2007, post: "ROME" })]).toEqual([1, 2, 1]);
  });

  it("learns how posts are written from the origin column", () => {
    const words = learnPostWords([
      { refId: "05NEWDELHI2416", origin: "Embassy New Delhi" },
      { refId: "09STATE1", origin: "Secretary of State" },
      { refId: "08USUNNEWYORK5", origin: "USUN New York" },
      { refId: "07TAIPEI9", origin: "American Institute Taiwan, Taipei" },
    ]);
    expect(Object.fromEntries(words)).toEqual({ NEWDELHI: "NEW DELHI", STATE: "STATE", USUNNEWYORK: "USUN NEW YORK", TAIPEI: "TAIPEI" });
  });
});

describe("readReleaseSlots", () => {
  it("reads post, year and month, dropping rare posts and malformed ids", () => {
    const csv = ["refid,month", "06ROME1,7", "06ROME2,8", "72ROME3,2", "06BRUSSLS4,1", "06SECTION01OF02HARARE5,3", ""].join("\n");
    const slots = readReleaseSlots(csv, { minIdsPerPost: 2 });
    expect(slots.posts).toEqual(["ROME"]);
    expect([...slots.years]).toEqual([2006, 2006, 1972]);
    expect([...slots.months]).toEqual([7, 8, 2]);
  });
});

describe("shiftDates", () => {
  it("moves date-time groups in their own case and year width", () => {
    const text = "R 250930Z FEB 72\nFM AMEMBASSY TEHRAN\n\n311333Z Mar 05\nO 010000Z JAN 2009";
    const shifted = shiftDates(text, 5);
    expect(shifted).toBe("R 010930Z MAR 72\nFM AMEMBASSY TEHRAN\n\n051333Z Apr 05\nO 060000Z JAN 2009");
    expect(readDateTimeGroup(shifted)?.toISOString()).toBe("1972-03-01T09:30:00.000Z");
  });

  it("moves datelines with their weekday, and 'Cable dated' lines", () => {
    expect(shiftDates("Thursday, 07 March 2002, 10:13\nbody", 1)).toBe("Friday, 08 March 2002, 10:13\nbody");
    expect(shiftDates("Cable dated:2005-08-17T21:24:00]", -17)).toBe("Cable dated:2005-07-31T21:24:00]");
  });
});

describe("renameOwnPost", () => {
  const rename = { fromRefId: "05NEWDELHI2416", words: "ROME", serial: 7 };

  it("renames the cable's own post and serial in banners, page breaks and the DE line", () => {
    const text = [
      "DE RUEHNE #2416/01 0901234",
      "C O N F I D E N T I A L SECTION 01 OF 02 NEW DELHI 002416",
      "NEW DELHI 00002416  002 OF 004",
      "REF: A. NEW DELHI 2220",
      "2005NEWDELHI02416 - Classification",
    ].join("\n");
    expect(renameOwnPost(text, rename)).toBe(
      [
        "DE RUEHNE #0007/01 0901234",
        "C O N F I D E N T I A L SECTION 01 OF 02 SYNTHETIC ROME 000007",
        "SYNTHETIC ROME 00000007  002 OF 004",
        "REF: A. NEW DELHI 2220",
        "2005SYNTHETICROME00007 - Classification",
      ].join("\n"),
    );
  });

  it("rewrites FM lines naming an office, not a foreign minister", () => {
    expect(rewriteFmLines("FM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC\nFM Singh said\nFM RUEHC/SECSTATE WASHDC", "ROME")).toBe(
      "FM AMEMBASSY SYNTHETIC ROME\nTO SECSTATE WASHDC\nFM Singh said\nFM AMEMBASSY SYNTHETIC ROME",
    );
  });
});

describe("splitBody", () => {
  it("cuts the body into the head and numbered paragraphs with their continuation blocks", () => {
    const body = "SUBJECT: X \n \nClassified By: Y 1.4 (b)\n\n¶1. (C) One.\n\n--a point\n\n2. (S/NF) Two.\n\nSIGNED";
    const template = splitBody(body);
    expect(template.unitStarts.length).toBe(2);
    expect(unitText(template, 0)).toBe("¶1. (C) One.\n\n--a point");
    expect(unitText(template, 1)).toBe("2. (S/NF) Two.\n\nSIGNED");
    expect(template.pieces.join("")).toBe(body);
  });

  it("keeps paragraphs holding header lines out of the swaps", () => {
    const template = splitBody("1. (C) Plain.\n\n2. CLASSIFIED BY AMBASSADOR. REASON 1.5(B)\n\n3. Last");
    expect(template.isSwappable).toEqual([true, false, true]);
  });
});

describe("dumpCsvRow", () => {
  it("writes what the dump parser reads back unchanged", () => {
    const fields = ["1", "2/25/1972 09:09", "72SYNTHETICTEHRAN1", "Embassy Synthetic Tehran", "UNCLASSIFIED", "", 'say \\"no\\" \\', 'a "quote", a \\ and\nnew lines\\\n'];
    const parser = createDumpCsvParser();
    const rows = [...parser.push(dumpCsvRow(fields) + dumpCsvRow(fields)), ...parser.end()];
    expect(rows.map((row) => row.fields)).toEqual([fields, fields]);
  });

  it("writes the creation date with the site's clock bug", () => {
    expect(dumpCreationDate({ year: 2010, month: 2, day: 28, hour: 21 })).toBe("2/28/2010 21:09");
  });
});
