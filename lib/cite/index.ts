import { bibtexCitation } from "./bibtex";
import { chicagoCitation } from "./chicago";
import { permalink, type CitationInput } from "./common";
import { cslJsonCitation } from "./csl";
import { quoteWithCitation } from "./quote";

export { bibtexCitation, bibtexKey, escapeBibtex } from "./bibtex";
export { chicagoCitation, chicagoDate } from "./chicago";
export { permalink, type CitationInput, type CitedCable, type CitedParagraph } from "./common";
export { cslItem, cslJsonCitation, type CslItem } from "./csl";
export { quoteWithCitation } from "./quote";

export type Citations = { permalink: string; chicago: string; bibtex: string; cslJson: string; quote: string | null };

/** Every format for one cable, or one of its paragraphs (which adds the quote). */
export function citationsFor(input: CitationInput): Citations {
  const { paragraph } = input;
  return {
    permalink: permalink(input),
    chicago: chicagoCitation(input),
    bibtex: bibtexCitation(input),
    cslJson: cslJsonCitation(input),
    quote: paragraph ? quoteWithCitation({ ...input, paragraph }) : null,
  };
}
