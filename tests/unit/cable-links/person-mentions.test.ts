import { describe, expect, it } from "vitest";
import { findPersonLinks } from "../../../lib/cable-links/person-mentions";
import { linkSpans } from "../../../lib/cable-links/ref-mentions";
import { markTerms } from "../../../lib/search/highlight";

const dalema = { slug: "massimo-dalema", displayName: "Massimo D'Alema" };
const prodi = { slug: "romano-prodi", displayName: "Romano Prodi" };

describe("findPersonLinks", () => {
  // 06ROME1755 ¶1, shortened.
  const text = "I met with FM D'Alema June 13 to preview his plans. D'Alema said PM Prodi would\nlike Massimo  D'Alema to go.";

  it("links every occurrence of each name as written, whole words only", () => {
    const links = findPersonLinks(text, [{ name: "D'Alema", ...dalema }, { name: "Prodi", ...prodi }]);
    expect(links.map(({ start, end }) => text.slice(start, end))).toEqual(["D'Alema", "D'Alema", "Prodi", "D'Alema"]);
    expect(links.map(({ target }) => target.person?.slug)).toEqual(["massimo-dalema", "massimo-dalema", "romano-prodi", "massimo-dalema"]);
  });

  it("prefers the longer name, across line breaks and doubled spaces", () => {
    const links = findPersonLinks(text, [{ name: "D'Alema", ...dalema }, { name: "Massimo D'Alema", ...dalema }]);
    expect(links.map(({ start, end }) => text.slice(start, end))).toEqual(["D'Alema", "D'Alema", "Massimo  D'Alema"]);
  });

  it("does not link a name inside a longer word, nor treat the name as a pattern", () => {
    expect(findPersonLinks("PRODIGAL sons; Prodis", [{ name: "PRODI", ...prodi }, { name: "Prodi", ...prodi }])).toEqual([]);
    expect(findPersonLinks("a.b c", [{ name: "a.b", ...prodi }]).length).toBe(1);
    expect(findPersonLinks("axb c", [{ name: "a.b", ...prodi }])).toEqual([]);
    const afterWords = "AntiProdi, l'Prodi and 2Prodi are not him; Prodi is";
    expect(findPersonLinks(afterWords, [{ name: "Prodi", ...prodi }]).map(({ start }) => start)).toEqual([afterWords.lastIndexOf("Prodi")]);
    expect(findPersonLinks("ProdiProdi Prodi", [{ name: "Prodi", ...prodi }]).map(({ start }) => start)).toEqual([11]);
  });

  it("links a name listed once per mention just as if it were listed once; the first person listed keeps it", () => {
    const once = findPersonLinks(text, [{ name: "D'Alema", ...dalema }]);
    const perMention = findPersonLinks(text, [{ name: "D'Alema", ...dalema }, { name: "D'Alema", ...prodi }, { name: "D'Alema", ...dalema }]);
    expect(perMention).toEqual(once);
    expect(once).toHaveLength(3);
  });

  it("splits search marks around the links without losing text", () => {
    const sentence = "PM Prodi met Putin";
    const segments = linkSpans(markTerms(sentence, ["met"]), findPersonLinks(sentence, [{ name: "Prodi", ...prodi }]));
    expect(segments.map(({ text }) => text).join("")).toBe(sentence);
    expect(segments.find(({ person }) => person)).toMatchObject({ text: "Prodi", isMatch: false, person: prodi });
    expect(segments.find(({ isMatch }) => isMatch)?.text).toBe("met");
  });
});
