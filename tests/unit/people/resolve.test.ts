import { describe, expect, it } from "vitest";
import { personSlug, resolvePeople } from "@/lib/people";
import { commonTitles } from "@/lib/people/resolve";
import type { PersonMention } from "@/lib/people";

function mention(name: string, fields: Partial<PersonMention> = {}): PersonMention {
  const words = name.split(" ");
  const surname = fields.surname ?? words[words.length - 1]!;
  const givenNames = fields.givenNames !== undefined ? fields.givenNames : words.length > 1 ? words.slice(0, -1).join(" ") : null;
  return { name, surname, givenNames, title: null, role: "mentioned", paragraphIndex: 1, ...fields };
}

function cableOf(refId: string, mentions: PersonMention[], { sentAt = "2006-06-13T00:00:00.000Z", origin = "Embassy Rome" } = {}) {
  return { refId, sentAt, origin, mentions };
}

describe("personSlug", () => {
  it("makes stable ASCII slugs", () => {
    expect(personSlug("Massimo D'Alema")).toBe("massimo-dalema");
    expect(personSlug("Raimondo De Cardona")).toBe("raimondo-de-cardona");
    expect(personSlug("José Couso")).toBe("jose-couso");
    expect(personSlug("Richard M. Mills")).toBe("richard-m-mills");
  });
});

describe("resolvePeople", () => {
  it("merges the variants of one person and shows the fullest name", () => {
    const people = resolvePeople([
      cableOf("06ROME1755", [mention("D'ALEMA", { paragraphIndex: null, title: "FM" }), mention("D'Alema", { title: "FM" }), mention("D'Alema")]),
      cableOf("07ROME100", [mention("Massimo D'Alema", { surname: "D'Alema", givenNames: "Massimo", title: "Foreign Minister" })]),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ key: "massimo-dalema", displayName: "Massimo D'Alema", variants: ["D'ALEMA", "D'Alema", "Massimo D'Alema"], titles: ["FM", "Foreign Minister"] });
    expect(people[0]!.mentions.map((m) => m.refId)).toEqual(["06ROME1755", "06ROME1755", "06ROME1755", "07ROME100"]);
  });

  it("merges initials and misspellings of a given name, never different given names", () => {
    const people = resolvePeople([
      cableOf("A", [mention("RONALD P. SPOGLI", { surname: "SPOGLI", givenNames: "RONALD P." }), mention("Ronald Spogli"), mention("R. Spogli", { givenNames: "R." })]),
      cableOf("B", [mention("Bernadino Leon"), mention("Bernardino Leon")]),
      cableOf("C", [mention("Gamal Mubarak"), mention("Hosni Mubarak")]),
    ]);
    expect(people.map((person) => person.displayName)).toEqual(["Ronald P. Spogli", "Bernardino Leon", "Gamal Mubarak", "Hosni Mubarak"]);
  });

  it("joins a bare surname to the one full name known with it, in its cable first", () => {
    const people = resolvePeople([
      cableOf("09CAIRO1", [mention("Gamal Mubarak"), mention("Mubarak")]),
      cableOf("09CAIRO2", [mention("Hosni Mubarak", { title: "President" })]),
      cableOf("06ROME1", [mention("Romano Prodi")]),
      cableOf("07ROME2", [mention("Prodi", { title: "PM" })]),
    ]);
    expect(people.map((person) => [person.displayName, person.mentions.length])).toEqual([
      ["Gamal Mubarak", 2],
      ["Hosni Mubarak", 1],
      ["Romano Prodi", 2],
    ]);
  });

  it("uses titles and posts to choose among namesakes, else keeps a surname-only person", () => {
    const people = resolvePeople([
      cableOf("A", [mention("Beth Jones", { title: "A/S" })], { origin: "Embassy The Hague" }),
      cableOf("B", [mention("James Jones", { title: "Gen" })], { origin: "Embassy Ankara" }),
      cableOf("C", [mention("Jones", { title: "A/S" })], { origin: "Embassy Paris" }),
      cableOf("D", [mention("Jones")], { origin: "Embassy Ankara" }),
      cableOf("E", [mention("Jones")], { origin: "Embassy Rome" }),
    ]);
    expect(people.map((person) => [person.displayName, person.mentions.map((m) => m.refId).join(",")])).toEqual([
      ["Beth Jones", "A,C"],
      ["James Jones", "B,D"],
      ["Jones", "E"],
    ]);
  });

  it("keeps bare surnames decades apart as different people", () => {
    const people = resolvePeople([
      cableOf("72TEHRAN1", [mention("FARLAND")], { sentAt: "1972-08-10T04:00:00.000Z" }),
      cableOf("09LONDON1", [mention("Farland")], { sentAt: "2009-01-13T17:10:00.000Z" }),
    ]);
    expect(people.map((person) => [person.key, person.displayName])).toEqual([
      ["farland-1972", "Farland (1972)"],
      ["farland-2009", "Farland (2009)"],
    ]);
  });
});

describe("namesakes", () => {
  it("gives people kept apart under one name the years of their mentions", () => {
    const bare = (refId: string, sentAt: string) => ({ refId, sentAt, origin: null, mentions: [{ name: "SMITH", surname: "SMITH", givenNames: null, title: null, role: "signed" as const, paragraphIndex: null }] });
    const people = resolvePeople([bare("85STATE1", "1985-01-02T00:00:00Z"), bare("09STATE2", "2009-05-06T00:00:00Z"), bare("09STATE3", "2009-07-06T00:00:00Z")]);
    expect(people.map(({ displayName, key }) => [displayName, key])).toEqual([
      ["Smith (1985)", "smith-1985"],
      ["Smith (2009)", "smith-2009"],
    ]);
  });
});

describe("a bare surname whose cable names nobody fuller", () => {
  const barack = (n: number) => Array.from({ length: n }, (_, i) => cableOf(`09STATE${i}`, [mention("Barack Obama")], { sentAt: "2009-03-01T00:00:00.000Z" }));

  it("goes to the person the corpus names with that surname far more often than anyone else", () => {
    const people = resolvePeople([...barack(8), cableOf("09PARIS1", [mention("Michelle Obama")], { sentAt: "2009-04-01T00:00:00.000Z" }), cableOf("09ROME1", [mention("OBAMA")], { sentAt: "2009-05-01T00:00:00.000Z" })]);
    expect(people.map((person) => [person.displayName, person.mentions.length])).toEqual([
      ["Barack Obama", 9],
      ["Michelle Obama", 1],
    ]);
  });

  it("stays apart when no one dominates, or when the cable lies outside that person's years", () => {
    const even = resolvePeople([...barack(2), cableOf("09PARIS1", [mention("Michelle Obama")]), cableOf("09ROME1", [mention("OBAMA")])]);
    expect(even.map((person) => person.displayName)).toContain("Obama");
    const early = resolvePeople([...barack(8), cableOf("09PARIS1", [mention("Michelle Obama")]), cableOf("85ROME1", [mention("OBAMA")], { sentAt: "1985-05-01T00:00:00.000Z" })]);
    expect(early.map((person) => person.displayName)).toContain("Obama");
  });
});

describe("commonTitles", () => {
  it("keeps short titles once each, most frequent first, dropping run-on clauses", () => {
    const titles = ["PRESIDENT", "President", "President", "Prime Minister", "President-elect has no network in the Kremlin or the regions", null];
    expect(commonTitles(titles.map((title) => ({ title })))).toEqual(["President", "Prime Minister"]);
  });
});
