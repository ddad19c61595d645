export function SiteFooter() {
  return (
    <footer className="border-t border-stone-300 bg-white">
      <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-stone-600">
        Cable text is reproduced as published in the 2010–2011 release. The archive adds structure, not content.
      </p>
    </footer>
  );
}
