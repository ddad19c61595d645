import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { rateLimitScope } from "../../../lib/security/rate-limit";
import { describe, expect, test } from "vitest";
import { ENDPOINTS, openApiDocument } from "../../../lib/api/openapi";
import { FACET_PARAMS } from "../../../lib/search/query";

const API_DIR = join(import.meta.dirname, "..", "..", "..", "app", "api");

/** Every folder under app/api with a route handler, as an OpenAPI path (`[refId]` → `{refId}`). */
function routePaths(dir: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) paths.push(...routePaths(path));
    else if (/^route\.(ts|tsx|js)$/.test(entry)) paths.push(`/api/${relative(API_DIR, dir).split(sep).join("/")}`.replace(/\/$/, ""));
  }
  return paths;
}

// The catch-all answers unknown paths with the API's 404; it is not an endpoint.
const isCatchAll = (path: string) => path.includes("[...");

describe("OpenAPI document", () => {
  const document = openApiDocument({ serverUrl: "https://cables.example" });

  test("documents every API route folder, and nothing that has no route", () => {
    const routes = routePaths(API_DIR)
      .filter((path) => !isCatchAll(path))
      .map((path) => path.replace(/\[([^\]]+)\]/g, "{$1}"))
      .sort();
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(document.paths).sort()).toEqual(routes);
  });

  test("is OpenAPI 3.1 with a server, and every operation has an id, a 200 and the error responses", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://cables.example" }]);
    const ids = Object.values(ENDPOINTS).map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, item] of Object.entries(document.paths)) {
      const responses = item.get.responses as Record<string, unknown>;
      expect(Object.keys(responses), path).toContain("200");
      // A 429 is documented exactly where the rate limits apply (not on the health check).
      if (rateLimitScope(path) === null) expect(Object.keys(responses), path).not.toContain("429");
      else expect(Object.keys(responses), path).toContain("429");
    }
  });

  test("every path template parameter is declared, and every $ref resolves", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      const declared = ((item.get.parameters ?? []) as { name: string; in: string }[]).filter((parameter) => parameter.in === "path").map(({ name }) => name);
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      expect(declared.sort(), path).toEqual(inTemplate.sort());
    }
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty(name);
  });

  test("search documents each facet parameter of the search page", () => {
    const parameters = (document.paths["/api/search"]!.get.parameters as { name: string }[]).map(({ name }) => name);
    expect(parameters).toEqual(expect.arrayContaining(["q", "from", "to", "sort", "page", ...FACET_PARAMS]));
  });
});
