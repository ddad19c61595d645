const STYLES: [RegExp, string][] = [
  [/^SECRET/, "border-red-300 bg-red-50 text-red-900"],
  [/^CONFIDENTIAL/, "border-amber-300 bg-amber-50 text-amber-900"],
  [/^UNCLASSIFIED/, "border-emerald-300 bg-emerald-50 text-emerald-900"],
];

export function ClassificationBadge({ classification }: { classification: string | null }) {
  const label = classification ?? "Not marked";
  const style = STYLES.find(([pattern]) => pattern.test(label))?.[1] ?? "border-stone-300 bg-stone-50 text-stone-800";
  return <span className={`inline-block rounded border px-1.5 py-px font-mono text-xs ${style}`}>{label}</span>;
}
