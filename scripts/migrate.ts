/** `npm run migrate`: applies pending SQL migrations to the PostgreSQL named by DATABASE_URL. */
import { resolve } from "node:path";
import { applyMigrations } from "../lib/db/migrate";
import { runMain } from "../lib/launch/cli";

const HELP = `Usage: DATABASE_URL=postgresql://… npm run migrate

Applies the pending migrations in prisma/migrations to DATABASE_URL and records them in
"_prisma_migrations". \`npm start\` does this by itself; use this command for a database you run.`;

async function main(): Promise<number> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set. `npm start` migrates its own database; for another server run DATABASE_URL=postgresql://… npm run migrate.");
    return 1;
  }
  const result = await applyMigrations({ databaseUrl, migrationsDir: resolve(import.meta.dirname, "../prisma/migrations") });
  console.log(result.applied.length > 0 ? `Applied ${result.applied.join(", ")}.` : `Nothing to apply: all ${result.total} migrations are in place.`);
  return 0;
}

runMain(main, "migrate");
