import { HighlightedText } from "@/components/search/highlighted-text";
import { findRefMentions, linkReferences, type LinkedSegment } from "@/lib/cable-links/ref-mentions";
import type { CableDetail, CableParagraphView } from "@/lib/db/cables";
import { withAnchors } from "@/lib/format/anchors";
import { cableHref } from "@/lib/format/links";
import { markTerms } from "@/lib/search/highlight";
import { CopyLinkButton } from "./copy-link-button";

/**
 * A mention links to the reference's entry on this page (#ref-a), not straight to the cited cable:
 * that works for references the archive does not hold too, and the entry says what the reference is
 * and links on to the cable when it is here.
 */
function ParagraphText({ segments }: { segments: LinkedSegment[] }) {
  return (
    <>
      {segments.map(({ text, isMatch, referenceAnchor }, index) =>
        referenceAnchor ? (
          <a key={index} href={`#${referenceAnchor}`} className="text-blue-800 underline decoration-dotted underline-offset-2">
            <HighlightedText segments={[{ text, isMatch }]} />
          </a>
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
}: {
  refId: string;
  paragraphs: CableParagraphView[];
  signature: string | null;
  terms: string[];
  focusAnchor?: string;
  references?: Pick<CableDetail["references"][number], "letter">[];
}) {
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
              {references.length > 0 ? (
                <ParagraphText segments={linkReferences(markTerms(paragraph.text, terms), findRefMentions(paragraph.text, references))} />
              ) : (
                <HighlightedText segments={markTerms(paragraph.text, terms)} />
              )}
              {paragraph.number !== null && <CopyLinkButton path={cableHref(refId, paragraph.anchor)} label={`Copy link to paragraph ${paragraph.number}`} />}
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
