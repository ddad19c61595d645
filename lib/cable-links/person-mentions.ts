import type { TextLink } from "./ref-mentions";
import { escapeRegExp } from "../format/regexp";

/** A person named in one paragraph: the name as the paragraph writes it, and whose page it is. */
export type NamedPerson = { name: string; slug: string; displayName: string };

/** A letter, digit or apostrophe ending the text before a name: the name would be inside a longer word. */
const WORD_BEFORE = /[\p{L}\p{N}'’]$/u;
const MAX_CACHED_PATTERNS = 10_000;
const patterns = new Map<string, RegExp>();

/**
 * The name as a pattern: any run of spaces or line breaks between its words, never followed by
 * more of a word. Compiled once per name: cable pages ask for the same names again and again.
 * The word boundary before the name is checked by `nameMatches`, not by a lookbehind, so that the
 * engine can look for the name's first letters instead of testing the lookbehind everywhere.
 */
function namePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    if (patterns.size >= MAX_CACHED_PATTERNS) patterns.clear();
    const words = name.trim().split(/\s+/).map(escapeRegExp);
    pattern = new RegExp(String.raw`${words.join(String.raw`\s+`)}(?![\p{L}\p{N}])`, "gu");
    patterns.set(name, pattern);
  }
  return pattern;
}

/** Every place the text writes the name as whole words, in order (tried at every position, as a lookbehind would). */
function* nameMatches(text: string, name: string): Generator<{ start: number; end: number }> {
  const pattern = namePattern(name);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (WORD_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    yield { start: match.index, end: match.index + match[0].length };
  }
}

/**
 * Where a paragraph writes the names of the people it mentions. Longer names are placed first, so
 * "Massimo D'Alema" is one link rather than "D'Alema" inside it; every occurrence is linked.
 */
export function findPersonLinks(text: string, people: readonly NamedPerson[]): TextLink[] {
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const taken: TextLink[] = [];
  // A paragraph lists a person once per mention, and one search finds every occurrence of a
  // name: each name is searched for once, and only when its first word is in the text at all
  // (searching per mention was most of the render time of long cables).
  const searched = new Set<string>();
  for (const person of byLength) {
    const name = person.name.trim();
    if (!name || searched.has(name)) continue;
    searched.add(name);
    if (!text.includes(name.split(/\s+/, 1)[0]!)) continue;
    for (const { start, end } of nameMatches(text, name)) {
      if (taken.some((link) => start < link.end && end > link.start)) continue;
      taken.push({ start, end, target: { person: { slug: person.slug, displayName: person.displayName } } });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
