import { describe, expect, it } from "vitest";
import { describeTag, TAG_KINDS } from "@/lib/glossary/tags";
import type { TagKind } from "@/lib/glossary/tags";
import { hasCorpus, warnIfNoCorpus } from "../cable/corpus";
import { corpusCounts, percent, weightedShare } from "./corpus-counts";

const kindsOf = (tagsLine: string): TagKind[] => tagsLine.split(" ").map((code) => describeTag(code).kind);

describe("describeTag", () => {
  it("reads the TAGS line of the first seed cable (06ROME1755)", () => {
    expect(kindsOf("PREL PGOV OVIP MOPS IZ IT EUN NATO")).toEqual(["subject", "subject", "subject", "subject", "country", "country", "organisation", "organisation"]);
    expect(describeTag("PREL")).toEqual({ code: "PREL", kind: "subject", description: "External Political Relations" });
    expect(describeTag("OVIP").description).toBe("Visits and Travel of Prominent Individuals");
    expect(describeTag("MOPS").description).toBe("Military Operations");
    expect(describeTag("IZ").description).toBe("Iraq");
    expect(describeTag("EUN").description).toBe("European Union");
  });

  it("reads the TAGS line of the second seed cable (07ROME535)", () => {
    expect(kindsOf("PREL PGOV NATO EUN UNSC RU IT")).toEqual(["subject", "subject", "organisation", "organisation", "organisation", "country", "country"]);
    expect(describeTag("PGOV").description).toBe("Internal Governmental Affairs");
    expect(describeTag("UNSC").description).toBe("United Nations Security Council");
    expect(describeTag("RU").description).toBe("Russia");
  });

  it("uses the State Department's geographic codes, not ISO 3166", () => {
    const expected: Record<string, string> = {
      CH: "China",
      GM: "Germany",
      UK: "United Kingdom",
      JA: "Japan",
      KS: "South Korea",
      KN: "North Korea",
      RS: "Russia",
      IR: "Iran",
      AF: "Afghanistan",
      PK: "Pakistan",
      IN: "India",
      CS: "Costa Rica",
      IC: "Iceland",
      SZ: "Switzerland",
      VT: "Holy See (Vatican)",
    };
    for (const [code, country] of Object.entries(expected)) {
      expect(describeTag(code)).toEqual({ code, kind: "country", description: country });
    }
  });

  it("describes program (K) tags", () => {
    expect(describeTag("KPAO")).toEqual({ code: "KPAO", kind: "program", description: "Public Affairs Office" });
    expect(describeTag("KTIP").description).toBe("Trafficking in Persons");
    expect(describeTag("KNNP").description).toBe("Nuclear Nonproliferation");
    expect(describeTag("KDEM").description).toBe("Democratization");
  });

  it("keeps person tags as written, with one space after the comma", () => {
    expect(describeTag("CLINTON, HILLARY")).toEqual({ code: "CLINTON, HILLARY", kind: "person", description: null });
    expect(describeTag("PUTIN,VLADIMIR").code).toBe("PUTIN, VLADIMIR");
    expect(describeTag("Clinton,  Hillary")).toEqual({ code: "Clinton, Hillary", kind: "person", description: null });
    expect(describeTag("AL-MALIKI, NOURI").kind).toBe("person");
    expect(describeTag("Hillary Clinton").kind).toBe("person");
  });

  it("does not take two codes run together for a person", () => {
    expect(describeTag("PTER, EUN")).toEqual({ code: "PTER, EUN", kind: "unknown", description: null });
    expect(describeTag("IAEA, NPT").kind).toBe("unknown");
    expect(describeTag("MDC, ZANU-PF").kind).toBe("unknown");
    expect(describeTag("VTPREL, VTPREL").kind).toBe("unknown");
  });

  it("normalises odd spacing, case and stray separators", () => {
    expect(describeTag("  prel ")).toEqual({ code: "PREL", kind: "subject", description: "External Political Relations" });
    expect(describeTag("pgov,").code).toBe("PGOV");
    expect(describeTag("\tNato\n").code).toBe("NATO");
    expect(describeTag("italy")).toEqual({ code: "ITALY", kind: "country", description: "Italy" });
  });

  it("gives the kind of an unlisted code from its shape but no meaning", () => {
    expect(describeTag("QQ")).toEqual({ code: "QQ", kind: "country", description: null });
    expect(describeTag("KQQQ")).toEqual({ code: "KQQQ", kind: "program", description: null });
    expect(describeTag("PQQQ")).toEqual({ code: "PQQQ", kind: "subject", description: null });
  });

  it("marks malformed and empty codes as unknown without throwing", () => {
    for (const code of ["", "   ", ",", "ETRDEINVECINPGOVCS", "19", "<script>alert(1)</script>", 'PREL\\"', "X".repeat(500)]) {
      expect(describeTag(code).kind).toBe("unknown");
      expect(describeTag(code).description).toBeNull();
    }
    expect(describeTag(undefined as unknown as string)).toEqual({ code: "", kind: "unknown", description: null });
  });

  it("lists every kind once for the UI filters", () => {
    expect(TAG_KINDS).toEqual(["subject", "country", "organisation", "program", "person", "unknown"]);
  });
});

warnIfNoCorpus("glossary tags corpus");

describe.skipIf(!hasCorpus)("describeTag on the development corpus", () => {
  it("classifies 95 % and describes 90 % of tag occurrences", async () => {
    const { tags } = await corpusCounts();
    const classified = weightedShare(tags, describeTag, ({ kind }) => kind !== "unknown");
    const described = weightedShare(tags, describeTag, ({ description }) => description !== null);
    console.info(`[glossary tags] ${tags.size} distinct tags, ${classified.total} occurrences: ${percent(classified.share)} classified, ${percent(described.share)} described`);
    expect(classified.share).toBeGreaterThanOrEqual(0.95);
    expect(described.share).toBeGreaterThanOrEqual(0.9);
  }, 30_000);
});
