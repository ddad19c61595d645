import { randomBytes } from "node:crypto";
import { inject } from "vitest";
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
