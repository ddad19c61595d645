import Link from "next/link";
import type { CableSummary } from "@/lib/db/cables";
import { formatCableDate } from "@/lib/format/date";
import { cableHref } from "@/lib/format/links";

export function CableList({ cables }: { cables: CableSummary[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {cables.map((cable) => (
        <li key={cable.refId} className="p-4">
          <Link href={cableHref(cable.refId)} className="font-mono text-sm font-semibold text-blue-800 hover:underline">
            {cable.refId}
          </Link>
          <p className="mt-1 text-stone-900">{cable.subject ?? "(no subject)"}</p>
          <p className="mt-1 text-xs text-stone-600">
            <time dateTime={cable.sentAt?.toISOString()}>{formatCableDate(cable.sentAt, cable.sentAtPrecision)}</time>
            {cable.origin ? ` · ${cable.origin}` : ""}
            {cable.classification ? ` · ${cable.classification}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
