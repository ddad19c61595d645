import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCable } from "@/lib/cable/index";
import type { CableRecord } from "@/lib/cable/types";

function parseFixture(name: string): CableRecord {
  const file = new URL(`./fixtures/${name}`, import.meta.url);
  const [outcome] = parseCable({ content: readFileSync(file, "utf8"), file: name, format: "text" });
  if (!outcome?.ok) throw new Error(`fixture did not parse: ${outcome?.error}`);
  return outcome.value;
}

describe("seed 06ROME1755 (partial extract, no date-time group)", () => {
  const record = parseFixture("06ROME1755.txt");

  it("reads the reference id from the banner, with the year inferred and flagged", () => {
    expect(record.refId).toBe("06ROME1755");
    expect(record.warnings.some((warning) => warning.startsWith("refId:"))).toBe(true);
  });

  it("keeps the cable's own paragraph numbers, jump included, with their S/NF marking", () => {
    const numbered = record.paragraphs.filter((paragraph) => paragraph.number !== null);
    expect(numbered.map((paragraph) => paragraph.number)).toEqual([1, 2, 3, 4, 5, 16, 17]);
    expect(new Set(numbered.map((paragraph) => paragraph.marking))).toEqual(new Set(["S/NF"]));
  });

  it("joins the sentence a page break cut in paragraph 5", () => {
    const five = record.paragraphs.find((paragraph) => paragraph.number === 5);
    expect(five?.text).toContain("the Balkans need to be\nintegrated into Europe rapidly");
  });

  it("reads the header fields", () => {
    expect(record.isPartialExtract).toBe(true);
    expect(record.classification).toBe("SECRET//NOFORN");
    expect(record.caveats).toEqual(expect.arrayContaining(["SIPDIS", "NOFORN"]));
    expect(record.tags).toEqual(["PREL", "PGOV", "OVIP", "MOPS", "IZ", "IT", "EUN", "NATO"]);
    expect(record.subject).toBe("ITALIAN FM D'ALEMA SEEKING GOOD START TO RELATIONSHIP, WILLING TO DO MORE IN IRAQ UNDER NATO");
    expect(record.executiveOrder).toBe("12958");
    expect(record.declassification).toBe("06/13/2016");
    expect(record.declassifyOn).toBe("2016-06-13");
    expect(record.classifiedBy).toBe("AMBASSADOR RONALD P. SPOGLI");
    expect(record.classificationReasons).toBe("1.4 B AND D");
    expect(record.origin).toBe("Embassy Rome");
    expect(record.signature).toBe("SPOGLI");
  });

  it("infers the sending date from the declassification date and says so", () => {
    expect(record.sentAt?.slice(0, 7)).toBe("2006-06");
    expect(record.sentAtPrecision).toBe("month");
    expect(record.warnings.some((warning) => warning.startsWith("sentAt:"))).toBe(true);
  });

  it("keeps unnumbered headings as paragraphs so nothing is dropped", () => {
    expect(record.paragraphs.filter((paragraph) => paragraph.number === null).map((paragraph) => paragraph.text)).toEqual([
      "SUMMARY",
      "IRAQ",
      "AFGHANISTAN, IRAN, BALKANS, SOMALIA",
      "CALIPARI, GUANTANAMO",
    ]);
  });
});

describe("seed 07ROME535 (full cable with routing header)", () => {
  const record = parseFixture("07ROME535.txt");

  it("reads identity, date-time group and classification", () => {
    expect(record.refId).toBe("07ROME535");
    expect(record.sentAt).toBe("2007-03-16T17:22:00.000Z");
    expect(record.sentAtPrecision).toBe("minute");
    expect(record.classification).toBe("CONFIDENTIAL");
    expect(record.origin).toBe("Embassy Rome");
    expect(record.precedence).toBe("IMMEDIATE");
    expect(record.warnings).toEqual([]);
  });

  it("reads tags, subject and destinations", () => {
    expect(record.tags).toEqual(["PREL", "PGOV", "NATO", "EUN", "UNSC", "RU", "IT"]);
    expect(record.subject).toBe('PRODI/PUTIN - ITALIANS CLAIM "FULL HARMONY" WITH RUSSIA');
    expect(record.destinations.to).toEqual(["SECSTATE WASHDC"]);
    expect(record.destinations.info).toContain("USMISSION USNATO");
    expect(record.destinations.info).toHaveLength(10);
  });

  it("numbers paragraphs 1 to 7 and removes the page-break line", () => {
    const numbered = record.paragraphs.filter((paragraph) => paragraph.number !== null);
    expect(numbered.map((paragraph) => paragraph.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(numbered.every((paragraph) => paragraph.marking === "C")).toBe(true);
    const five = numbered.find((paragraph) => paragraph.number === 5);
    expect(five?.text).toContain("could be resolved by force and a\ncomprehensive political");
    expect(record.paragraphs.some((paragraph) => paragraph.text.includes("00000535"))).toBe(false);
  });

  it("keeps the reasons apart from the classifier", () => {
    expect(record.classificationReasons).toBe("1.4 (b) and (d)");
    expect(record.classifiedBy).toContain("Acting Political Minister Counselor");
  });
});
