/**
 * People in the cables: per-cable extraction by rule (extract.ts), a gazetteer learned from the
 * corpus (gazetteer.ts) and resolution of variants into people (resolve.ts). All pure.
 *
 *   extractMentions(record, gazetteer?)   who is named where, in what role
 *   buildGazetteer(records)               known names, given names, common words, acronyms, places
 *   resolvePeople(cables)                 variants of one person → one Person with a stable key
 *   new PeopleResolver()                  the same, fed one cable at a time (add, then resolve)
 */
export type { Gazetteer, PeopleInput, PersonMention, PersonRole } from "./types";
export { extractMentions, extractDetailed, parseClassifiedBy, splitName } from "./extract";
export type { DetailedMention, Evidence } from "./extract";
export { buildGazetteer, createGazetteerBuilder, emptyGazetteer } from "./gazetteer";
export type { GazetteerBuilder } from "./gazetteer";
export { areGivenNamesCompatible, PeopleResolver, personSlug, resolvePeople, surnameKey } from "./resolve";
export type { CableMentions, Person, PersonOccurrence } from "./resolve";
