import { describe, expect, it } from "vitest";
import { buildGazetteer, extractMentions, parseClassifiedBy } from "@/lib/people";
import type { PersonMention } from "@/lib/people";
import { cable } from "./support";

function names(mentions: readonly PersonMention[]): string[] {
  return mentions.map((mention) => mention.name);
}

function only(text: string): PersonMention[] {
  return extractMentions(cable({ paragraphs: [text] }));
}

describe("titles and honorifics", () => {
  it("reads a title before a name, with nationality adjectives and acronyms", () => {
    const mentions = only("D'Alema's public statements after his parallel bilateral with Russian FM Lavrov do not give cause for reassurance. I met with FM D'Alema June 13.");
    expect(mentions).toContainEqual(expect.objectContaining({ name: "Lavrov", surname: "Lavrov", title: "FM", role: "mentioned", paragraphIndex: 0 }));
    expect(mentions).toContainEqual(expect.objectContaining({ name: "D'Alema", title: "FM" }));
    expect(names(mentions)).not.toContain("June");
  });

  it("keeps given names and multi-word titles", () => {
    const mentions = only("Russian President Vladimir Putin visited Italy on March 13 for his fourth bilateral with PM Prodi.");
    expect(mentions).toContainEqual(expect.objectContaining({ name: "Vladimir Putin", surname: "Putin", givenNames: "Vladimir", title: "President" }));
    expect(mentions).toContainEqual(expect.objectContaining({ name: "Prodi", title: "PM" }));
  });

  it("takes the name after an office in capitals (`MFA NATO Office Director Minister Gianni Bardini`)", () => {
    const mentions = only("In a subsequent conversation, MFA NATO Office Director Minister Gianni Bardini assured A/PolMC that the minister had been briefed.");
    expect(names(mentions)).toEqual(["Gianni Bardini"]);
  });

  it("reads appositions as titles", () => {
    const mentions = only("The next day, Raimondo De Cardona, Director of the MFA Balkans Office, told poloff that D'Alema expressed differences.");
    expect(mentions[0]).toMatchObject({ name: "Raimondo De Cardona", surname: "De Cardona", givenNames: "Raimondo", title: "Director of the MFA Balkans Office" });
  });

  it("finds bare names by speech verbs and by `the X government` / `the X case`", () => {
    const mentions = only("Corrias demurred. He does not want to be seen like the Zapatero government was. The press expects him to say something on the Calipari case.");
    expect(names(mentions)).toEqual(["Corrias", "Zapatero", "Calipari"]);
  });

  it("spreads a name found once to its other mentions in the cable, possessives included", () => {
    const mentions = extractMentions(cable({ paragraphs: ["PM Prodi met President Putin.", "Prodi's giddiness was noted, and the Prodi-Putin meeting ran late."] }));
    expect(mentions.filter((mention) => mention.paragraphIndex === 1).map((mention) => mention.name)).toEqual(["Prodi", "Prodi", "Putin"]);
  });
});

describe("structure of the cable", () => {
  it("parses Classified By lines: titles, reasons, wrapped names, nicknames, suffixes", () => {
    expect(parseClassifiedBy("AMBASSADOR RONALD P. SPOGLI, REASONS 1.4 B AND D.")).toEqual({ words: ["RONALD", "P.", "SPOGLI"], title: "AMBASSADOR" });
    expect(parseClassifiedBy("Classified by Acting Political Minister Counselor Jonath an R Cohen for reasons 1.4 (b) and (d).")).toEqual({ words: ["Jonathan", "R", "Cohen"], title: "Acting Political Minister Counselor" });
    expect(parseClassifiedBy("SUZANNE MCCORMICK, DIR., INR/OPS. REASON: 1.4(C).")?.words).toEqual(["SUZANNE", "MCCORMICK"]);
    expect(parseClassifiedBy('D/Political Advisor A. "Hoot" Baez. Reasons: 1.4 (b) and (d).')?.words).toEqual(["A.", "Baez"]);
    expect(parseClassifiedBy("Political Counselor Richard M. Mills, Jr. for reasons 1.4 (b) and (d)")?.words).toEqual(["Richard", "M.", "Mills"]);
    expect(parseClassifiedBy("Charge D'Affaires Chat Blakeman,  reasons 1.4 (b,d)")?.words).toEqual(["Chat", "Blakeman"]);
    expect(parseClassifiedBy("Politi...")).toBeNull();
  });

  it("gives classifiers, signers and person tags their roles", () => {
    const mentions = extractMentions(cable({ classifiedBy: "AMBASSADOR RONALD P. SPOGLI", signature: "SPOGLI", tags: ["PREL", "CLINTON, HILLARY", "NATO"] }));
    expect(mentions).toEqual([
      { name: "RONALD P. SPOGLI", surname: "SPOGLI", givenNames: "RONALD P.", title: "AMBASSADOR", role: "classified", paragraphIndex: null },
      { name: "SPOGLI", surname: "SPOGLI", givenNames: null, title: null, role: "signed", paragraphIndex: null },
      { name: "HILLARY CLINTON", surname: "CLINTON", givenNames: "HILLARY", title: null, role: "tagged", paragraphIndex: null },
    ]);
  });

  it("reads a Classified By line left in the first paragraph and a signature stuck to a redaction", () => {
    const mentions = extractMentions(cable({ paragraphs: ["Classified by Ambassador Marcelle M. Wahba for reasons 1.5 (B) and (D).", "Adding partners is positive.  Visit London's Classified Website: XXXXXXXXXXXXTUTTLE"] }));
    expect(mentions.map(({ name, role, paragraphIndex }) => [name, role, paragraphIndex])).toEqual([
      ["Marcelle M. Wahba", "classified", 0],
      ["TUTTLE", "signed", null],
    ]);
  });

  it("reads addressee lines before the E.O. line", () => {
    const headerBlock = ["S E C R E T SECTION 01 OF 02 ROME 001755", "SIPDIS", "DEPT. FOR THE SECRETARY;", "NSC FOR NSA HADLEY;", "LONDON FOR KOLKER, PARIS FOR FENDRICK", "DEPT. FOR EUR/WE (VAN CLEVE); DEPT FOR AF/C", "E.O. 12958: DECL: 06/13/2016", "SUBJECT: VISAS FOR CHINESE BUSINESSMEN"].join("\n");
    expect(extractMentions(cable({ headerBlock })).map(({ name, title, paragraphIndex }) => [name, title, paragraphIndex])).toEqual([
      ["HADLEY", "NSA", null],
      ["KOLKER", null, null],
      ["FENDRICK", null, null],
      ["VAN CLEVE", null, null],
    ]);
  });

  it("skips mail handles (`WCRAFT`) and, in a header that uses them, every bare one-word addressee", () => {
    const headerBlock = ["UNCLAS SAN JOSE 002071", "EB FOR WCRAFT, BLAMPRON, JSHANNON", "E FOR DEDWARDS", "DEPARTMENT FOR WHA/CEN JASON MACK", "E.O. 12958: N/A"].join("\n");
    expect(names(extractMentions(cable({ headerBlock })))).toEqual(["JASON MACK"]);
  });

  it("reads the people of a telephone call or e-mail named in a REF line", () => {
    const headerBlock = "E.O. 12356: DECL:OADR\nREF: (A) STATE 253201 (B) WILSON/MACK\nTELECON (C) WILSON/CHARLES TELECON";
    expect(names(extractMentions(cable({ headerBlock })))).toEqual(["WILSON", "MACK", "WILSON", "CHARLES"]);
  });
});

