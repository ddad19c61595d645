import { expect, test } from "vitest";
import { bibtexCitation, chicagoCitation, citationsFor, cslItem, cslJsonCitation, escapeBibtex, quoteWithCitation, type CitedCable, type CitedParagraph } from "../../../lib/cite";

const BASE = "https://cables.example.org";

// The seed cables' metadata as the parser reads it: 06ROME1755 is dated only to its month.
const ROME_1755: CitedCable = {
  refId: "06ROME1755",
  subject: "ITALIAN FM D'ALEMA SEEKING GOOD START TO RELATIONSHIP, WILLING TO DO MORE IN IRAQ UNDER NATO",
  sentAt: new Date("2006-06-13T00:00:00Z"),
  sentAtPrecision: "month",
  origin: "Embassy Rome",
  classification: "SECRET//NOFORN",
};
const ROME_535: CitedCable = {
  refId: "07ROME535",
  subject: 'PRODI/PUTIN - ITALIANS CLAIM "FULL HARMONY" WITH RUSSIA',
  sentAt: new Date("2007-03-16T17:22:00Z"),
  sentAtPrecision: "minute",
  origin: "Embassy Rome",
  classification: "CONFIDENTIAL",
};
const P16: CitedParagraph = {
  anchor: "p16",
  number: 16,
  text: 'Finally, he said he needed to find some diplomatic language for the joint press availability in Washington. He told me he views himself as "the good guy".',
};
const HOSTILE: CitedCable = {
  ...ROME_535,
  refId: "09TESTPOST1",
  subject: 'A {B} C} 100% & $5 #1 x_y ~z ^w \\end{document} "Q" }{',
  origin: "Consulate Milan",
};

/** Braces that BibTeX itself counts: every one, escaped or not. */
function isBraceBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "{") depth += 1;
    if (char === "}") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

test("Chicago: issuing post, subject as written, month-only date, archive and permalink", () => {
  expect(chicagoCitation({ cable: ROME_1755, baseUrl: BASE })).toBe(
    'U.S. Embassy Rome, "ITALIAN FM D\'ALEMA SEEKING GOOD START TO RELATIONSHIP, WILLING TO DO MORE IN IRAQ UNDER NATO," cable 06ROME1755, June 2006, Cable Archive, https://cables.example.org/cable/06ROME1755.',
  );
});

test("Chicago: a paragraph adds its number and its anchor", () => {
  expect(chicagoCitation({ cable: ROME_1755, paragraph: P16, baseUrl: `${BASE}/` })).toBe(
    'U.S. Embassy Rome, "ITALIAN FM D\'ALEMA SEEKING GOOD START TO RELATIONSHIP, WILLING TO DO MORE IN IRAQ UNDER NATO," cable 06ROME1755, June 2006, ¶16, Cable Archive, https://cables.example.org/cable/06ROME1755#p16.',
  );
});

test("Chicago: full date, inner double quotes become single, no time of day", () => {
  expect(chicagoCitation({ cable: ROME_535, baseUrl: BASE })).toBe(
    "U.S. Embassy Rome, \"PRODI/PUTIN - ITALIANS CLAIM 'FULL HARMONY' WITH RUSSIA,\" cable 07ROME535, March 16, 2007, Cable Archive, https://cables.example.org/cable/07ROME535.",
  );
});

test("Chicago: dates by precision, n.d. when unknown, no author or title when the cable lacks them", () => {
  expect(chicagoCitation({ cable: { ...ROME_535, sentAtPrecision: "year" }, baseUrl: BASE })).toContain(", 2007, Cable Archive");
  expect(chicagoCitation({ cable: { ...ROME_535, sentAtPrecision: "day" }, baseUrl: BASE })).toContain(", March 16, 2007, ");
  expect(chicagoCitation({ cable: { ...ROME_535, sentAt: null, sentAtPrecision: null, origin: null, subject: null }, baseUrl: BASE })).toBe(
    "cable 07ROME535, n.d., Cable Archive, https://cables.example.org/cable/07ROME535.",
  );
  expect(chicagoCitation({ cable: { ...ROME_535, subject: "WHAT NEXT?" }, baseUrl: BASE })).toContain('"WHAT NEXT?" cable');
});

