import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-stone-700">There is nothing at this address in the archive.</p>
      <p>
        <Link href="/" className="text-blue-800 underline">
          Back to the latest cables
        </Link>
      </p>
    </div>
  );
}
