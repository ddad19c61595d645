import Link from "next/link";

type SortOption = { label: string; href: string; isCurrent: boolean };

export function SortLinks({ options }: { options: SortOption[] }) {
  return (
    <nav aria-label="Sort order" className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
      <span>Sort:</span>
      <ul className="flex flex-wrap gap-2">
        {options.map(({ label, href, isCurrent }) => (
          <li key={href}>
            {isCurrent ? (
              <Link href={href} aria-current="page" className="font-semibold text-stone-900 no-underline">
                {label}
              </Link>
            ) : (
              <Link href={href} className="text-blue-800 underline">
                {label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
