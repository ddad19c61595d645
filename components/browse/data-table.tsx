import type { ReactNode } from "react";

export type Column = { label: string; isNumeric?: boolean };

/** A captioned table that scrolls sideways on narrow screens; rows come from the caller. */
export function DataTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            {columns.map(({ label, isNumeric }) => (
              <th key={label} scope="col" className={`px-3 py-2 font-semibold ${isNumeric ? "text-right" : ""}`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}