describe("all-capitals telegrams", () => {
  it("uses titles, given names and speech verbs, not every capitalised word", () => {
    const mentions = only(
      "WE HAVE TRIED REPEATEDLY TO REACH SENIOR MFA OFFICIALS, INCLUDING FOREIGN MINISTER AZIZ. UNDERSECRETARY HAMDUN IS APPARENTLY NOT AT HOME. CHIEF OF NATIONAL POLICE LTG JAFFARQOLI SADRI ASSURED EMBOFF AUG. 17 THAT TERRY ANDERSON WAS SAFE. MOOSA SAID THE ANC AGREED.",
    );
    expect(mentions.map(({ name, title }) => [name, title])).toEqual([
      ["AZIZ", "FOREIGN MINISTER"],
      ["HAMDUN", "UNDERSECRETARY"],
      ["JAFFARQOLI SADRI", "CHIEF OF NATIONAL POLICE LTG"],
      ["TERRY ANDERSON", null],
      ["MOOSA", null],
    ]);
  });

  it("knows bare surnames in capitals only from the gazetteer", () => {
    const learned = cable({ refId: "06ROME1", paragraphs: ["Italian PM Romano Prodi met President Bush.", "PM Prodi said so."] });
    const telegram = cable({ refId: "90ROME2", paragraphs: ["PRODI WILL ARRIVE IN WASHINGTON ON MONDAY."] });
    expect(extractMentions(telegram)).toEqual([]);
    const gazetteer = JSON.parse(JSON.stringify(buildGazetteer([learned, learned]))) as ReturnType<typeof buildGazetteer>;
    expect(gazetteer.people).toContainEqual(expect.objectContaining({ name: "Romano Prodi", surname: "Prodi" }));
    expect(extractMentions(telegram, gazetteer)).toEqual([{ name: "PRODI", surname: "PRODI", givenNames: null, title: null, role: "mentioned", paragraphIndex: 0 }]);
  });
});

describe("exclusions", () => {
  it("never indexes redactions", () => {
    expect(only("XXXXXXXXXXXX told poloff that XXXXXXXXXXXX, a member of XXXXXXXXXXXX, said President Putin is isolated.").map((mention) => mention.name)).toEqual(["Putin"]);
    expect(extractMentions(cable({ signature: "XXXXXXXXXXXX", classifiedBy: "XXXXXXXXXXXX" }))).toEqual([]);
  });

  it("skips organisations, places, months and acronyms", () => {
    const text =
      "Italy is willing to consider a civilian contribution in Nassiriya/Dhi Qar province. Leaving the province would be taken badly in Washington and Dhi Qar. He wanted more NATO involvement, and the GONL declined. Representatives of the MFA met the Labor Party and the Rio Group in Santo Domingo on Monday, June 5.";
    expect(only(text)).toEqual([]);
  });

  it("does not take TAGS codes or office codes in addressee lines for people", () => {
    const headerBlock = ["C O N F I D E N T I A L ADDIS ABABA 000286", "LONDON, PARIS, ROME FOR AFRICA WATCHER", "CJTF-HOA AND USCENTCOM FOR POLAD", "E.O. 12958: DECL: 02/01/2018"].join("\n");
    expect(extractMentions(cable({ headerBlock, paragraphs: ["TAGS: PREL PGOV MARR MOPS RS CH GG"] }))).toEqual([]);
  });

  it("does not take nationalities, plural nationalities or capitalised headings for people", () => {
    expect(only("Kosovo: Mixed Messages on Missile Defense. The Iranians and Costa Ricans met the Americans.")).toEqual([]);
  });
});
