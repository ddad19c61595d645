/**
 * `node scripts/serve.mjs PORT`: the built app, served as `next start` serves it, plus one thing
 * `next start` cannot do: tell the app which address each request came from. Route code never
 * sees the socket, so the per-client rate limits would otherwise have no client to count.
 * Started by lib/launch/next-app.ts; plain JavaScript so that it needs no build or loader.
 */
import { createServer } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { accessLogLine, isAccessLogOn } from "../lib/launch/access-log.mjs";

// Must equal CLIENT_ADDRESS_HEADER in lib/security/rate-limit.ts (a unit test checks).
const CLIENT_ADDRESS_HEADER = "x-archive-client-address";

const port = Number.parseInt(process.argv[2] ?? process.env.PORT ?? "3000", 10);
// As `next start -p` does: the app builds its absolute links from PORT (lib/format/public-url.ts).
process.env.PORT = String(port);
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const app = next({ dev: false, dir: projectRoot, port });
const handle = app.getRequestHandler();
await app.prepare();

const isLogging = isAccessLogOn(process.env);

const server = createServer((request, response) => {
  // Set on every request, replacing whatever a client sent under that name.
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  if (isLogging) {
    const startedAt = performance.now();
    response.once("finish", () => {
      const length = Number(response.getHeader("content-length"));
      const line = accessLogLine({ method: request.method, url: request.url, status: response.statusCode, durationMs: performance.now() - startedAt, bytes: Number.isFinite(length) ? length : null, at: new Date() });
      process.stdout.write(`${line}\n`);
    });
  }
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Internal error\n");
  });
});
server.on("error", (error) => {
  console.error(`The web server cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`▲ Cable Archive serving on http://localhost:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open: do not wait for them long.
    setTimeout(() => process.exit(0), 3_000).unref();
    server.closeIdleConnections?.();
  });
}
