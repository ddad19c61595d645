/**
 * Whether an error means "the database cannot be reached" (a 503 worth retrying) rather than a
 * bug (a 500). Prisma wraps the pg driver's errors, so the whole cause chain is searched, by
 * code and kind rather than class: the bundle may hold more than one copy of Prisma's classes.
 */

// Socket errors of the pg driver; the kinds @prisma/adapter-pg maps them and pg's own errors to.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "DatabaseAccessDenied", "AuthenticationFailed", "SocketTimeout", "TooManyConnections", "ConnectionClosed"]);
// Prisma's connection errors (P1xxx) and pool timeout (P2024); PostgreSQL starting or shutting down (57P0x), out of connections (53300).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1010", "P1011", "P1017", "P2024"]);
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08006"]);

// pg's own words when a server drops the connection or does not answer in time; they carry no code.
const CONNECTION_LOST = /^(Connection terminated|timeout exceeded when trying to connect)/;

type ErrorLike = { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; message?: unknown; errors?: unknown; meta?: unknown; driverAdapterError?: unknown };

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, originalCode, kind, cause, message, errors, meta, driverAdapterError } = current as ErrorLike;
    if (typeof code === "string" && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || POSTGRES_CODES.has(code))) return true;
    if (typeof originalCode === "string" && POSTGRES_CODES.has(originalCode)) return true;
    // Prisma reports a query that failed in the driver (P2039 and kin) with the driver's error in meta.
    pending.push(meta, driverAdapterError);
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && (message.startsWith("DATABASE_URL is not set") || CONNECTION_LOST.test(message))) return true;
    pending.push(cause);
    // AggregateError: a connection attempt to each address of a host name.
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return false;
}
