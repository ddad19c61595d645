import type { HeaderInput } from "@/lib/explain/header";
import { explainHeader } from "@/lib/explain/header";

/** "Explain this header": a native <details>, so it opens without JavaScript. */
export function HeaderExplainer({ record }: { record: HeaderInput }) {
  const rows = explainHeader(record);
  const routingHeader = record.routingHeader?.trim() ? record.routingHeader : null;
  return (
    <details className="rounded border border-stone-200 bg-white px-4 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-stone-800">Explain this header</summary>
      <div className="mt-2 space-y-3">
        {routingHeader ? (
          <div className="space-y-1">
            <h2 className="font-semibold">Routing header as written</h2>
            <pre className="font-mono text-xs break-words whitespace-pre-wrap text-stone-800">{routingHeader}</pre>
          </div>
        ) : (
          <p className="text-stone-700">
            The published text of this cable has no routing header (the lines with the date-time group, the sender and the addressees), as is
            usual for partial extracts. The parts of the header it does have are explained below.
          </p>
        )}
        {rows.length > 0 ? (
          <dl className="divide-y divide-stone-100">
            {rows.map(({ term, meaning }, index) => (
              <div key={`${term}-${index}`} className="grid gap-1 py-1.5 sm:grid-cols-[16rem_1fr] sm:gap-3">
                <dt className="font-mono text-xs break-words text-stone-900">{term}</dt>
                <dd className="min-w-0 break-words text-stone-800">{meaning}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-stone-700">Nothing else in this header can be explained.</p>
        )}
      </div>
    </details>
  );
}
