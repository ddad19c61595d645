export type AnchoredParagraph<T> = T & { anchor: string };

/**
 * Permalink anchors use the cable's own paragraph numbers (`p16` stays `p16` after `p5`).
 * Unnumbered blocks get `t` + their position; a number seen again (cables restart numbering in
 * a later section) gets a suffix so every anchor stays unique.
 */
export function withAnchors<T extends { number: number | null; position: number }>(paragraphs: T[]): AnchoredParagraph<T>[] {
  const seen = new Map<number, number>();
  return paragraphs.map((paragraph) => {
    if (paragraph.number === null) return { ...paragraph, anchor: `t${paragraph.position}` };
    const repeats = seen.get(paragraph.number) ?? 0;
    seen.set(paragraph.number, repeats + 1);
    return { ...paragraph, anchor: repeats === 0 ? `p${paragraph.number}` : `p${paragraph.number}-${repeats + 1}` };
  });
}
