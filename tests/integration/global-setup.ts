import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { startServices } from "../../lib/services/index";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

/**
 * Integration tests always get their own throw-away PostgreSQL and Meilisearch on free ports in a
 * temp folder, whatever DATABASE_URL says: they create and drop databases and indexes freely.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), "cable-archive-it-"));
  const services = await startServices({ dataDir, env: {}, log: () => undefined });
  const { databaseUrl, meiliUrl, meiliMasterKey } = services.endpoints;
  await applyMigrations({ databaseUrl, migrationsDir: resolve(import.meta.dirname, "../../prisma/migrations") });
  project.provide("templateDatabaseUrl", databaseUrl);
  project.provide("meiliUrl", meiliUrl);
  project.provide("meiliMasterKey", meiliMasterKey);
  return async () => {
    await services.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
