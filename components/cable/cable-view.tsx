import Link from "next/link";
import type { CableDetail } from "@/lib/db/cables";
import { withAnchors } from "@/lib/format/anchors";
import { formatCableDate } from "@/lib/format/date";
import { publicBaseUrl } from "@/lib/format/public-url";
import { CableHeaderSection } from "./cable-header-section";
import { CableMetadata } from "./cable-metadata";
import { CableParagraphs } from "./cable-paragraphs";
import { CableReferences } from "./cable-references";
import { CitePanel } from "./cite-panel";

export function CableView({ cable, terms, focusAnchor }: { cable: CableDetail; terms: string[]; focusAnchor?: string }) {
  const base = `/cable/${encodeURIComponent(cable.refId)}`;
  const baseUrl = publicBaseUrl();
  // Only the focused paragraph gets its own panel: one per paragraph would double a long cable's page.
  const focused = focusAnchor ? withAnchors(cable.paragraphs).find(({ anchor }) => anchor === focusAnchor) : undefined;
  return (
    <article className="space-y-6" aria-labelledby="cable-title">
      <header className="space-y-2">
        <p className="font-mono text-sm text-stone-600">{cable.refId}</p>
        <h1 id="cable-title" className="text-2xl font-semibold tracking-tight break-words">
          {cable.subject ?? "(no subject)"}
        </h1>
      </header>
      <CableMetadata cable={cable} />
      <CableHeaderSection refId={cable.refId} />
      <div className="space-y-2">
        <CitePanel cable={cable} baseUrl={baseUrl} />
        {focused && <CitePanel cable={cable} paragraph={focused} baseUrl={baseUrl} />}
      </div>
      {terms.length > 0 && (
        <p className="text-sm text-stone-700">
          Search terms are marked. <Link href={`${base}${focusAnchor ? `/p/${focusAnchor.slice(1)}` : ""}`} className="text-blue-800 underline">Show without marks</Link>
        </p>
      )}
      <CableParagraphs refId={cable.refId} paragraphs={cable.paragraphs} signature={cable.signature} terms={terms} references={cable.references} people={cable.people} {...(focusAnchor ? { focusAnchor } : {})} />
      <CableReferences cable={cable} />
      <section aria-labelledby="source-heading" className="space-y-2 rounded border border-stone-200 bg-white p-4 text-sm">
        <h2 id="source-heading" className="font-semibold">
          Source
        </h2>
        <p>
          <a href={`${base}/source`} className="text-blue-800 underline">
            Original text, exactly as ingested
          </a>
        </p>
        {cable.versions.length > 0 && (
          <div>
            <h3 className="font-medium">Earlier versions</h3>
            <ul className="mt-1 space-y-1">
              {cable.versions.map((version) => (
                <li key={version.id}>
                  <a href={`${base}/versions/${version.id}`} className="text-blue-800 underline">
                    Version replaced on {formatCableDate(version.supersededAt, "day")}
                  </a>
                  <span className="text-stone-600"> ({version.sourceFormat})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {cable.warnings.length > 0 && (
          <details>
            <summary className="cursor-pointer text-stone-700">How this record was read ({cable.warnings.length} notes)</summary>
            <ul className="mt-1 list-disc pl-5 text-stone-700">
              {cable.warnings.map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </article>
  );
}
