import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900 no-underline">
          Cable Archive
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            <li>
              <Link href="/" className="text-stone-700 hover:text-stone-950 hover:underline">
                Latest cables
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
