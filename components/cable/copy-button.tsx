"use client";

import { useEffect, useState } from "react";

/** What to copy: a permalink (made absolute on this origin) or the text of an element shown on the page. */
export type CopySource = { link: string } | { elementId: string };

function textOf(source: CopySource): string {
  if ("link" in source) return new URL(source.link, window.location.origin).toString();
  const text = document.getElementById(source.elementId)?.textContent;
  if (!text) throw new Error(`nothing to copy in #${source.elementId}`);
  return text;
}

/**
 * A copy-to-clipboard button with its status announced. Rendered only once JavaScript runs: what
 * it copies is always there without it (the ¶ link, the selectable citation).
 */
export function CopyButton({
  source,
  visibleLabel,
  label,
  copiedText = "Copied",
  failedText,
  className = "",
}: {
  source: CopySource;
  visibleLabel: string;
  label: string;
  copiedText?: string;
  /** Says what to do instead, e.g. "Copy failed: select the text instead". */
  failedText: string;
  className?: string;
}) {
  const [isReady, setIsReady] = useState(false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setIsReady(true), []);
  if (!isReady) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(textOf(source));
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2000);
  };

  return (
    <>
      <button type="button" onClick={copy} aria-label={label} className={`rounded border border-stone-300 px-1.5 py-px text-xs text-stone-700 hover:bg-stone-100 ${className}`}>
        {visibleLabel}
      </button>
      <span role="status" className="ml-1 text-xs text-emerald-800">
        {status === "copied" ? copiedText : status === "failed" ? failedText : ""}
      </span>
    </>
  );
}