test("the issuing body stands on its own outside the archive", () => {
  const authorOf = (origin: string) => cslItem({ cable: { ...ROME_535, origin }, baseUrl: BASE }).author;
  expect(authorOf("Secretary of State")).toEqual([{ literal: "U.S. Department of State" }]);
  expect(authorOf("Consulate Milan")).toEqual([{ literal: "U.S. Consulate Milan" }]);
  expect(authorOf("Mission USNATO")).toEqual([{ literal: "U.S. Mission USNATO" }]);
  expect(authorOf("US Mission Geneva")).toEqual([{ literal: "U.S. Mission Geneva" }]);
  expect(authorOf("USUN New York")).toEqual([{ literal: "USUN New York" }]);
});

test("BibTeX: keyed by the reference id, corporate author and title kept in double braces", () => {
  expect(bibtexCitation({ cable: ROME_535, baseUrl: BASE })).toBe(
    [
      "@misc{07ROME535,",
      "  author = {{U.S. Embassy Rome}},",
      '  title = {{PRODI/PUTIN - ITALIANS CLAIM "FULL HARMONY" WITH RUSSIA}},',
      "  howpublished = {Diplomatic cable 07ROME535},",
      "  date = {2007-03-16},",
      "  year = {2007},",
      "  month = mar,",
      "  note = {Classified CONFIDENTIAL. Cable Archive},",
      "  url = {https://cables.example.org/cable/07ROME535},",
      "}",
    ].join("\n"),
  );
});

test("BibTeX: a paragraph gets its own key, note and permalink; a month-only date stays so", () => {
  const entry = bibtexCitation({ cable: ROME_1755, paragraph: P16, baseUrl: BASE });
  expect(entry.startsWith("@misc{06ROME1755-p16,\n")).toBe(true);
  expect(entry).toContain("  date = {2006-06},\n");
  expect(entry).toContain("  month = jun,\n");
  expect(entry).toContain("  note = {Paragraph 16. Classified SECRET//NOFORN. Cable Archive},\n");
  expect(entry).toContain("  url = {https://cables.example.org/cable/06ROME1755#p16},\n");
  expect(isBraceBalanced(entry)).toBe(true);
});

