/** Cable text served as text/plain with nosniff, so no browser renders it as HTML. */
export function plainTextResponse(text: string | null): Response {
  if (text === null) return new Response("Not found in the archive.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(text, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; sandbox" },
  });
}
