import { describe, expect, it } from "vitest";
import { describePost } from "@/lib/glossary/posts";
import { hasCorpus, warnIfNoCorpus } from "../cable/corpus";
import { corpusCounts, percent, weightedShare } from "./corpus-counts";

describe("describePost", () => {
  it("describes embassies and consulates by city and country", () => {
    expect(describePost("Embassy Rome")).toEqual({ name: "Embassy Rome", kind: "embassy", city: "Rome", country: "Italy" });
    expect(describePost("Consulate Monterrey")).toEqual({ name: "Consulate Monterrey", kind: "consulate", city: "Monterrey", country: "Mexico" });
    expect(describePost("Consulate Milan").country).toBe("Italy");
    expect(describePost("Consulate Jeddah").country).toBe("Saudi Arabia");
    expect(describePost("Consulate Vladivostok").country).toBe("Russia");
    expect(describePost("Consulate Hong Kong").country).toBe("China");
    expect(describePost("Embassy Tel Aviv").country).toBe("Israel");
  });

  it("names the city where the dump names the country", () => {
    expect(describePost("Embassy Mexico")).toEqual({ name: "Embassy Mexico", kind: "embassy", city: "Mexico City", country: "Mexico" });
    expect(describePost("Embassy Vatican")).toMatchObject({ city: "Vatican City", country: "Holy See" });
  });

  it("matches city names whatever their spelling of case, hyphens and accents", () => {
    expect(describePost("Embassy Port Au Prince").country).toBe("Haiti");
    expect(describePost("Embassy Port-au-Prince").country).toBe("Haiti");
    expect(describePost("Embassy Bogotá").country).toBe("Colombia");
    expect(describePost("  Consulate   Sao Paulo ")).toEqual({ name: "Consulate Sao Paulo", kind: "consulate", city: "Sao Paulo", country: "Brazil" });
  });

  it("gives multilateral missions a city but no country", () => {
    expect(describePost("Mission USNATO")).toEqual({ name: "Mission USNATO", kind: "mission", city: "Brussels", country: null });
    expect(describePost("USEU Brussels")).toEqual({ name: "USEU Brussels", kind: "mission", city: "Brussels", country: null });
    expect(describePost("USUN New York")).toEqual({ name: "USUN New York", kind: "mission", city: "New York", country: null });
    expect(describePost("US Mission Geneva")).toEqual({ name: "US Mission Geneva", kind: "mission", city: "Geneva", country: null });
    expect(describePost("UNVIE")).toMatchObject({ kind: "mission", city: "Vienna", country: null });
    expect(describePost("Mission USOSCE")).toMatchObject({ kind: "mission", city: "Vienna", country: null });
  });

  it("places Washington offices in the United States", () => {
    expect(describePost("Secretary of State")).toEqual({ name: "Secretary of State", kind: "department", city: "Washington", country: "United States" });
    expect(describePost("Secretary of Defense").kind).toBe("department");
    expect(describePost("Joint Chiefs of Staff").country).toBe("United States");
  });

  it("treats posts standing in for an embassy as embassies", () => {
    expect(describePost("US Interests Section Havana")).toEqual({ name: "US Interests Section Havana", kind: "embassy", city: "Havana", country: "Cuba" });
    expect(describePost("American Institute Taiwan, Taipei")).toEqual({ name: "American Institute Taiwan, Taipei", kind: "embassy", city: "Taipei", country: "Taiwan" });
  });

  it("keeps branch offices and delegations apart from embassies and consulates", () => {
    expect(describePost("REO Basrah")).toEqual({ name: "REO Basrah", kind: "other", city: "Basrah", country: "Iraq" });
    expect(describePost("US Office Almaty")).toEqual({ name: "US Office Almaty", kind: "other", city: "Almaty", country: "Kazakhstan" });
    expect(describePost("Iran RPO Dubai")).toMatchObject({ kind: "other", city: "Dubai", country: "United Arab Emirates" });
    expect(describePost("US Delegation, Secretary")).toEqual({ name: "US Delegation, Secretary", kind: "other", city: null, country: null });
  });

  it("leaves Jerusalem without a country", () => {
    expect(describePost("Consulate Jerusalem")).toEqual({ name: "Consulate Jerusalem", kind: "consulate", city: "Jerusalem", country: null });
  });

  it("gives unknown posts a kind from the form of the name and never throws", () => {
    expect(describePost("Embassy Atlantis")).toEqual({ name: "Embassy Atlantis", kind: "embassy", city: "Atlantis", country: null });
    expect(describePost("Consulate General Lyon")).toMatchObject({ kind: "consulate", city: "Lyon", country: null });
    expect(describePost("Some Office")).toEqual({ name: "Some Office", kind: "other", city: null, country: null });
    expect(describePost("")).toEqual({ name: "", kind: "other", city: null, country: null });
    expect(describePost("<script>alert(1)</script>").kind).toBe("other");
    expect(describePost(`Embassy ${"X".repeat(500)}`).kind).toBe("other");
    expect(describePost(null as unknown as string)).toEqual({ name: "", kind: "other", city: null, country: null });
  });
});

warnIfNoCorpus("glossary posts corpus");

describe.skipIf(!hasCorpus)("describePost on the development corpus", () => {
  it("gives 98 % of cables a post kind and 95 % of bilateral posts a country", async () => {
    const { origins, failures } = await corpusCounts();
    expect(failures).toBe(0);
    const withKind = weightedShare(origins, describePost, ({ kind }) => kind !== "other");
    const withCountry = weightedShare(origins, describePost, ({ country }) => country !== null, ({ kind }) => kind !== "mission");
    const unplaced = [...origins.keys()].filter((name) => describePost(name).kind !== "mission" && describePost(name).country === null);
    console.info(
      `[glossary posts] ${origins.size} distinct origins, ${withKind.total} cables: ${percent(withKind.share)} with a post kind; ` +
        `${percent(withCountry.share)} of ${withCountry.total} cables from bilateral posts with a country (none for: ${unplaced.join("; ")})`,
    );
    expect(withKind.share).toBeGreaterThanOrEqual(0.98);
    expect(withCountry.share).toBeGreaterThanOrEqual(0.95);
  }, 30_000);
});
