"use client";

import { useEffect, useState } from "react";

/**
 * Copies the text of the element `sourceId` names, so the page carries each citation once and
 * the clipboard gets exactly what is shown. Rendered only once JavaScript runs: the block stays
 * selectable without it.
 */
export function CopyTextButton({ sourceId, visibleLabel, label }: { sourceId: string; visibleLabel: string; label: string }) {
  const [isReady, setIsReady] = useState(false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setIsReady(true), []);
  if (!isReady) return null;

  const copy = async () => {
    try {
      const text = document.getElementById(sourceId)?.textContent;
      if (!text) throw new Error(`nothing to copy in #${sourceId}`);
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2000);
  };

  return (
    <>
      {/* The accessible name starts with the visible text, so voice users can say what they see. */}
      <button type="button" onClick={copy} aria-label={label} className="rounded border border-stone-300 px-1.5 py-px text-xs text-stone-700 hover:bg-stone-100">
        {visibleLabel}
      </button>
      <span role="status" className="ml-1 text-xs text-emerald-800">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </>
  );
}
