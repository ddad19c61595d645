import type { TagInfo } from "@/lib/db/browse";
import type { PostKind } from "@/lib/glossary/posts";
import type { PersonRole } from "@/lib/people/roles";
import type { TagKind } from "@/lib/glossary/tags";

export const TAG_KIND_LABELS: Readonly<Record<TagKind, string>> = {
  subject: "Subject",
  country: "Country",
  organisation: "Organisation",
  program: "Program",
  person: "Person",
  unknown: "Unknown",
};

export const POST_KIND_LABELS: Readonly<Record<PostKind, string>> = {
  embassy: "Embassy",
  consulate: "Consulate",
  mission: "Mission",
  department: "Department",
  other: "Other",
};

/** The glossary leaves out meanings it is not sure of; the page says so rather than guess. */
export function tagMeaning({ kind, description }: Pick<TagInfo, "kind" | "description">): { text: string; isKnown: boolean } {
  if (description) return { text: description, isKnown: true };
  if (kind === "person") return { text: "A person named by the tag", isKnown: true };
  return { text: "Unknown code", isKnown: false };
}

export const PERSON_ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  signed: "Signed cables",
  classified: "Classified cables",
  tagged: "Tagged",
  mentioned: "Mentioned",
};
