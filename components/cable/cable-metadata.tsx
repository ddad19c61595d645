import type { CableDetail } from "@/lib/db/cables";
import { formatCableDate } from "@/lib/format/date";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-1">
      <dt className="text-stone-600">{label}</dt>
      <dd className="text-stone-900">{children}</dd>
    </div>
  );
}

export function CableMetadata({ cable }: { cable: CableDetail }) {
  return (
    <dl className="divide-y divide-stone-100 rounded border border-stone-200 bg-white px-4 py-2 text-sm">
      <Row label="Date">
        <time dateTime={cable.sentAt?.toISOString()}>{formatCableDate(cable.sentAt, cable.sentAtPrecision)}</time>
      </Row>
      <Row label="From">{cable.origin ?? "Unknown"}</Row>
      {cable.destinationsTo.length > 0 && <Row label="To">{cable.destinationsTo.join("; ")}</Row>}
      {cable.destinationsInfo.length > 0 && <Row label="Info">{cable.destinationsInfo.join("; ")}</Row>}
      <Row label="Classification">{cable.classification ?? "Not marked"}</Row>
      {cable.caveats.length > 0 && <Row label="Handling">{cable.caveats.join(", ")}</Row>}
      {cable.tags.length > 0 && <Row label="Tags">{cable.tags.join(", ")}</Row>}
      {cable.classifiedBy && (
        <Row label="Classified by">
          {cable.classifiedBy}
          {cable.classificationReasons ? `, reasons ${cable.classificationReasons}` : ""}
        </Row>
      )}
      {cable.declassification && <Row label="Declassify">{cable.declassification}</Row>}
      {cable.isPartialExtract && <Row label="Extract">This is a partial extract; the full text of the cable was not published.</Row>}
    </dl>
  );
}
