import Link from "next/link";
import { referenceAnchors } from "@/lib/cable-links/ref-mentions";
import type { CableDetail } from "@/lib/db/cables";
import { formatCableDate } from "@/lib/format/date";
import { cableHref } from "@/lib/format/links";
import { ReferenceGraph } from "./reference-graph";

function ReferenceStatus({ reference }: { reference: CableDetail["references"][number] }) {
  if (reference.isInArchive || reference.targetRefId === null) return null;
  const inRelease = reference.isInRelease === true ? "; it is part of the 2010–2011 release" : reference.isInRelease === false ? "; it is not among the released cables" : "";
  return <span className="text-stone-600"> — not in this archive{inRelease}</span>;
}

export function CableReferences({ cable }: { cable: CableDetail }) {
  if (cable.references.length === 0 && cable.citedBy.length === 0) return null;
  const anchors = referenceAnchors(cable.references);
  return (
    // One card, two parts: the graph sits outside the References region so each cable is linked once there.
    <div className="space-y-3 rounded border border-stone-200 bg-white p-4 text-sm">
      <section aria-labelledby="references-heading" className="space-y-3">
        <h2 id="references-heading" className="font-semibold">
          References
        </h2>
        {cable.references.length > 0 && (
          <ul className="space-y-1" aria-label="This cable refers to">
            {cable.references.map((reference, index) => (
              <li key={index} id={anchors[index]} className="scroll-mt-4 rounded target:bg-yellow-50 target:ring-2 target:ring-yellow-300">
                {reference.letter && <span className="mr-1 font-mono">{reference.letter}.</span>}
                {reference.targetRefId && reference.isInArchive ? (
                  <Link href={cableHref(reference.targetRefId)} className="font-mono text-blue-800 underline">
                    {reference.targetRefId}
                  </Link>
                ) : (
                  <span className="font-mono">{reference.targetRefId ?? reference.text}</span>
                )}
                {reference.targetRefId && reference.text !== reference.targetRefId && <span className="text-stone-600"> ({reference.text})</span>}
                <ReferenceStatus reference={reference} />
              </li>
            ))}
          </ul>
        )}
        {cable.citedBy.length > 0 && (
          <div>
            <h3 className="font-semibold">Cited by</h3>
            <ul className="mt-1 space-y-1">
              {cable.citedBy.map((citing) => (
                <li key={citing.refId}>
                  <Link href={cableHref(citing.refId)} className="font-mono text-blue-800 underline">
                    {citing.refId}
                  </Link>
                  <span className="text-stone-700"> · {formatCableDate(citing.sentAt, "day")} · {citing.subject ?? "(no subject)"}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <ReferenceGraph cable={cable} />
    </div>
  );
}
