import "server-only";
import { getPrisma } from "./client";

/** Answers when PostgreSQL does: one trivial query on the app's own pool. */
export async function pingDatabase(): Promise<object> {
  await getPrisma().$queryRaw`SELECT 1`;
  return {};
}
