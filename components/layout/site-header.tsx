import Link from "next/link";

const NAV_LINKS = [
  { href: "/search", label: "Search" },
  { href: "/tags", label: "Tags" },
  { href: "/posts", label: "Posts" },
  { href: "/people", label: "People" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900 no-underline">
          Cable Archive
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {NAV_LINKS.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="text-stone-700 hover:text-stone-950 hover:underline">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
