/** Counts as words, shared by the browse pages and their charts. */

const number = (value: number) => value.toLocaleString("en-US");

export function cablesLabel(count: number): string {
  return `${number(count)} ${count === 1 ? "cable" : "cables"}`;
}

export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "Showing 26–50 of 131", why a page past the end is empty, or null when one page shows all. */
export function shownRange({ page, total, pageSize, shown }: { page: number; total: number; pageSize: number; shown: number }): string | null {
  if (total === 0 || (page === 1 && shown === total)) return null;
  if (shown === 0) return `Page ${number(page)} is past the end: the last page is ${number(Math.ceil(total / pageSize))}.`;
  const first = (page - 1) * pageSize + 1;
  return `Showing ${number(first)}–${number(first + shown - 1)} of ${number(total)}`;
}
