"use client";

import { useEffect, useState } from "react";

/** Copies a paragraph's permalink. Rendered only once JavaScript runs: the ¶ link is the fallback. */
export function CopyLinkButton({ path, label }: { path: string; label: string }) {
  const [isReady, setIsReady] = useState(false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setIsReady(true), []);
  if (!isReady) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.origin).toString());
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2000);
  };

  return (
    <>
      <button type="button" onClick={copy} aria-label={label} className="ml-2 rounded border border-stone-300 px-1.5 py-px align-middle text-xs text-stone-700 hover:bg-stone-100">
        Copy link
      </button>
      <span role="status" className="ml-1 text-xs text-emerald-800">
        {status === "copied" ? "Link copied" : status === "failed" ? "Copy failed: use the ¶ link" : ""}
      </span>
    </>
  );
}
