import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { createMeiliClient } from "../../lib/search/client";
import { createTestDatabase } from "./database";

export type TestArchive = {
  databaseUrl: string;
  meili: { url: string; apiKey: string };
  indexUid: string;
  prisma: PrismaClient;
  search: ReturnType<typeof createMeiliClient>;
  dispose: () => Promise<void>;
};

/** A migrated database of its own and a search index of its own, on the shared test servers. */
export async function createTestArchive(): Promise<TestArchive> {
  const database = await createTestDatabase(inject("templateDatabaseUrl"), { isMigrated: true });
  const meili = { url: inject("meiliUrl"), apiKey: inject("meiliMasterKey") };
  const search = createMeiliClient(meili);
  const prisma = createPrismaClient(database.url);
  const indexUid = `test_${randomBytes(5).toString("hex")}`;
  return {
    databaseUrl: database.url,
    meili,
    indexUid,
    prisma,
    search,
    dispose: async () => {
      await prisma.$disconnect();
      await search.deleteIndexIfExists(indexUid).catch(() => undefined);
      await database.drop();
    },
  };
}

/**
 * Archives and temp folders that a test file's tests create, removed after each test (last made,
 * first removed): `const { archive, tempDir, defer } = disposeAfterEach("ingest")`.
 */
export function disposeAfterEach(name: string) {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const defer = (cleanup: () => Promise<unknown>) => cleanups.push(cleanup);
  return {
    defer,
    archive: async (): Promise<TestArchive> => {
      const created = await createTestArchive();
      defer(created.dispose);
      return created;
    },
    tempDir: async (): Promise<string> => {
      const dir = await mkdtemp(join(tmpdir(), `cable-archive-${name}-`));
      defer(() => rm(dir, { recursive: true, force: true }));
      return dir;
    },
  };
}
