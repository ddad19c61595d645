/** Each header variant named in the corpus README, with real snippets from the corpus. */
import { describe, expect, it } from "vitest";
import { parseCableText } from "@/lib/cable/index";
import type { CableRecord } from "@/lib/cable/types";

function parse(text: string): CableRecord {
  const result = parseCableText({ text, source: { file: "snippet", row: null } });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const ROUTED_BANNER = `P 182318Z FEB 09
FM AMEMBASSY ROME
TO SECSTATE WASHDC PRIORITY 1234
`;

describe("E.O. and declassification lines", () => {
  it("reads `E.O. 12958: DECL: 06/13/2016`", () => {
    const record = parse(`S E C R E T SECTION 01 OF 02 ROME 001755\n\nE.O. 12958: DECL: 06/13/2016\nTAGS: PREL\nSUBJECT: X\n\n1. (S) Text.`);
    expect(record.executiveOrder).toBe("12958");
    expect(record.declassification).toBe("06/13/2016");
    expect(record.declassifyOn).toBe("2016-06-13");
  });

  it("reads `EO 12958 DECL:` without punctuation, and a two-digit year", () => {
    const record = parse(`C O N F I D E N T I A L SECTION 01 OF 04 VATICAN 003507\nSIPDIS\nEO 12958 DECL: 07/02/11\nTAGS PREL, PHUM, IS\nSUBJECT:  THE VATICAN-- THE SUPRANATIONAL POWER\n¶1. (U) Text.`);
    expect(record.executiveOrder).toBe("12958");
    expect(record.declassifyOn).toBe("2011-07-02");
    expect(record.tags).toEqual(["PREL", "PHUM", "IS"]);
  });

  it("reads `E.O. 12356: N/A` and `E.O. 12356:DECL:OADR` (no date)", () => {
    const notApplicable = parse(`UNCLAS TRIPOLI 000641\n\nE.O. 12356: N/A\nTAGS: PREL\nSUBJECT: X\n\n1. Text.`);
    expect(notApplicable.executiveOrder).toBe("12356");
    expect(notApplicable.declassification).toBe("N/A");
    expect(notApplicable.declassifyOn).toBeNull();
    const oadr = parse(`${ROUTED_BANNER}UNCLAS BEIRUT 01725 \\\n \nE.O. 12356:DECL:OADR \nTAGS: PTER PREL LE\nSUBJECT:  FULL TEXT OF ISLAMIC JIHAD 17 MARCH STATEMENT \n \n¶1.  AP PROVIDED EMBASSY WITH FULL TEXT.`);
    expect(oadr.declassification).toBe("OADR");
    expect(oadr.declassifyOn).toBeNull();
  });

  it("keeps `DECLASSIFIED BY NARA` and `AS AMENDED; DECLASSIFIED JUNE 21, 2006` as written", () => {
    const nara = parse(`CONFIDENTIAL ROME 001196\n\nE.O. 12958: DECLASSIFIED BY NARA\nTAGS: PREL\nSUBJECT: X\n\n1. Text.`);
    expect(nara.declassification).toBe("DECLASSIFIED BY NARA");
    const amended = parse(`UNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164 \n \nE.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006 \nTAGS: MASS MARR IR\nSUBJECT: ACCELERATION OF F-4ES FOR IRAN \n\n¶1. ON FEB 24 CHARGE WAS CONVOKED.`);
    expect(amended.declassification).toBe("AS AMENDED; DECLASSIFIED JUNE 21, 2006");
    expect(amended.executiveOrder).toBe("12958");
  });
});

describe("TAGS lines", () => {
  it("reads tags separated by spaces or by commas", () => {
    expect(parse(`CONFIDENTIAL PARIS 001007\n\nTAGS: PGOV PREL FR\nSUBJECT: X\n\n1. (C) Text.`).tags).toEqual(["PGOV", "PREL", "FR"]);
    expect(parse(`S E C R E T SECTION 01 OF 02 RANGOON 001100 \nSIPDIS \nEO 12958 DECL: 08/26/2014 \nTAGS PARM, PINR, PREL, KNNP, BM, KN \nSUBJECT: X\n¶1. (S) Text.`).tags).toEqual(["PARM", "PINR", "PREL", "KNNP", "BM", "KN"]);
  });

  it("reads tags wrapped over lines and person tags", () => {
    const record = parse(`S E C R E T STATE 011937 \n\n\nNOFORN \n\nE.O. 12958: DECL: 02/05/2019 \nTAGS: OVIP CLINTON HILLARY PREL KPAL FR IR RS\nNATO, UK, CN \nSUBJECT: (U) Secretary Clinton's February 5, 2009 \nexpanded meeting with French Foreign Minister Bernard \nKouchner \n\n¶1. (S) SUMMARY: Text.`);
    expect(record.tags).toEqual(["OVIP", "CLINTON, HILLARY", "PREL", "KPAL", "FR", "IR", "RS", "NATO", "UK", "CN"]);
    expect(record.subject).toBe("(U) Secretary Clinton's February 5, 2009 expanded meeting with French Foreign Minister Bernard Kouchner");
    expect(parse(`UNCLAS STATE 000001\n\nTAGS: PREL, PGOV, CLINTON, HILLARY, BIDEN, JOSEPH\nSUBJECT: X\n\n1. Text.`).tags).toEqual([
      "PREL",
      "PGOV",
      "CLINTON, HILLARY",
      "BIDEN, JOSEPH",
    ]);
  });

  it("reads the tag links of the markdown and HTML renderings as plain codes", () => {
    const record = parse(`CONFIDENTIAL ROME 000535\n\nTAGS: [PREL](#) [PGOV](#) [NATO](#)\nSUBJECT: X\n\n1. (C) Text.`);
    expect(record.tags).toEqual(["PREL", "PGOV", "NATO"]);
  });
});

describe("SUBJECT lines", () => {
  it("joins a subject wrapped over two lines", () => {
    const record = parse(`CONFIDENTIAL PARIS 001007 \n \nSIPDIS \n \nE.O. 12958: DECL: 07/24/2019 \nTAGS: PGOV PREL FR\nSUBJECT: MIDDLE EAST: SARKOZY AND MUBARAK CONFER ON NEXT \nSTEPS \n \nClassified By: Classifed by POL M/C Kathleen Allegrone for reasons 1.4 \n(B) AND (D). \n \n1. (C) Summary: Text.`);
    expect(record.subject).toBe("MIDDLE EAST: SARKOZY AND MUBARAK CONFER ON NEXT STEPS");
    expect(record.classificationReasons).toBe("1.4 (B) AND (D)");
  });

  it("cuts a REF glued onto the subject line", () => {
    const record = parse(`C O N F I D E N T I A L SECTION 01 OF 02 TRIPOLI 000230\n\nTAGS: ECIN ECON PGOV EFIN EINV PTER IT LY\n\nSUBJECT: LIBYA MAKES PROGRESS ON BANKING REFORM REF: TRIPOLI 126\n\n¶1. (C) Summary: Text.`);
    expect(record.subject).toBe("LIBYA MAKES PROGRESS ON BANKING REFORM");
  });
});

describe("banners", () => {
  it("reads spaced banners and the post and serial they name", () => {
    const record = parse(`${ROUTED_BANNER}C O N F I D E N T I A L SECTION 01 OF 02 ROME 000535\n\nTAGS: PREL\nSUBJECT: X\n\n¶1. (C) Text.`);
    expect(record.classification).toBe("CONFIDENTIAL");
    expect(record.refId).toBe("09ROME535");
  });

  it("maps UNCLAS with SENSITIVE to the dump's FOUO form and NOFORN to //NOFORN", () => {
    const sensitive = parse(`UNCLAS MADRID 002937\n\nSIPDIS\n\nSENSITIVE\n\nE.O. 12958: N/A\nTAGS: ETTC\nSUBJECT: X\n\n¶1. (SBU) Text.`);
    expect(sensitive.classification).toBe("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
    const noforn = parse(`S E C R E T STATE 015113  \n\nNOFORN, NOT FOR INTERNET DISTRIBUTION \n\nE.O. 12958: DECL: 1/29/2019 \nTAG PTER, PGOV, ASEC\nSUBJECT: X\n\n¶1. (U//FOUO) Text.`);
    expect(noforn.classification).toBe("SECRET//NOFORN");
    expect(noforn.caveats).toEqual(expect.arrayContaining(["NOFORN", "NOT FOR INTERNET DISTRIBUTION"]));
    expect(noforn.paragraphs[0]?.marking).toBe("U//FOUO");
  });

  it("builds reference ids the way the dump does from odd banners", () => {
    const efto = parse(`P 061226Z JAN 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\nUNCLAS E F T O LONDON 002468 \n \nNOFORN \nSIPDIS \n \nE.O. 12958: N/A \nTAGS: PHUM XD CE UK PREF\nSUBJECT: X\n\n1. Text.`);
    expect(efto.refId).toBe("09EFTOLONDON2468");
    expect(efto.origin).toBe("Embassy London");
  });
});

describe("cables without TAGS, SUBJECT or E.O. lines", () => {
  it("still yields a record, with warnings for what is missing", () => {
    const record = parse(`${ROUTED_BANNER}CONFIDENTIAL ROME 001234\n\n1. (C) The minister said nothing new.\n\nSPOGLI`);
    expect(record.subject).toBeNull();
    expect(record.tags).toEqual([]);
    expect(record.executiveOrder).toBeNull();
    expect(record.warnings).toEqual(expect.arrayContaining(["subject: no SUBJECT line", "tags: no TAGS line"]));
    expect(record.paragraphs.map((paragraph) => paragraph.number)).toEqual([1]);
    expect(record.signature).toBe("SPOGLI");
  });
});

describe("old telegrams", () => {
  const TELEGRAM = `O 021655Z NOV 01
FM AMEMBASSY VATICAN
TO SECSTATE WASHDC IMMEDIATE 0000
C O N F I D E N T I A L SECTION 01 OF 04 VATICAN 003507
SIPDIS
EO 12958 DECL: 07/02/11
TAGS PREL, PHUM, IS, EG
SUBJECT:  THE VATICAN-- THE SUPRANATIONAL POWER
REF: 00 ROME 0988
¶1. (U) CLASSIFIED BY CDA JOSEPH MERANTE FOR REASONS 1.5 (B) AND (D).  CONFIDENTIAL
PAGE 02 VATICA 03507 01 OF 04 031719Z

BACKGROUND AND INTRODUCTION
---------------------------

¶2. (U) THIS CABLE PROVIDES ADDITIONAL BACKGROUND INFORMATION FOR THE PLANNED PRESIDENTIAL MEETING WITH  CONFIDENTIAL
PAGE 03 VATICA 03507 01 OF 04 031719Z
THE POPE. IT UPDATES REFTEL.
CONFIDENTIAL

SECTION 02 OF 04 VATICAN 003507
C O N F I D E N T I A L SECTION 02 OF 04 VATICAN 003507

¶3. (C) IN DEVELOPING U.S. POLICY.`;

  it("removes page headers, repeated banners and section banners, and joins the cut sentence", () => {
    const record = parse(TELEGRAM);
    const two = record.paragraphs.find((paragraph) => paragraph.number === 2);
    expect(two?.text).toBe("THIS CABLE PROVIDES ADDITIONAL BACKGROUND INFORMATION FOR THE PLANNED PRESIDENTIAL MEETING WITH\nTHE POPE. IT UPDATES REFTEL.");
    expect(record.paragraphs.some((paragraph) => /PAGE 0|C O N F I D E N T I A L/.test(paragraph.text))).toBe(false);
    expect(record.paragraphs.find((paragraph) => paragraph.number === 1)?.text).not.toMatch(/CONFIDENTIAL$/);
    expect(record.references).toEqual([{ letter: null, refId: "00ROME988", text: "00 ROME 0988" }]);
    expect(record.sentAt).toBe("2001-11-02T16:55:00.000Z");
  });
});

describe("page-break lines of later cables", () => {
  it("drops `ROME 00000535 002.2 OF 002` and joins the split sentence", () => {
    const record = parse(`${ROUTED_BANNER}C O N F I D E N T I A L SECTION 01 OF 02 ROME 000535\n\nTAGS: PREL\nSUBJECT: X\n\n¶5. (C) Corrias stated that neither Iraq nor Afghanistan could be resolved by force and a\n\nROME 00000535 002.2 OF 002\n\ncomprehensive political and reconstruction effort was needed.\n\n¶6. (C) Next.`);
    expect(record.paragraphs.map((paragraph) => paragraph.number)).toEqual([5, 6]);
    expect(record.paragraphs[0]?.text).toBe(
      "Corrias stated that neither Iraq nor Afghanistan could be resolved by force and a\ncomprehensive political and reconstruction effort was needed.",
    );
  });
});

describe("paragraph numbering and portion markings", () => {
  it("reads `1.`, `¶1.` and `1.(C)` forms and all marking spellings", () => {
    const record = parse(
      `SECRET ROME 000001\n\nSUBJECT: X\n\n1. (U) One.\n\n¶2. (C) Two.\n\n3.(S) Three.\n\n4. (SBU) Four.\n\n5. (S/NF) Five.\n\n16. (C/NF) Sixteen.\n\n17. (S//NF) Seventeen.\n\n\uFFFD18. Eighteen has no marking.`,
    );
    expect(record.paragraphs.map((paragraph) => [paragraph.number, paragraph.marking])).toEqual([
      [1, "U"],
      [2, "C"],
      [3, "S"],
      [4, "SBU"],
      [5, "S/NF"],
      [16, "C/NF"],
      [17, "S//NF"],
      [18, null],
    ]);
    expect(record.paragraphs.at(-1)?.text).toBe("Eighteen has no marking.");
  });

  it("does not start a paragraph at a number inside wrapped text", () => {
    const record = parse(`CONFIDENTIAL ROME 000002\n\nSUBJECT: X\n\n1. (C) Rivera calculated he would need\n1.5 million votes to win.\n\n2. (C) Next.`);
    expect(record.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2]);
  });
});

describe("partial extracts, datelines, dump-field copies and redactions", () => {
  it("reads the dateline of a newspaper extract as the sending day", () => {
    const record = parse(`This record is a partial extract of the original cable. The full text of the original cable is not available.\n\nTuesday, 03 July 2001, 12:03\nC O N F I D E N T I A L SECTION 01 OF 04 VATICAN 003507 \nSIPDIS \nTAGS PREL\nSUBJECT: X\n¶1. (C) Text with XXXXXXXXXXXX in it.`);
    expect(record.isPartialExtract).toBe(true);
    expect(record.sentAt).toBe("2001-07-03T00:00:00.000Z");
    expect(record.sentAtPrecision).toBe("day");
    expect(record.refId).toBe("01VATICAN3507");
    expect(record.hasRedactions).toBe(true);
  });

  it("reads the dump fields copied at the top of a body", () => {
    const record = parse(
      `This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n22350\t2004-11-02 18:31:00\t04BOGOTA11339\tEmbassy Bogota\tCONFIDENTIAL\t04BOGOTA10728|04BOGOTA11205\tThis record is a partial extract of the original cable. The full text of the original cable is not available.\\\n\\\n\tC O N F I D E N T I A L SECTION 01 OF 04 BOGOTA 011339 \\\n \\\nSIPDIS \\\n \\\nE.O. 12958: DECL: 10/29/2014 \\\nTAGS: EAID PGOV CO\nSUBJECT: THE UN'S FUTURE IN COLOMBIA \\\n \\\nREF: A) BOGOTA 11207 B) BOGOTA 11205 \\\n \\\n¶1. (C) SUMMARY:  Text. \\`,
    );
    expect(record.refId).toBe("04BOGOTA11339");
    expect(record.origin).toBe("Embassy Bogota");
    expect(record.classification).toBe("CONFIDENTIAL");
    expect(record.sentAt).toBe("2004-11-02T18:31:00.000Z");
    expect(record.references).toEqual([
      { letter: "A", refId: "04BOGOTA11207", text: "BOGOTA 11207" },
      { letter: "B", refId: "04BOGOTA11205", text: "BOGOTA 11205" },
    ]);
    expect(record.paragraphs[0]?.text).toBe("SUMMARY:  Text.");
  });

  it("reads the dump fields copied one per line after the routing header", () => {
    const record = parse(
      `VZCZCXRO9981\nDE RUEHMC #0472 1172107\nZNY SSSSS ZZH\nP 272107Z APR 07\nFM AMCONSUL MONTERREY\nTO RUEHC/SECSTATE WASHDC PRIORITY 2047\n\n106172\n2007-04-27 21:07:00\n07MONTERREY472\nConsulate Monterrey\nSECRET//NOFORN\n\nS E C R E T MONTERREY 000472 \n \nSIPDIS \n \nSENSITIVE \nSIPDIS \n \nE.O. 12958: DECL:  4/27/2017 \nTAGS: SNAR PGOV ASEC MX\nSUBJECT: DRUG CARTEL VIDEOTAPE \n \n¶1. (SBU)  During a private meeting on April 27.`,
    );
    expect(record.classification).toBe("SECRET//NOFORN");
    expect(record.refId).toBe("07MONTERREY472");
    expect(record.origin).toBe("Consulate Monterrey");
    expect(record.destinations.to).toEqual(["SECSTATE WASHDC"]);
  });

  it("reads the dump fields copied as key: value lines", () => {
    const record = parse(
      `id: 2745\ndate: 4/11/2002 20:44\nrefid: 02BOGOTA3281\norigin: Embassy Bogota\nclassification: SECRET\ndestination: 02BOGOTA3101\nheader:\nP 112044Z APR 02\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC PRIORITY 8035\n\n----------------- header ends ----------------\n\nS E C R E T SECTION 01 OF 02 BOGOTA 003281 \n \nNOFORN\n\nE.O. 12958: DECL: 4/4/2012 \nTAGS: PGOV CO\nSUBJECT: X\n\n1. (S) Text.`,
    );
    expect(record.classification).toBe("SECRET");
    expect(record.refId).toBe("02BOGOTA3281");
    expect(record.sentAt).toBe("2002-04-11T20:44:00.000Z");
  });

  it("splits a header that lost its line breaks after a `Cable dated:` prefix", () => {
    const record = parse(
      `This record is a partial extract of the original cable. The full text of the original cable is not available.\nCable dated:2005-07-15T15:24:00S E C R E T SECTION 01 OF 03 TEL AVIV 004403SIPDISE.O. 12958: DECL: 07/14/2015 TAGS: PREL KWBG KPAL PTER IS\n\n¶1. (S) Summary: Israel suffered three attacks.`,
    );
    expect(record.refId).toBe("05TELAVIV4403");
    expect(record.sentAt).toBe("2005-07-15T15:24:00.000Z");
    expect(record.declassifyOn).toBe("2015-07-14");
    expect(record.tags).toEqual(["PREL", "KWBG", "KPAL", "PTER", "IS"]);
    expect(record.paragraphs.map((paragraph) => paragraph.number)).toEqual([1]);
  });

  it("flags values inferred without any date in the text", () => {
    const record = parse(`This record is a partial extract of the original cable. The full text of the original cable is not available.\n\nUNCLAS SECTION 01 OF 02 BRASILIA 000564 \n \nSIPDIS \n \nTAGS: PGOV SOCI ECON BR\nSUBJECT: LULA'S PERSONAL APPROVAL UNSCATHED BY RECENT \nSCANDAL \n \nREFS: A) BRASILIA 0458 \n \n      B) BRASILIA 0402 \n \n¶1. SUMMARY: In October 2003 and again in 2004 the numbers held.`);
    expect(record.sentAt).toBe("2004-01-01T00:00:00.000Z");
    expect(record.sentAtPrecision).toBe("year");
    expect(record.refId).toBe("04BRASILIA564");
    expect(record.warnings.some((warning) => warning.startsWith("sentAt:"))).toBe(true);
    expect(record.warnings.some((warning) => warning.startsWith("refId:"))).toBe(true);
    expect(record.references.map((reference) => reference.letter)).toEqual(["A", "B"]);
  });
});

describe("routing headers", () => {
  it("reads precedence, date-time group, origin and destinations", () => {
    const record = parse(`VZCZCXRO7165\nOO RUEHBI RUEHCI\nDE RUEHNE #5135/01 2020722\nZNY CCCCC ZZH\nO 210722Z JUL 06\nFM AMEMBASSY NEW DELHI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 6818\nINFO RUEHBJ/AMEMBASSY BEIJING 3078\nRUEHCI/AMCONSUL CALCUTTA 5474\nRHEHNSC/NSC WASHDC\nCONFIDENTIAL SECTION 01 OF 08 NEW DELHI 005135 \n \nSIPDIS \n \nE.O. 12958: DECL: 07/11/2016 \nTAGS: PREL PGOV PTER PINR IN\nSUBJECT: INDIA'S NATIONAL SECURITY ADVISORY BOARD \n \n\uFFFD1.  (C) Summary: Text.`);
    expect(record.refId).toBe("06NEWDELHI5135");
    expect(record.sentAt).toBe("2006-07-21T07:22:00.000Z");
    expect(record.precedence).toBe("IMMEDIATE");
    expect(record.origin).toBe("Embassy New Delhi");
    expect(record.destinations).toEqual({ to: ["SECSTATE WASHDC"], info: ["AMEMBASSY BEIJING", "AMCONSUL CALCUTTA", "NSC WASHDC"] });
  });

  it("maps office names to the dump's origin form", () => {
    const origin = (fm: string): string | null => parse(`O 210722Z JUL 06\nFM ${fm}\nTO SECSTATE WASHDC\nCONFIDENTIAL STATE 000001\n\nSUBJECT: X\n\n1. Text.`).origin;
    expect(origin("SECSTATE WASHDC")).toBe("Secretary of State");
    expect(origin("USMISSION USNATO")).toBe("Mission USNATO");
    expect(origin("AMCONSUL MONTERREY")).toBe("Consulate Monterrey");
    expect(origin("AMCONSUL CALCUTTA")).toBe("Consulate Kolkata");
    expect(origin("AMEMBASSY PORT AU PRINCE")).toBe("Embassy Port Au Prince");
    expect(origin("AMEMBASSY OUAGADOUGOU")).toBe("Embassy Ouagadougou");
    expect(origin("USINT HAVANA")).toBe("US Interests Section Havana");
    expect(origin("AMEMBASSY TRIPOLI LY")).toBe("Embassy Tripoli");
    expect(origin("USMISSION USNATO BRUSSELS BE")).toBe("Mission USNATO");
    expect(origin("AMEMBASSY DAR ES SALAAM")).toBe("Embassy Dar Es Salaam");
  });
});

describe("REF lines", () => {
  it("keeps the letters and resolves each reference to an id", () => {
    const record = parse(`R 091200Z MAR 04\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\nUNCLAS SECTION 01 OF 02 BRASILIA 000564 \n \nSIPDIS \n \nTAGS: PGOV BR\nSUBJECT: X\n\nREFS: A) BRASILIA 0458 \n \n      B) 03 RIO DE JANEIRO 1030 \n      C) WILSON/MACK TELECON\n\n¶1. Text.`);
    expect(record.references.map(({ letter, refId }) => [letter, refId])).toEqual([
      ["A", "04BRASILIA458"],
      ["B", "03RIODEJANEIRO1030"],
      ["C", null],
    ]);
  });

  it("reads years written before or after the cable number", () => {
    const record = parse(`CONFIDENTIAL BERN 000141\n\nSUBJECT: X\nREF: A. BERN 100  B. 2005 BERN 1865 C. THE HAGUE 3350 (2004)\n\n1. (C) Text.`);
    expect(record.references.map((reference) => reference.refId?.slice(2))).toEqual(["BERN100", "BERN1865", "THEHAGUE3350"]);
    expect(record.references.slice(1).map((reference) => reference.refId?.slice(0, 2))).toEqual(["05", "04"]);
  });
});
