/** The header explainer over real header snippets from the seed cables and the variants the corpus uses. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCableText } from "@/lib/cable/index";
import type { CableRecord } from "@/lib/cable/types";
import { describeAddress, explainDateTimeGroup, explainHeader, readReasons } from "@/lib/explain/header";
import type { HeaderTerm } from "@/lib/explain/header";

function parse(text: string): CableRecord {
  const result = parseCableText({ text, source: { file: "snippet", row: null } });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function sample(refId: string): CableRecord {
  return parse(readFileSync(new URL(`../../../prisma/sample-cables/${refId}.txt`, import.meta.url), "utf8"));
}

function meaningOf(rows: HeaderTerm[], term: string): string {
  const row = rows.find((candidate) => candidate.term === term);
  if (!row) throw new Error(`no row for ${term}: ${rows.map((candidate) => candidate.term).join(" | ")}`);
  return row.meaning;
}

describe("07ROME535, a cable with its full routing header", () => {
  const rows = explainHeader(sample("07ROME535"));

  it("explains every routing line as written, in order", () => {
    expect(rows.slice(0, 6).map(({ term }) => term)).toEqual([
      "VZCZCXRO7979",
      "OO RUEHDBU RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR",
      "DE RUEHRO #0535/01 0751722",
      "ZNY CCCCC ZZH",
      "O 161722Z MAR 07",
      "FM AMEMBASSY ROME",
    ]);
  });

  it("reads the date-time group in plain UTC and its precedence prosign", () => {
    const meaning = meaningOf(rows, "O 161722Z MAR 07");
    expect(meaning).toContain("16 March 2007, 17:22 UTC (Zulu time)");
    expect(meaning).toContain("IMMEDIATE");
  });

  it("explains the start, relay, DE and security lines, saying which parts are unknown", () => {
    expect(meaningOf(rows, "VZCZCXRO7979")).toContain("start of a message");
    expect(meaningOf(rows, "OO RUEHDBU RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR")).toContain("IMMEDIATE");
    const de = meaningOf(rows, "DE RUEHRO #0535/01 0751722");
    expect(de).toContain("originating relay station RUEHRO");
    expect(de).toContain("serial number 0535");
    expect(de).toContain("day 075 of the year at 17:22 UTC");
    const security = meaningOf(rows, "ZNY CCCCC ZZH");
    expect(security).toContain("CCCCC = CONFIDENTIAL");
    expect(security).toContain("ZZH is not explained here");
  });

  it("names the sending post and the action and information addressees", () => {
    expect(meaningOf(rows, "FM AMEMBASSY ROME")).toContain("the US Embassy in Rome");
    const to = meaningOf(rows, "TO RUEHC/SECSTATE WASHDC IMMEDIATE 7435");
    expect(to).toContain("Action addressee");
    expect(to).toContain("the Secretary of State, i.e. the State Department");
    expect(to).toContain("RUEHC is the Department of State");
    expect(to).toContain("7435");
    expect(meaningOf(rows, "INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY")).toContain("Information addressee");
    const moscow = meaningOf(rows, "RUEHMO/AMEMBASSY MOSCOW PRIORITY 4326");
    expect(moscow).toContain("Information addressee");
    expect(moscow).toContain("the US Embassy in Moscow");
    expect(moscow).toContain("PRIORITY");
    expect(meaningOf(rows, "RUEHFL/AMCONSUL FLORENCE PRIORITY 2246")).toContain("the US Consulate in Florence");
    expect(meaningOf(rows, "RUCNDT/USMISSION USUN NEW YORK PRIORITY 0721")).toContain("the US Mission to the United Nations in New York");
  });

  it("explains SIPDIS, the E.O. line and the 1.4 reason letters", () => {
    expect(meaningOf(rows, "SIPDIS")).toContain("Net-Centric Diplomacy");
    const order = meaningOf(rows, "E.O. 12958: DECL: 03/19/2007");
    expect(order).toContain("1995");
    expect(order).toContain("13292");
    expect(order).toContain("declassify on 19 March 2007");
    expect(meaningOf(rows, "1.4 (b) and (d)")).toContain("section 1.4 of E.O. 12958");
    expect(meaningOf(rows, "1.4 (b)")).toBe("Foreign government information");
    expect(meaningOf(rows, "1.4 (d)")).toContain("Foreign relations or foreign activities of the United States");
  });
});

describe("06ROME1755, a partial extract without a routing header", () => {
  const record = sample("06ROME1755");
  const rows = explainHeader(record);

  it("has no routing rows but still explains caveats, the E.O. line and the reasons", () => {
    expect(record.routingHeader).toBeNull();
    expect(rows.map(({ term }) => term)).toEqual(["SIPDIS", "NOFORN", "E.O. 12958: DECL: 06/13/2016", "1.4 B AND D", "1.4 (b)", "1.4 (d)"]);
    expect(meaningOf(rows, "NOFORN")).toContain("Not releasable to foreign nationals");
    expect(meaningOf(rows, "E.O. 12958: DECL: 06/13/2016")).toContain("declassify on 13 June 2016");
  });
});

describe("variants", () => {
  it("reads reason letters however they are written", () => {
    expect(readReasons("1.4 (b) and (d)")).toEqual({ section: "1.4", letters: ["b", "d"] });
    expect(readReasons("1.4(B),(D)")).toEqual({ section: "1.4", letters: ["b", "d"] });
    expect(readReasons("1.4 B AND D.")).toEqual({ section: "1.4", letters: ["b", "d"] });
    expect(readReasons("1.4 (A), (C), (D) AND (H)")).toEqual({ section: "1.4", letters: ["a", "c", "d", "h"] });
    expect(readReasons("for no stated reason")).toBeNull();
  });

  it("reads `1.4(B),(D)` as parsed from a cable", () => {
    const record = parse(`C O N F I D E N T I A L ROME 000123\n\nSIPDIS\n\nE.O. 12958: DECL: 01/01/2018\nTAGS: PREL\nSUBJECT: X\n\nClassified By: DCM Elizabeth Dibble, reasons 1.4(B),(D)\n\n1. (C) Text.`);
    const rows = explainHeader(record);
    expect(meaningOf(rows, "1.4 (b)")).toBe("Foreign government information");
    expect(meaningOf(rows, "1.4 (d)")).toContain("Foreign relations");
  });

  it("explains section 1.5 of the order as first issued, and (h) there as unknown", () => {
    const rows = explainHeader({ classificationReasons: "1.5 (b) and (h)", executiveOrder: "12958" });
    expect(meaningOf(rows, "1.5 (b) and (h)")).toContain("renumbered 1.4");
    expect(meaningOf(rows, "1.5 (b)")).toBe("Foreign government information");
    expect(meaningOf(rows, "1.5 (h)")).toBe("A reason letter not explained here");
  });

  it("says it does not know the letters of other sections", () => {
    const rows = explainHeader({ classificationReasons: "1.3 (a) (3)", executiveOrder: "12356" });
    expect(meaningOf(rows, "1.3 (a)")).toBe("A reason letter not explained here");
  });

  it("explains `EO 12356: N/A` and older and newer orders", () => {
    const rows = explainHeader({ headerBlock: "UNCLAS ROME 001234\nEO 12356: N/A\nTAGS: PREL", executiveOrder: "12356" });
    const meaning = meaningOf(rows, "EO 12356: N/A");
    expect(meaning).toContain("1982");
    expect(meaning).toContain("no declassification date");
    expect(meaningOf(explainHeader({ executiveOrder: "13526" }), "E.O. 13526")).toContain("2009");
    expect(meaningOf(explainHeader({ executiveOrder: "12065" }), "E.O. 12065")).toContain("1978");
    expect(meaningOf(explainHeader({ executiveOrder: "99999" }), "E.O. 99999")).toContain("not explained here");
  });

  it("explains known caveats and says an unknown one is unknown", () => {
    const rows = explainHeader({ caveats: ["EXDIS", "NODIS", "LIMDIS", "STADIS", "SENSITIVE", "FOR OFFICIAL USE ONLY", "WNINTEL"] });
    expect(meaningOf(rows, "EXDIS")).toContain("Exclusive distribution");
    expect(meaningOf(rows, "NODIS")).toContain("No distribution");
    expect(meaningOf(rows, "STADIS")).toContain("State Department");
    expect(meaningOf(rows, "FOR OFFICIAL USE ONLY")).toContain("not for public release");
    expect(meaningOf(rows, "WNINTEL")).toBe("A handling caveat not explained here");
  });

  it("reads every precedence prosign of a date-time group", () => {
    const rows = explainHeader({ routingHeader: "Z 010001Z JAN 10\nP 182318Z FEB 09\nR 311200Z DEC 89\nX 311200Z DEC 89" });
    expect(meaningOf(rows, "Z 010001Z JAN 10")).toContain("FLASH");
    expect(meaningOf(rows, "Z 010001Z JAN 10")).toContain("1 January 2010, 00:01 UTC");
    expect(meaningOf(rows, "P 182318Z FEB 09")).toContain("PRIORITY");
    expect(meaningOf(rows, "R 311200Z DEC 89")).toContain("31 December 1989, 12:00 UTC");
    expect(meaningOf(rows, "R 311200Z DEC 89")).toContain("ROUTINE");
    expect(meaningOf(rows, "X 311200Z DEC 89")).toBe("A routing line not explained here");
  });

  it("refuses impossible date-time groups instead of guessing", () => {
    expect(explainDateTimeGroup("161722Z MAR 07")).toBe("16 March 2007, 17:22 UTC (Zulu time)");
    expect(explainDateTimeGroup("301200Z FEB 08")).toBeNull();
    expect(explainDateTimeGroup("162572Z MAR 07")).toBeNull();
    expect(explainDateTimeGroup("161722Z FOO 07")).toBeNull();
    expect(meaningOf(explainHeader({ routingHeader: "O 301200Z FEB 08" }), "O 301200Z FEB 08")).toContain("could not be read");
  });

  it("explains an unclassified security line and a header without routing indicators", () => {
    const rows = explainHeader({ routingHeader: "ZNR UUUUU ZZH\nP 182318Z FEB 09\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC PRIORITY 1234\nINFO AMCONSUL MILAN\nXMT AMCONSUL FLORENCE" });
    expect(meaningOf(rows, "ZNR UUUUU ZZH")).toContain("UUUUU = UNCLASSIFIED");
    expect(meaningOf(rows, "TO SECSTATE WASHDC PRIORITY 1234")).toContain("the Secretary of State");
    expect(meaningOf(rows, "INFO AMCONSUL MILAN")).toContain("the US Consulate in Milan");
    expect(meaningOf(rows, "XMT AMCONSUL FLORENCE")).toBe("A routing line not explained here");
    expect(meaningOf(explainHeader({ routingHeader: "ZNY EEEEE" }), "ZNY EEEEE")).toContain("EFTO");
  });

  it("names posts it knows and only those", () => {
    expect(describeAddress("AMEMBASSY PORT AU PRINCE")).toBe("the US Embassy in Port Au Prince");
    expect(describeAddress("USMISSION USNATO")).toBe("the US Mission to NATO in Brussels");
    expect(describeAddress("SECSTATE WASHDC")).toContain("State Department");
    expect(describeAddress("CDR USEUCOM VAIHINGEN GE")).toBeNull();
    expect(meaningOf(explainHeader({ routingHeader: "INFO RUEKJCS/CDR USEUCOM VAIHINGEN GE" }), "INFO RUEKJCS/CDR USEUCOM VAIHINGEN GE")).toContain("not explained here");
  });

  it("has nothing to explain for an empty header", () => {
    expect(explainHeader({})).toEqual([]);
    expect(explainHeader({ routingHeader: "  \n" })).toEqual([]);
  });
});
