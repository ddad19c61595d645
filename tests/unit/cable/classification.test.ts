/** How the dump's classification column is read from the text alone, with real snippets from the corpus. */
import { describe, expect, it } from "vitest";
import { parseCableText } from "@/lib/cable/index";
import type { CableRecord } from "@/lib/cable/types";

function parse(text: string): CableRecord {
  const result = parseCableText({ text, source: { file: "snippet", row: null } });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function routed({ de, level, dtg, from }: { de: string; level: string; dtg: string; from: string }): string {
  return `VZCZCXRO3953\nPP RUEHDE RUEHDIR\nDE ${de}\n${level}\n${dtg}\nFM ${from}\nTO RUEHC/SECSTATE WASHDC PRIORITY 7954\n`;
}

const MANAMA_430 = `${routed({ de: "RUEHMK #0430 1781445", level: "ZNY CCCCC ZZH", dtg: "P 261445Z JUN 08", from: "AMEMBASSY MANAMA" })}C O N F I D E N T I A L MANAMA 000430 \n \nSENSITIVE \nSIPDIS \n \nBAGHDAD FOR AMBASSADOR ERELI \n \nE.O. 12958: DECL: 06/26/2018 \nTAGS: PGOV PHUM KISL BA\nSUBJECT: GOB MOVES AGAINST SECTARIAN INCITEMENT \n \nREF: MANAMA 420 \n \nClassified By: CDA Christopher Henzel for reasons 1.4 (b) and (d)\n\n¶1. (U) Summary: In response to last week's spike in Sunni-Shi'a tensions (reftel), the GOB created a committee.`;

const PARIS_1228 = `${routed({ de: "RUEHFR #1228 2521027", level: "ZNY CCCCC ZZH", dtg: "P 091027Z SEP 09", from: "AMEMBASSY PARIS" })}C O N F I D E N T I A L PARIS 001228 \n\nSENSITIVE \nSIPDIS \n\nE.O. 12958: DECL: 09/07/2019 \nTAGS: PREL IR FR\nSUBJECT: FRANCE-IRAN: JUDICIAL INDEPENDENCE AT THE ROOT OF \nBAIL SET FOR KAKAVAND, PER PRESIDENCY ADVISOR \n\nClassified By: Political Minister-Counselor Kathleen H. Allegrone \nfor Reasons 1.4 (b), (d). \n\n¶1. (C) We met with Elysee strategic affairs advisor Richier.`;

describe("SENSITIVE on a classified cable", () => {
  it("is recorded as //NOFORN on cables sent before October 2008, with a warning", () => {
    const record = parse(MANAMA_430);
    expect(record.classification).toBe("CONFIDENTIAL//NOFORN");
    expect(record.caveats).toEqual(expect.arrayContaining(["SENSITIVE", "SIPDIS"]));
    expect(record.warnings.some((warning) => warning.startsWith("classification: SENSITIVE"))).toBe(true);
  });

  it("is not recorded on later cables", () => {
    expect(parse(PARIS_1228).classification).toBe("CONFIDENTIAL");
  });

  it("gives way to a NOFORN caption written after it, and overrides one written before it", () => {
    const thenNoforn = parse(
      `${routed({ de: "RUEHTC #0108/01 0511053", level: "ZNY CCCCC ZZH", dtg: "O 201053Z FEB 10", from: "AMEMBASSY THE HAGUE" })}C O N F I D E N T I A L SECTION 01 OF 02 THE HAGUE 000108 \nSENSITIVE \nNOFORN \nSIPDIS \nEO 12958 DECL: 02/18/2020 \nTAGS PREL, NATO, AF, NL \nSUBJECT: NETHERLANDS:  CABINET FALLS OVER AFGHANISTAN \nELECTIONEERING\n¶1. (C/NF) SUMMARY: Following a marathon 15 hour Cabinet meeting, the Dutch Cabinet fell.`,
    );
    expect(thenNoforn.classification).toBe("CONFIDENTIAL//NOFORN");
    const thenSensitive = parse(
      `${routed({ de: "RUEHC #3014 2222149", level: "ZNY SSSSS ZZH", dtg: "P 102132Z AUG 09", from: "SECSTATE WASHDC" })}S E C R E T STATE 083014 \n\nNOFORN\nSENSITIVE\nSIPDIS\n\nE.O. 12958: DECL: 08/10/2019\nTAGS: PARM PREL XT XM RS CO VE SW SP\nSUBJECT: COMBATTING VENEZUELAN DIVERSION OF ARMS TO THE\nFARC\n\n¶1. (U) This is an action request. Embassies Madrid and\nStockholm see para 6.\n\n¶2. (S/NF) Summary: In an August 3 telcon with the\nSecretary, Colombian President Uribe expressed concerns.`,
    );
    expect(thenSensitive.classification).toBe("SECRET");
    expect(thenSensitive.caveats).toEqual(expect.arrayContaining(["NOFORN", "SENSITIVE"]));
  });
});

describe("lines that are not captions", () => {
  it("ignores SENSITIVE BUT UNCLASSIFIED opening the text after the SUBJECT and REF lines", () => {
    const record = parse(
      `${routed({ de: "RUEHMD #0843/01 2111305", level: "ZNR UUUUU ZZH", dtg: "R 291305Z JUL 08", from: "AMEMBASSY MADRID" })}UNCLAS SECTION 01 OF 03 MADRID 000843\n\nSIPDIS\n\nSTATE FOR EEB/TPP/IPE JOELLEN URBAN\nSTATE PASS USTR CHRIS WILSON\n\nE.O. 12958: DECL: N/A\nTAGS: ECON ECPS KIPR SP UK\nSUBJECT: SPAIN: INTERNET SURVEY PROJECT\n\nREF: LONDON 1814\n\nSENSITIVE BUT UNCLASSIFIED\n\n¶1. (SBU) Summary: After consulting with rights-holders, the Embassy\nhas identified seven main websites.`,
    );
    expect(record.classification).toBe("UNCLASSIFIED");
  });

  it("ignores NOFORN on a repeated banner line (`SECRET NOFORN`)", () => {
    const record = parse(
      `${routed({ de: "RUEHCV #0219/01 0301912", level: "ZNY SSSSS ZZH", dtg: "P 301912Z JAN 06", from: "AMEMBASSY CARACAS" })}S E C R E T SECTION 01 OF 06 CARACAS 000219 \n\nSIPDIS \n\nSECRET NOFORN \n\nSIPDIS \nSIPDIS \n\nHQSOUTHCOM ALSO FOR POLAD \nFOR FRC LAMBERT \n\nE.O. 12958: DNG: CO 01/26/2021 \nTAGS: PGOV PREL VE\nSUBJECT: CUBA/VENEZUELA AXIS OF MISCHIEF: THE VIEW FROM \nCARACAS \n\nClassified By: POLITICAL COUNSELOR ROBERT R. DOWNES FOR 1.4 (D) \n\n¶1. (S//NF) As noted in REF A, the Venezuelan relationship \nwith Cuba continues to intensify.`,
    );
    expect(record.classification).toBe("SECRET");
  });
});

describe("a body that belongs to another cable", () => {
  it("takes the level from the routing header when the banner names another serial and level", () => {
    const record = parse(
      `${routed({ de: "RUEHFR #2725/01 1770754", level: "ZNY CCCCC ZZH", dtg: "O 260754Z JUN 07", from: "AMEMBASSY PARIS" })}Friday, 26 October 2007, 02:25\nS E C R E T SECTION 01 OF 04 MOSCOW 005154 \nSIPDIS \nSIPDIS \nEO 12958 DECL: 10/09/2017 \nTAGS PREL, ECON, MARR, MASS, PARM, PINR, PINS, RS \nSUBJECT: ADDRESSING RUSSIAN ARMS SALES \nClassified By: Ambassador William J. Burns. Reasons 1.4 (b) and (d).\n¶1. (C) Summary: FM Lavrov's disinterest in establishing an expert level dialogue on arms sales.`,
    );
    expect(record.classification).toBe("CONFIDENTIAL");
    expect(record.warnings.some((warning) => warning.startsWith("classification: the body is another cable's"))).toBe(true);
  });

  it("does the same when the dump fields copied into the body are another cable's", () => {
    const record = parse(
      `VZCZCXYZ0000\nOO RUEHWEB\n\nDE RUEHAC #0595/01 2812055\nZNY CCCCC ZZH\nO R 082055Z OCT 09\nFM AMEMBASSY ASUNCION\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0083\nINFO MERCOSUR COLLECTIVE\nid: 224423\ndate: 9/10/2009 12:07\nrefid: 09ASUNCION561\norigin: Embassy Asuncion\nclassification: UNCLASSIFIED\ndestination:\nheader:\nVZCZCXYZ0000\nRR RUEHWEB\nDE RUEHAC #0561 2531207\nZNR UUUUU ZZH\nR 101207Z SEP 09\nFM AMEMBASSY ASUNCION\nTO RUEHC/SECSTATE WASHDC 0015\n----------------- header ends ----------------\nUNCLAS ASUNCION 000561\nSIPDIS\nE.O. 12958: N/A\nTAGS: PGOV PREL ECON SNAR PINR PA\nSUBJECT: BOLIVIA EXPLAINING ARMS PURCHASES\n¶1. (U) Press reports that Bolivian ministers of defense and foreign\naffairs are visiting Paraguay.`,
    );
    expect(record.classification).toBe("CONFIDENTIAL");
  });
});

describe("no banner and no routing line", () => {
  it("reads an unclassified cable from `E.O. 12958: N/A`", () => {
    const record = parse(
      `O 250101Z APR 08\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE IMMEDIATE\nAMEMBASSY TRIPOLI IMMEDIATE\nSipdis\n\n\nSensitive\n\nE.o. 12958: n/a\nTags: knnp, dprk, sy, iaea, parm, prel\n\nSubject: syria's clandestine nuclear program\n\n¶1. (U) This is an action request. Please see para 3.\n\n¶2. (SBU) On September 6, 2007, the reactor site was in Syria's eastern desert region.`,
    );
    expect(record.classification).toBe("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
    expect(record.warnings.some((warning) => warning.startsWith("classification: no banner or routing line"))).toBe(true);
  });

  it("takes the highest paragraph marking when the banner is garbled", () => {
    const record = parse(
      `This record is a partial extract of the original cable. The full text of the original cable is not available.\nSS E C R E T SECTION 01 OF 02 PARIS 001699 \n\nSIPDIS \n\nSTATE FOR EUR/WE, S/CT, AND S/WCI \n\nE.O. 12958: DECL: 03/13/2015 \nTAGS: PGOV PREL FR PTER KJUS\nSUBJECT: TWO EX-GTMO DETAINEES CHARGED WITH TERRORIST \nCONSPIRACY BUT ONE ORDERED RELEASED ON BAIL \n\n¶1. (S) Summary and comment: Ridouane Khalid and Khaled Ben \nMustafa were formally placed under investigation.\n\n¶2. (C) Later that evening, a judge upheld the request.`,
    );
    expect(record.classification).toBe("SECRET");
  });
});
