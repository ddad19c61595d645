import type { TextLink } from "./ref-mentions";
import { escapeRegExp } from "../format/regexp";

/** A person named in one paragraph: the name as the paragraph writes it, and whose page it is. */
export type NamedPerson = { name: string; slug: string; displayName: string };


/** The name as a pattern: any run of spaces or line breaks between its words, never inside a longer word. */
function namePattern(name: string): RegExp {
  const words = name.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(String.raw`(?<![\p{L}\p{N}'’])${words.join(String.raw`\s+`)}(?![\p{L}\p{N}])`, "gu");
}

/**
 * Where a paragraph writes the names of the people it mentions. Longer names are placed first, so
 * "Massimo D'Alema" is one link rather than "D'Alema" inside it; every occurrence is linked.
 */
export function findPersonLinks(text: string, people: readonly NamedPerson[]): TextLink[] {
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const taken: TextLink[] = [];
  for (const person of byLength) {
    if (!person.name.trim()) continue;
    for (const match of text.matchAll(namePattern(person.name))) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((link) => start < link.end && end > link.start)) continue;
      taken.push({ start, end, target: { person: { slug: person.slug, displayName: person.displayName } } });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
