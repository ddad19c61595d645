import type { CableParagraphView } from "@/lib/db/cables";
import { withAnchors } from "@/lib/format/anchors";

export function CableParagraphs({ paragraphs, signature }: { paragraphs: CableParagraphView[]; signature: string | null }) {
  return (
    <section aria-label="Cable text" className="space-y-4 leading-relaxed">
      {withAnchors(paragraphs).map((paragraph) => (
        <p key={paragraph.anchor} id={paragraph.anchor} className="scroll-mt-4 whitespace-pre-line rounded target:bg-yellow-100">
          {paragraph.number !== null && (
            <a href={`#${paragraph.anchor}`} className="mr-2 font-mono text-sm text-stone-500 no-underline hover:underline" aria-label={`Paragraph ${paragraph.number}, permalink`}>
              {paragraph.number}.
            </a>
          )}
          {paragraph.marking && <span className="mr-2 font-mono text-sm text-stone-600">({paragraph.marking})</span>}
          {paragraph.text}
        </p>
      ))}
      {signature && <p className="font-mono text-sm text-stone-700">{signature}</p>}
    </section>
  );
}
