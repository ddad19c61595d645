import { ARCHIVE_NAME, dateParts, issuingBody, oneLine, paragraphLocator, permalink, type CitationInput } from "./common";

const BIBTEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/**
 * Escapes BibTeX's special characters in a braced field. Braces become `\textbraceleft{}` and
 * `\textbraceright{}` rather than `\{`: BibTeX counts a brace even behind a backslash, so an odd
 * `\{` from a hostile subject would end the field early and swallow the rest of the entry.
 */
export function escapeBibtex(text: string): string {
  return oneLine(text).replace(/[{}\\%&$#_~^]/g, (char) => {
    switch (char) {
      case "{":
        return "\\textbraceleft{}";
      case "}":
        return "\\textbraceright{}";
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${char}`;
    }
  });
}

/** Keys are the reference id (`06ROME1755`, `06ROME1755-p16`): stable, and already key-safe. */
export function bibtexKey({ cable, paragraph }: Pick<CitationInput, "cable" | "paragraph">): string {
  const key = `${cable.refId}${paragraph ? `-${paragraph.anchor}` : ""}`;
  return key.replace(/[^A-Za-z0-9:_-]/g, "-");
}

/**
 * URLs are verbatim in biblatex and inside `\url{}`, so they are not escaped; percent-encoding
 * the few characters that would still break the entry (braces, backslash, spaces) keeps it valid.
 */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

export function bibtexCitation(input: CitationInput): string {
  const { cable, paragraph } = input;
  const fields: [string, string][] = [];
  const author = issuingBody(cable.origin);
  // Double braces: a corporate author is not split into first and last names, and a title keeps its case.
  if (author) fields.push(["author", `{{${escapeBibtex(author)}}}`]);
  if (cable.subject && oneLine(cable.subject)) fields.push(["title", `{{${escapeBibtex(cable.subject)}}}`]);
  fields.push(["howpublished", `{Diplomatic cable ${escapeBibtex(cable.refId)}}`]);
  const parts = dateParts(cable.sentAt, cable.sentAtPrecision);
  if (parts) {
    const [year, month, day] = parts;
    // biblatex reads `date` at its precision; classic BibTeX styles read `year` and `month`.
    fields.push(["date", `{${[String(year).padStart(4, "0"), ...[month, day].flatMap((value) => (value === undefined ? [] : [String(value).padStart(2, "0")]))].join("-")}}`]);
    fields.push(["year", `{${year}}`]);
    const monthMacro = month === undefined ? undefined : BIBTEX_MONTHS[month - 1];
    if (monthMacro) fields.push(["month", monthMacro]);
  }
  const notes: string[] = [];
  const locator = paragraph ? paragraphLocator(paragraph) : null;
  if (locator) notes.push(`Paragraph ${locator}`);
  if (cable.classification && oneLine(cable.classification)) notes.push(`Classified ${cable.classification}`);
  notes.push(ARCHIVE_NAME);
  fields.push(["note", `{${notes.map(escapeBibtex).join(". ")}}`]);
  fields.push(["url", `{${bibtexUrl(permalink(input))}}`]);
  return `@misc{${bibtexKey(input)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join("\n")}\n}`;
}
