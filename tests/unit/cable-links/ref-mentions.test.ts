import { describe, expect, test } from "vitest";
import { findRefMentions, linkReferences, referenceAnchor, referenceAnchors } from "../../../lib/cable-links/ref-mentions";
import { markTerms } from "../../../lib/search/highlight";

const lettered = (letters: string) => [...letters].map((letter) => ({ letter }));
const linked = (text: string, references: { letter: string | null }[]) =>
  findRefMentions(text, references).flatMap(({ links }) => links.map(({ start, end, anchor }) => [text.slice(start, end), anchor]));

describe("findRefMentions", () => {
  test("a parenthesised mention links its letter, not the parentheses (96ANKARA12278)", () => {
    const text = "TURKEY (REF A).  THE FOLLOWING OBSERVATIONS FROM";
    expect(findRefMentions(text, lettered("AB"))).toEqual([{ start: 8, end: 13, letters: ["A"], links: [{ start: 8, end: 13, anchor: "ref-a" }] }]);
  });

  test("lower case, a dot after REF and parentheses around the letter (02ANKARA8852, 01VATICAN5960)", () => {
    expect(linked("that, for this reason, the Deep State (ref B) will do all in", lettered("ABCDE"))).toEqual([["ref B", "ref-b"]]);
    expect(linked("Ref (C) lays out AK's strengths and challenges", lettered("ABCDE"))).toEqual([["Ref (C)", "ref-c"]]);
    expect(linked("VATICAN MISGIVINGS AT THE WAR EFFORT (REF. A), AFGHANISTAN", lettered("AB"))).toEqual([["REF. A", "ref-a"]]);
    expect(linked("rsecretariat for South America Affairs (ref a), headed by", lettered("ABC"))).toEqual([["ref a", "ref-a"]]);
  });

  test("ranges expand, and each written letter is its own link (03ANKARA2521)", () => {
    const text = "Summary: As refs (A-E) note, Turkish General Staff";
    const [mention] = findRefMentions(text, lettered("ABCDEF"));
    expect(mention?.letters).toEqual(["A", "B", "C", "D", "E"]);
    expect(text.slice(mention!.start, mention!.end)).toBe("refs (A-E)");
    expect(linked(text, lettered("ABCDEF"))).toEqual([["refs (A", "ref-a"], ["E)", "ref-e"]]);
    expect(findRefMentions("REFS A-C", lettered("ABCD"))[0]?.letters).toEqual(["A", "B", "C"]);
  });

  test("lists with AND and commas, across a line break", () => {
    expect(findRefMentions("AS REPORTED IN REFS B AND C, THE GOI", lettered("ABC"))[0]?.letters).toEqual(["B", "C"]);
    expect(linked("AS REPORTED IN REFS B AND C, THE GOI", lettered("ABC"))).toEqual([["REFS B", "ref-b"], ["C", "ref-c"]]);
    expect(findRefMentions("(REFS B, C)", lettered("ABC"))[0]?.letters).toEqual(["B", "C"]);
    expect(findRefMentions("refs A, B and\nD", lettered("ABCD"))[0]?.letters).toEqual(["A", "B", "D"]);
  });

  test("only letters the REF line defines become links", () => {
    expect(findRefMentions("(REF C)", lettered("AB"))).toEqual([]);
    expect(findRefMentions("REFS A AND C", lettered("AB"))[0]?.letters).toEqual(["A"]);
    expect(linked("REFS C AND B", lettered("AB"))).toEqual([["B", "ref-b"]]);
  });

  test("never inside a word, and a word after REF is no letter", () => {
    expect(findRefMentions("GIVEN PREFERENCE TO THE REFORM A BILL", lettered("AB"))).toEqual([]);
    expect(findRefMentions("THE REFUGEES (A MILLION)", lettered("AB"))).toEqual([]);
    expect(findRefMentions("REF AMBASSADOR", lettered("AB"))).toEqual([]);
    expect(findRefMentions("REFS AND OTHERS", lettered("AB"))).toEqual([]);
  });

  test("a bare REFTEL links only when the cable has a single reference (02BOGOTA3281)", () => {
    const text = "EXISTENCE OF FARC CAMPS IN VENEZUELA (REFTEL). EMBASSY";
    expect(linked(text, [{ letter: null }])).toEqual([["REFTEL", "ref-1"]]);
    expect(linked(text, lettered("A"))).toEqual([["REFTEL", "ref-a"]]);
    expect(findRefMentions(text, lettered("AB"))).toEqual([]);
    expect(findRefMentions(text, [])).toEqual([]);
    expect(linked("As requested reftel A, Post provides", lettered("AB"))).toEqual([["reftel A", "ref-a"]]);
  });
});

describe("referenceAnchor", () => {
  test("lower-case letter, or the position counted from 1", () => {
    expect(referenceAnchor({ letter: "B" }, 1)).toBe("ref-b");
    expect(referenceAnchor({ letter: null }, 2)).toBe("ref-3");
  });

  test("ids stay unique when a REF line repeats a letter, and mentions go to the first", () => {
    const references = [{ letter: "A" }, { letter: null }, { letter: "A" }, { letter: "B" }];
    expect(referenceAnchors(references)).toEqual(["ref-a", "ref-2", "ref-3", "ref-b"]);
    expect(linked("(REF A)", references)).toEqual([["REF A", "ref-a"]]);
  });
});

describe("linkReferences", () => {
  test("without search marks, the mention becomes its own segment", () => {
    const text = "AFTER LABOUR TURNED HIM DOWN (REF A). AFFIRMING";
    expect(linkReferences(markTerms(text, []), findRefMentions(text, lettered("AB")))).toEqual([
      { text: "AFTER LABOUR TURNED HIM DOWN (", isMatch: false },
      { text: "REF A", isMatch: false, referenceAnchor: "ref-a" },
      { text: "). AFFIRMING", isMatch: false },
    ]);
  });

  test("search marks inside and around a mention are kept", () => {
    const text = "LABOUR (REF A) LABOUR";
    const mentions = findRefMentions(text, lettered("A"));
    expect(linkReferences(markTerms(text, ["ref"]), mentions)).toEqual([
      { text: "LABOUR (", isMatch: false },
      { text: "REF", isMatch: true, referenceAnchor: "ref-a" },
      { text: " A", isMatch: false, referenceAnchor: "ref-a" },
      { text: ") LABOUR", isMatch: false },
    ]);
    expect(linkReferences(markTerms(text, ["labour"]), mentions).map(({ text, isMatch, referenceAnchor }) => [text, isMatch, referenceAnchor])).toEqual([
      ["LABOUR", true, undefined],
      [" (", false, undefined],
      ["REF A", false, "ref-a"],
      [") ", false, undefined],
      ["LABOUR", true, undefined],
    ]);
  });

  test("the segments always spell the original text", () => {
    const text = "As refs (A-E) note, and (ref F); see REFS B AND C.";
    const segments = linkReferences(markTerms(text, ["note", "b"]), findRefMentions(text, lettered("ABCDEF")));
    expect(segments.map(({ text }) => text).join("")).toBe(text);
    expect(segments.filter(({ referenceAnchor }) => referenceAnchor).map(({ text }) => text)).toEqual(["refs (A", "E)", "ref F", "REFS ", "B", "C"]);
  });
});
