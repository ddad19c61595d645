import { defineConfig } from "prisma/config";

// Migrations are plain SQL applied by scripts/migrate.ts (the schema engine cannot be downloaded
// offline); the URL is optional here so that `prisma generate` works before any database exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
