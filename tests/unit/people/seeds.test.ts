import { describe, expect, it } from "vitest";
import { buildGazetteer, extractMentions, resolvePeople } from "@/lib/people";
import { SEED_PEOPLE, readSeed } from "./support";

const SEEDS = ["06ROME1755", "07ROME535"];

describe("the product owner's seed cables", () => {
  const records = SEEDS.map(readSeed);
  const gazetteer = buildGazetteer(records);
  const people = resolvePeople(records.map((record) => ({ refId: record.refId, sentAt: record.sentAt, origin: record.origin, mentions: extractMentions(record, gazetteer) })));
  const names = people.map((person) => person.displayName);

  it("yields every person they name, once each", () => {
    console.log(`seed people: ${names.join(", ")}`);
    for (const surname of SEED_PEOPLE) expect(names.filter((name) => name.endsWith(surname)), surname).toHaveLength(1);
    expect(names).toHaveLength(SEED_PEOPLE.length);
  });

  it("shows the fullest name, its roles and its paragraphs", () => {
    const byName = new Map(people.map((person) => [person.displayName, person]));
    expect(byName.get("Ronald P. Spogli")?.mentions.map((m) => m.role).sort()).toEqual(["classified", "signed"]);
    expect(byName.get("Jonathan R Cohen")?.mentions).toEqual([expect.objectContaining({ role: "classified", refId: "07ROME535", paragraphIndex: null })]);
    expect(byName.get("Raimondo De Cardona")).toMatchObject({ key: "raimondo-de-cardona", titles: ["Director of the MFA Balkans Office"] });
    expect(byName.get("Vladimir Putin")?.variants).toEqual(expect.arrayContaining(["Vladimir Putin", "Putin", "PUTIN"]));
    const dalema = byName.get("D'Alema");
    expect(dalema?.variants).toEqual(expect.arrayContaining(["D'ALEMA", "D'Alema"]));
    expect(new Set(dalema?.mentions.filter((m) => m.refId === "06ROME1755").map((m) => m.paragraphIndex))).toEqual(new Set([null, 1, 2, 4, 5, 7, 9, 10]));
  });

  it("names no organisation or place", () => {
    for (const name of ["NATO", "Dhi Qar", "Nassiriya", "Washington", "MFA", "GOI", "Kosovo", "Missile Defense", "Vienna"]) expect(names).not.toContain(name);
  });
});
