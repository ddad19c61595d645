import Link from "next/link";
import type { KindCount } from "@/lib/db/browse";

type KindLink<Kind extends string> = { kind: Kind | null; label: string; count: number; href: string };

type ListFilterProps<Kind extends string> = {
  /** Where the form goes (`/tags`, `/posts`). */
  action: string;
  /** Names the form and its text field, e.g. "Filter tags", "Code or meaning contains". */
  formLabel: string;
  textLabel: string;
  q: string;
  kind: Kind | null;
  kindLabels: Readonly<Record<Kind, string>>;
  kindCounts: KindCount<Kind>[];
  /** Builds the link to one kind (or to all, for null) keeping the other settings. */
  hrefForKind: (kind: Kind | null) => string;
  /** Settings the form does not show but must keep (the sort order). */
  hidden: Record<string, string | null>;
  /** What "All kinds" counts, when an item can be of several kinds (a person who signs and is mentioned). */
  allCount?: number;
  allLabel?: string;
  /** What the kinds are called in the form ("Kind", "Role"). */
  kindName?: string;
};

/**
 * A GET form and plain links, so filtering works without JavaScript and every view is a URL.
 * The kind links come first for quick switching; the form combines a kind with a text filter.
 */
export function ListFilter<Kind extends string>({ action, formLabel, textLabel, q, kind, kindLabels, kindCounts, hrefForKind, hidden, allCount, allLabel = "All kinds", kindName = "Kind" }: ListFilterProps<Kind>) {
  const countOf = (wanted: Kind) => kindCounts.find((entry) => entry.kind === wanted)?.count ?? 0;
  const kinds = Object.keys(kindLabels) as Kind[];
  const links: KindLink<Kind>[] = [
    { kind: null, label: allLabel, count: allCount ?? kindCounts.reduce((sum, entry) => sum + entry.count, 0), href: hrefForKind(null) },
    ...kinds.map((each) => ({ kind: each, label: kindLabels[each], count: countOf(each), href: hrefForKind(each) })),
  ];
  return (
    <div className="space-y-4">
      <nav aria-label="Kinds">
        <ul className="flex flex-wrap gap-2 text-sm">
          {links.map((link) => {
            const isCurrent = link.kind === kind;
            return (
              <li key={link.kind ?? "all"}>
                <Link
                  href={link.href}
                  aria-current={isCurrent ? "page" : undefined}
                  className={
                    isCurrent
                      ? "inline-block rounded-full border border-blue-800 bg-blue-800 px-3 py-1 text-white"
                      : "inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800 hover:border-blue-800 hover:text-blue-800"
                  }
                >
                  {link.label} <span className="tabular-nums">({link.count.toLocaleString("en-US")})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action={action} aria-label={formLabel} className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3">
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-medium text-stone-800">
            {textLabel}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={q} maxLength={100} className="rounded border border-stone-400 px-2 py-1" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-kind" className="text-sm font-medium text-stone-800">
            {kindName}
          </label>
          <select id="filter-kind" name="kind" defaultValue={kind ?? ""} className="rounded border border-stone-400 bg-white px-2 py-1">
            <option value="">{allLabel}</option>
            {kinds.map((each) => (
              <option key={each} value={each}>
                {kindLabels[each]}
              </option>
            ))}
          </select>
        </div>
        {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <button type="submit" className="rounded bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">
          Filter
        </button>
      </form>
    </div>
  );
}
