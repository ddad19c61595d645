import type { CableRecord } from "../cable/types";

import type { PersonRole } from "./roles";

export type { PersonRole };

export type PersonMention = {
  /** The name as written, spacing normalised (`D'ALEMA`, `Raimondo De Cardona`, `HILLARY CLINTON` for a tag). */
  name: string;
  surname: string;
  givenNames: string | null;
  /** The title written with the name (`FM`, `President`, `Director of the MFA Balkans Office`). */
  title: string | null;
  role: PersonRole;
  /** `record.paragraphs[i].index`; null for header fields (TAGS, SUBJECT, Classified By, addressees, signature). */
  paragraphIndex: number | null;
};

/** What the archive learns from its own corpus; plain JSON so ingestion can store it. */
export type Gazetteer = {
  version: 1;
  /** Full names seen with strong evidence (Classified By, person tags, titles), fullest first per surname. */
  people: { name: string; surname: string; givenNames: string | null; count: number }[];
  /** Folded surname → how often it was seen as a person with strong evidence. */
  surnames: Record<string, number>;
  /** Folded given names learned from full names (first given name). */
  givenNames: string[];
  /** Folded words the corpus writes in lower case: never a name without other evidence. */
  commonWords: string[];
  /** Folded words the corpus writes in capitals inside mixed-case text (`NATO`, `GOI`). */
  acronyms: string[];
  /** Folded capitalised runs seen as places or organisations (`in Dhi Qar`, `Dhi Qar province`). */
  nonPersons: string[];
};

/** The parts of a cable the extraction and the gazetteer read: a stored cable rebuilds them without re-parsing. */
export type PeopleInput = Pick<CableRecord, "subject" | "paragraphs" | "classifiedBy" | "signature" | "tags" | "headerBlock">;
