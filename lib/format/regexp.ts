/** Text made literal inside a regular expression (JavaScript's, and PostgreSQL's advanced ones alike). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
