"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-stone-700">The archive could not show this page. The problem has been logged; please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
        Try again
      </button>
    </div>
  );
}
