import Link from "next/link";
import type { ReactNode } from "react";
import type { CableDetail } from "@/lib/db/cables";
import { formatCableDate } from "@/lib/format/date";
import { personHref, postHref, tagHref } from "@/lib/format/links";
import { ClassificationBadge } from "./classification-badge";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-1.5 sm:grid-cols-[10rem_1fr] sm:gap-2">
      <dt className="text-stone-600">{label}</dt>
      <dd className="min-w-0 break-words text-stone-900">{children}</dd>
    </div>
  );
}

function AddressList({ addresses }: { addresses: string[] }) {
  return (
    <ul className="space-y-0.5">
      {addresses.map((address, index) => (
        <li key={`${address}-${index}`}>{address}</li>
      ))}
    </ul>
  );
}

const ROLE_NOTES: Record<string, string> = { signed: "signed", classified: "classified it", tagged: "in TAGS" };

/** Everyone the cable names, once each, with the header roles they play (signer, classifier, TAGS). */
function PeopleList({ people }: { people: CableDetail["people"] }) {
  const byPerson = new Map<string, { displayName: string; roles: Set<string> }>();
  for (const { slug, displayName, role } of people) {
    const entry = byPerson.get(slug) ?? { displayName, roles: new Set<string>() };
    if (ROLE_NOTES[role]) entry.roles.add(ROLE_NOTES[role]);
    byPerson.set(slug, entry);
  }
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-0.5" data-testid="cable-people">
      {[...byPerson].map(([slug, { displayName, roles }]) => (
        <li key={slug}>
          <Link href={personHref(slug)} className="text-blue-800 underline">
            {displayName}
          </Link>
          {roles.size > 0 && <span className="text-stone-600"> ({[...roles].join(", ")})</span>}
        </li>
      ))}
    </ul>
  );
}

export function CableMetadata({ cable }: { cable: CableDetail }) {
  return (
    <dl className="divide-y divide-stone-100 rounded border border-stone-200 bg-white px-4 py-2 text-sm">
      <Row label="Date">
        <time dateTime={cable.sentAt?.toISOString()}>{formatCableDate(cable.sentAt, cable.sentAtPrecision)}</time>
        {cable.sentAtPrecision && cable.sentAtPrecision !== "minute" && <span className="text-stone-600"> (the text gives no time of day)</span>}
      </Row>
      <Row label="From">
        {cable.post ? (
          <Link href={postHref(cable.post.name)} className="text-blue-800 underline">
            {cable.post.name}
          </Link>
        ) : (
          (cable.origin ?? "Unknown")
        )}
        {cable.post?.country && <span className="text-stone-600"> · {cable.post.country}</span>}
      </Row>
      {cable.destinationsTo.length > 0 && (
        <Row label="To">
          <AddressList addresses={cable.destinationsTo} />
        </Row>
      )}
      {cable.destinationsInfo.length > 0 && (
        <Row label="Info">
          <AddressList addresses={cable.destinationsInfo} />
        </Row>
      )}
      {cable.precedence && <Row label="Precedence">{cable.precedence}</Row>}
      <Row label="Classification">
        <ClassificationBadge classification={cable.classification} />
      </Row>
      {cable.caveats.length > 0 && <Row label="Handling">{cable.caveats.join(", ")}</Row>}
      {cable.tags.length > 0 && (
        <Row label="Tags">
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {cable.tags.map((tag) => (
              <li key={tag.code}>
                <Link href={tagHref(tag.code)} className="text-blue-800 underline">
                  <span className="font-mono">{tag.code}</span>
                </Link>
                <span className="text-stone-600"> — {tag.description ?? "unknown code"}</span>
              </li>
            ))}
          </ul>
        </Row>
      )}
      {cable.people.length > 0 && (
        <Row label="People named">
          <PeopleList people={cable.people} />
        </Row>
      )}
      {cable.classifiedBy && (
        <Row label="Classified by">
          {cable.classifiedBy}
          {cable.classificationReasons ? `, reasons ${cable.classificationReasons}` : ""}
        </Row>
      )}
      {cable.declassification && (
        <Row label="Declassify on">
          {cable.declassifyOn ? <time dateTime={cable.declassifyOn.toISOString().slice(0, 10)}>{formatCableDate(cable.declassifyOn, "day")}</time> : cable.declassification}
          {cable.executiveOrder && <span className="text-stone-600"> (E.O. {cable.executiveOrder})</span>}
        </Row>
      )}
      {cable.isPartialExtract && <Row label="Extract">A partial extract published by a newspaper partner; the full text of the cable was not released.</Row>}
      {cable.hasRedactions && <Row label="Redactions">Names in this cable were redacted before publication (shown as XXXXXXXXXXXX).</Row>}
    </dl>
  );
}
