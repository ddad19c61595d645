import { citationsFor, type CitedCable, type CitedParagraph } from "@/lib/cite";
import { CopyButton } from "./copy-button";

type Block = { key: string; heading: string; copyLabel: string; text: string };

/**
 * "Cite this cable" (or one paragraph): each format in a `<pre>`, inside a `<details>` that opens
 * without JavaScript. Citations are built on the server from the cable's metadata.
 */
export function CitePanel({ cable, paragraph, baseUrl }: { cable: CitedCable; paragraph?: CitedParagraph; baseUrl: string }) {
  const citations = citationsFor({ cable, baseUrl, ...(paragraph ? { paragraph } : {}) });
  const scope = paragraph ? (paragraph.number !== null ? `paragraph ${paragraph.anchor.slice(1)}` : "this paragraph") : "this cable";
  const idPrefix = `cite-${paragraph ? paragraph.anchor : "cable"}`;
  const blocks: Block[] = [
    ...(citations.quote ? [{ key: "quote", heading: "Quote with citation", copyLabel: "Copy quote with citation", text: citations.quote }] : []),
    { key: "chicago", heading: "Chicago", copyLabel: "Copy Chicago", text: citations.chicago },
    { key: "bibtex", heading: "BibTeX", copyLabel: "Copy BibTeX", text: citations.bibtex },
    { key: "csl-json", heading: "CSL-JSON", copyLabel: "Copy CSL-JSON", text: citations.cslJson },
  ];
  return (
    <details id={idPrefix} className="rounded border border-stone-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-semibold">Cite {scope}</summary>
      <div className="mt-3 space-y-4">
        {blocks.map((block) => {
          const id = `${idPrefix}-${block.key}`;
          return (
            // figcaption must be a child of the figure to name it; the grid puts the button beside it.
            <figure key={block.key} className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1">
              <figcaption className="col-start-1 row-start-1 font-medium">{block.heading}</figcaption>
              <pre id={id} className="col-span-2 row-start-2 min-w-0 whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-mono text-xs text-stone-900 [overflow-wrap:anywhere]">
                {block.text}
              </pre>
              <div className="col-start-2 row-start-1">
                {/* The accessible name starts with the visible text, so voice users can say what they see. */}
                <CopyButton source={{ elementId: id }} visibleLabel={block.copyLabel} label={`${block.copyLabel} for ${scope}`} failedText="Copy failed: select the text instead" />
              </div>
            </figure>
          );
        })}
      </div>
    </details>
  );
}