test("BibTeX: every special character of a hostile subject is escaped and braces stay balanced", () => {
  expect(escapeBibtex("{ } \\ % & $ # _ ~ ^")).toBe("\\textbraceleft{} \\textbraceright{} \\textbackslash{} \\% \\& \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{}");
  const entry = bibtexCitation({ cable: HOSTILE, baseUrl: BASE });
  expect(isBraceBalanced(entry)).toBe(true);
  const title = /^ {2}title = \{\{(.*)\}\},$/m.exec(entry)?.[1] ?? "";
  expect(title).toBe(
    'A \\textbraceleft{}B\\textbraceright{} C\\textbraceright{} 100\\% \\& \\$5 \\#1 x\\_y \\textasciitilde{}z \\textasciicircum{}w \\textbackslash{}end\\textbraceleft{}document\\textbraceright{} "Q" \\textbraceright{}\\textbraceleft{}',
  );
  // No unescaped special character is left in any field but the verbatim URL.
  for (const line of entry.split("\n").filter((line) => / = /.test(line) && !line.startsWith("  url"))) {
    const value = line.replace(/\\(textbraceleft|textbraceright|textbackslash|textasciitilde|textasciicircum)\{\}|\\[%&$#_]/g, "");
    expect(value.replace(/^ {2}\w+ = /, "").replace(/^\{\{?|\}?\},$/g, "")).not.toMatch(/[{}\\%&$#_~^]/);
  }
  expect(entry).toContain("  author = {{U.S. Consulate Milan}},");
});

test("BibTeX: a base URL with braces or spaces cannot break the entry", () => {
  const entry = bibtexCitation({ cable: ROME_535, baseUrl: "https://example.org/a {b}\\c" });
  expect(entry).toContain("url = {https://example.org/a%20%7Bb%7D%5Cc/cable/07ROME535},");
  expect(isBraceBalanced(entry)).toBe(true);
});

test("CSL-JSON: one document item with literal author, date parts by precision, number and archive", () => {
  const items = JSON.parse(cslJsonCitation({ cable: ROME_535, baseUrl: BASE })) as unknown[];
  expect(items).toEqual([
    {
      id: "07ROME535",
      type: "document",
      genre: "Diplomatic cable",
      title: 'PRODI/PUTIN - ITALIANS CLAIM "FULL HARMONY" WITH RUSSIA',
      author: [{ literal: "U.S. Embassy Rome" }],
      issued: { "date-parts": [[2007, 3, 16]] },
      number: "07ROME535",
      archive: "Cable Archive",
      archive_location: "07ROME535",
      URL: "https://cables.example.org/cable/07ROME535",
      note: "Classified CONFIDENTIAL",
    },
  ]);
});

test("CSL-JSON: a paragraph item; month and year precision; no date when unknown; hostile text survives JSON", () => {
  const paragraphItem = cslItem({ cable: ROME_1755, paragraph: P16, baseUrl: BASE });
  expect(paragraphItem).toMatchObject({ id: "06ROME1755-p16", issued: { "date-parts": [[2006, 6]] }, URL: "https://cables.example.org/cable/06ROME1755#p16", note: "¶16; Classified SECRET//NOFORN" });
  expect(cslItem({ cable: { ...ROME_535, sentAtPrecision: "year" }, baseUrl: BASE }).issued).toEqual({ "date-parts": [[2007]] });
  expect(cslItem({ cable: { ...ROME_535, sentAt: null, sentAtPrecision: null }, baseUrl: BASE })).not.toHaveProperty("issued");
  const [hostile] = JSON.parse(cslJsonCitation({ cable: HOSTILE, baseUrl: BASE })) as [{ title: string }];
  expect(hostile.title).toBe(HOSTILE.subject);
});

test("quote with citation: the paragraph in quotation marks, then a short citation with the permalink", () => {
  expect(quoteWithCitation({ cable: ROME_1755, paragraph: P16, baseUrl: BASE })).toBe(
    "“Finally, he said he needed to find some diplomatic language for the joint press availability in Washington. He told me he views himself as 'the good guy'.”\n" +
      "— U.S. Embassy Rome, cable 06ROME1755, June 2006, ¶16, https://cables.example.org/cable/06ROME1755#p16",
  );
});

test("a repeated paragraph number keeps its suffix, so the locator and the permalink agree", () => {
  const repeated: CitedParagraph = { anchor: "p1-2", number: 1, text: "Second section, first paragraph." };
  expect(chicagoCitation({ cable: ROME_535, paragraph: repeated, baseUrl: BASE })).toContain(", ¶1-2, Cable Archive, https://cables.example.org/cable/07ROME535#p1-2.");
  expect(bibtexCitation({ cable: ROME_535, paragraph: repeated, baseUrl: BASE })).toMatch(/^@misc\{07ROME535-p1-2,/);
});

test("citationsFor gives every format, and the quote only for a paragraph", () => {
  const cable = citationsFor({ cable: ROME_535, baseUrl: BASE });
  expect(cable.quote).toBeNull();
  expect(cable.permalink).toBe("https://cables.example.org/cable/07ROME535");
  const paragraph = citationsFor({ cable: ROME_1755, paragraph: P16, baseUrl: BASE });
  expect(paragraph.quote).toContain("#p16");
  expect(paragraph.bibtex).toMatch(/^@misc\{06ROME1755-p16,/);
  expect(() => JSON.parse(paragraph.cslJson)).not.toThrow();
});
