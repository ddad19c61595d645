import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-stone-700">There is nothing at this address in the archive. If you were looking for a cable, search for it by reference id, subject or words from its text.</p>
      <form action="/search" method="get" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          Search the cables
        </label>
        <input id="not-found-q" name="q" type="search" maxLength={300} placeholder="e.g. 06ROME1755 or Prodi Putin" className="flex-1 rounded border border-stone-400 px-3 py-2" />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 text-white hover:bg-blue-900">
          Search
        </button>
      </form>
      <p>
        <Link href="/" className="text-blue-800 underline">
          Back to the latest cables
        </Link>
      </p>
    </div>
  );
}
