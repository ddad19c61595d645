import { HighlightedText } from "@/components/search/highlighted-text";
import Link from "next/link";
import { findPersonLinks } from "@/lib/cable-links/person-mentions";
import { findRefMentions, linkSpans, referenceLinks, type LinkedSegment } from "@/lib/cable-links/ref-mentions";
import type { CableDetail, CableParagraphView, CablePersonView } from "@/lib/db/cables";
import { withAnchors } from "@/lib/format/anchors";
import { cableHref, personHref } from "@/lib/format/links";
import { markTerms } from "@/lib/search/highlight";
import { CopyButton } from "./copy-button";

/**
 * A mention links to the reference's entry on this page (#ref-a), not straight to the cited cable:
 * that works for references the archive does not hold too, and the entry says what the reference is
 * and links on to the cable when it is here.
 */
function ParagraphText({ segments }: { segments: LinkedSegment[] }) {
  return (
    <>
      {segments.map(({ text, isMatch, referenceAnchor, person }, index) =>
        referenceAnchor ? (
          <a key={index} href={`#${referenceAnchor}`} className="text-blue-800 underline decoration-dotted underline-offset-2">
            <HighlightedText segments={[{ text, isMatch }]} />
          </a>
        ) : person ? (
          <Link key={index} href={personHref(person.slug)} title={person.displayName} data-person={person.slug} className="text-inherit underline decoration-stone-400 underline-offset-2 hover:text-blue-800">
            <HighlightedText segments={[{ text, isMatch }]} />
          </Link>
        ) : (
          <HighlightedText key={index} segments={[{ text, isMatch }]} />
        ),
      )}
    </>
  );
}

export function CableParagraphs({
  refId,
  paragraphs,
  signature,
  terms,
  focusAnchor,
  references = [],
  people = [],
}: {
  refId: string;
  paragraphs: CableParagraphView[];
  signature: string | null;
  terms: string[];
  focusAnchor?: string;
  references?: Pick<CableDetail["references"][number], "letter">[];
  people?: CablePersonView[];
}) {
  const peopleAt = new Map<number, CablePersonView[]>();
  for (const person of people) {
    if (person.paragraphPosition === null) continue;
    const atParagraph = peopleAt.get(person.paragraphPosition);
    if (atParagraph) atParagraph.push(person);
    else peopleAt.set(person.paragraphPosition, [person]);
  }
  return (
    <section aria-label="Cable text" className="space-y-4 leading-relaxed">
      {withAnchors(paragraphs).map((paragraph) => {
        const isFocused = paragraph.anchor === focusAnchor;
        return (
          <div
            key={paragraph.anchor}
            id={paragraph.anchor}
            data-paragraph={paragraph.number ?? undefined}
            className={`scroll-mt-4 rounded px-2 py-1 target:bg-yellow-50 target:ring-2 target:ring-yellow-300 ${isFocused ? "bg-yellow-50 ring-2 ring-yellow-300" : ""}`}
          >
            <p className="whitespace-pre-line">
              {paragraph.number !== null && (
                <a href={`#${paragraph.anchor}`} className="mr-2 font-mono text-sm text-stone-500 hover:underline" aria-label={`Paragraph ${paragraph.number} (permalink)`}>
                  ¶{paragraph.number}
                </a>
              )}
              {paragraph.marking && (
                <abbr title="Portion marking" className="mr-2 font-mono text-sm text-stone-600 no-underline">
                  ({paragraph.marking})
                </abbr>
              )}
              <ParagraphText
                segments={linkSpans(markTerms(paragraph.text, terms), [
                  ...(references.length > 0 ? referenceLinks(findRefMentions(paragraph.text, references)) : []),
                  ...findPersonLinks(paragraph.text, peopleAt.get(paragraph.position) ?? []),
                ])}
              />
              {paragraph.number !== null && (
                <CopyButton
                  source={{ link: cableHref(refId, paragraph.anchor) }}
                  visibleLabel="Copy link"
                  label={`Copy link to paragraph ${paragraph.number}`}
                  copiedText="Link copied"
                  failedText="Copy failed: use the ¶ link"
                  className="ml-2 align-middle"
                />
              )}
              {paragraph.number !== null && (
                <a href={`${cableHref(refId)}/p/${paragraph.anchor.slice(1)}`} className="ml-2 align-middle text-xs text-blue-800 underline" aria-label={`Cite paragraph ${paragraph.number}`}>
                  Cite
                </a>
              )}
            </p>
          </div>
        );
      })}
      {signature && <p className="px-2 font-mono text-sm text-stone-700">{signature}</p>}
    </section>
  );
}
