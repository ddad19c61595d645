export type AnchoredParagraph<T> = T & { anchor: string };

type NumberedPosition = { number: number | null; position: number };

/** One paragraph's anchor; `repeat` counts earlier paragraphs of the cable with the same number. */
export function paragraphAnchor({ number, position }: NumberedPosition, repeat: number): string {
  if (number === null) return `t${position}`;
  return repeat === 0 ? `p${number}` : `p${number}-${repeat + 1}`;
}

/**
 * Permalink anchors use the cable's own paragraph numbers (`p16` stays `p16` after `p5`).
 * Unnumbered blocks get `t` + their position; a number seen again (cables restart numbering in
 * a later section) gets a suffix so every anchor stays unique.
 */
export function withAnchors<T extends NumberedPosition>(paragraphs: T[]): AnchoredParagraph<T>[] {
  const seen = new Map<number, number>();
  return paragraphs.map((paragraph) => {
    if (paragraph.number === null) return { ...paragraph, anchor: paragraphAnchor(paragraph, 0) };
    const repeats = seen.get(paragraph.number) ?? 0;
    seen.set(paragraph.number, repeats + 1);
    return { ...paragraph, anchor: paragraphAnchor(paragraph, repeats) };
  });
}
