import type { ReactNode } from "react";

export type Fact = { label: string; value: ReactNode; testId?: string };

/** The short facts under a tag's or post's heading. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {facts.map(({ label, value, testId }) => (
        <div key={label} className="flex gap-1">
          <dt className="text-stone-600">{label}</dt>
          <dd className="text-stone-900" data-testid={testId}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A titled part of a browse page, announced to assistive technology by its heading. */
export function PageSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
