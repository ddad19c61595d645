import Link from "next/link";
import { ClassificationBadge } from "@/components/cable/classification-badge";
import { formatCableDate } from "@/lib/format/date";
import { describeTag } from "@/lib/glossary/tags";
import type { SearchHit } from "@/lib/search/service";
import { HighlightedText } from "./highlighted-text";

/** Links into a cable carry the query, so the cable page can mark the same terms. */
function cableLink(refId: string, q: string, anchor?: string): string {
  const params = q ? `?${new URLSearchParams({ q }).toString()}` : "";
  return `/cable/${encodeURIComponent(refId)}${params}${anchor ? `#${anchor}` : ""}`;
}

export function ResultList({ hits, q, firstPosition }: { hits: SearchHit[]; q: string; firstPosition: number }) {
  return (
    <ol className="space-y-4" start={firstPosition} aria-label="Search results">
      {hits.map((hit) => (
        <li key={hit.refId} className="rounded border border-stone-200 bg-white p-4" data-testid="search-result">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={cableLink(hit.refId, q)} className="font-mono text-sm font-semibold text-blue-800 hover:underline">
              {hit.refId}
            </Link>
            <ClassificationBadge classification={hit.classification} />
            <span className="text-xs text-stone-600">
              <time dateTime={hit.sentAt?.toISOString()}>{formatCableDate(hit.sentAt, "day")}</time>
              {hit.origin ? ` · ${hit.origin}` : ""}
            </span>
          </div>
          <h3 className="mt-1 font-medium text-stone-900">
            <Link href={cableLink(hit.refId, q)} className="hover:underline">
              {hit.subject ? <HighlightedText segments={hit.subject} /> : "(no subject)"}
            </Link>
          </h3>
          {hit.snippet && (
            <p className="mt-2 text-sm text-stone-800">
              <Link href={cableLink(hit.refId, q, hit.snippet.anchor)} className="mr-1 font-mono text-xs text-blue-800 underline" data-testid="snippet-link">
                ¶{hit.snippet.anchor.replace(/^p/, "").replace(/^t\d+$/, "")}
              </Link>
              <HighlightedText segments={hit.snippet.segments} />
            </p>
          )}
          {hit.tags.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-1" aria-label="Tags">
              {hit.tags.map((tag) => (
                <li key={tag} title={describeTag(tag).description ?? "Unknown code"} className="rounded bg-stone-100 px-1.5 py-px font-mono text-xs text-stone-700">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
