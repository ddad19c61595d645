import { get as httpGet } from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";
import { FACET_PARAMS } from "../lib/search/query";
import { queryArchive } from "./support";

type ApiError = { error: { code: string; message: string; parameter?: string } };
type Marked = { text: string; matches: { start: number; end: number }[] };

async function expectApiError(response: APIResponse, status: number, code: string): Promise<ApiError["error"]> {
  expect(response.status(), response.url()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await response.json()) as ApiError;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  // Never a stack trace or an internal address.
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules|127\.0\.0\.1|ECONNREFUSED/);
  return body.error;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await queryArchive<{ count: number }>(sql, params);
  return row?.count ?? 0;
}

test.describe("search API", () => {
  test("a filtered search: JSON with CORS and caching, totals from the archive, hits and every facet", async ({ request }) => {
    const response = await request.get("/api/search?tag=PREL&sort=oldest");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toMatch(/^application\/json/);
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["cache-control"]).toMatch(/^public, max-age=\d+/);
    const body = await response.json();
    const expected = await count(`SELECT count(*)::int AS count FROM cables WHERE 'PREL' = ANY(tags)`);
    expect(expected).toBeGreaterThan(0);
    expect(body.total).toBe(expected);
    expect(body.page).toBe(1);
    expect(body.hits.length).toBe(Math.min(expected, body.pageSize));
    for (const hit of body.hits) {
      expect(hit.tags).toContain("PREL");
      expect(hit.url).toMatch(/^https?:\/\/[^/]+\/cable\/[0-9A-Z]+$/);
      expect(hit.snippet).toBeNull();
    }
    const dates = body.hits.map((hit: { date: string | null }) => hit.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    expect(Object.keys(body.facets).sort()).toEqual([...FACET_PARAMS].sort());
    expect(body.facets.tag).toContainEqual({ value: "PREL", count: expected, isSelected: true });
    const monthTotal = body.months.reduce((sum: number, { count: value }: { count: number }) => sum + value, 0);
    expect(monthTotal).toBe(await count(`SELECT count(*)::int AS count FROM cables WHERE 'PREL' = ANY(tags) AND sent_at IS NOT NULL`));
    expect(body.links.html).toMatch(/\/search\?tag=PREL&sort=oldest$/);
  });

  test("a word search marks matches as offsets into plain text and links the best paragraph", async ({ request }) => {
    const body = await (await request.get("/api/search?q=Alema")).json();
    expect(body.total).toBeGreaterThan(0);
    const [hit] = body.hits;
    const snippet = hit.snippet as Marked & { anchor: string; url: string };
    expect(snippet.url).toMatch(new RegExp(`/cable/${hit.refId}#${snippet.anchor}$`));
    expect(snippet.matches.length).toBeGreaterThan(0);
    const characters = [...snippet.text];
    for (const { start, end } of snippet.matches) expect(characters.slice(start, end).join("").toLowerCase()).toContain("alema");
    // Highlight sentinels and markup never leak into the text.
    expect(JSON.stringify(body)).not.toMatch(/\\u000[23]|<mark>|<em>/);
  });

  test("cable text stays text: a hostile subject comes back verbatim, not as markup", async ({ request }) => {
    const body = await (await request.get("/api/search?q=fixture+cable")).json();
    const hostile = body.hits.find((hit: { refId: string }) => hit.refId === "09TESTPOST1");
    expect(hostile?.subject.text).toBe('<script>window.__hostile = true</script> <img src=x onerror="window.__hostile = true">');
  });

  test("pages: next and previous links walk the same search", async ({ request }) => {
    const first = await (await request.get("/api/search?sort=newest")).json();
    test.skip(first.pageCount < 2, "needs more than one page of cables");
    const second = await (await request.get(first.links.next)).json();
    expect(second.page).toBe(2);
    expect(second.hits[0].refId).not.toBe(first.hits[0].refId);
    expect(second.links.previous).toMatch(/\/api\/search\?sort=newest$/);
  });

  test("bad parameters are 400s naming the parameter", async ({ request }) => {
    for (const [path, parameter] of [
      ["/api/search?page=abc", "page"],
      ["/api/search?page=501", "page"],
      ["/api/search?sort=best", "sort"],
      ["/api/search?from=2006-13", "from"],
      ["/api/search?tags=PREL", "tags"],
      ["/api/search?q=a&q=b", "q"],
      ["/api/cables/not-a-cable!", "refId"],
      ["/api/cables/06ROME1755/paragraphs/abc", "number"],
      ["/api/cables/06ROME1755?page=2", "page"],
      ["/api/tags/PREL?page=0", "page"],
    ] as const) {
      const error = await expectApiError(await request.get(path), 400, "bad_parameter");
      expect(error.parameter, path).toBe(parameter);
    }
  });
});

test.describe("record API", () => {
  test("a cable: header fields, tags, references and every paragraph with its permalinks", async ({ request }) => {
    const response = await request.get("/api/cables/06rome1755");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const cable = await response.json();
    const [row] = await queryArchive<{ subject: string; origin: string; classification: string; tags: string[]; paragraphs: number }>(
      `SELECT subject, origin, classification, tags, (SELECT count(*)::int FROM paragraphs p WHERE p.cable_id = c.id) AS paragraphs FROM cables c WHERE ref_id = '06ROME1755'`,
    );
    expect(cable).toMatchObject({ refId: "06ROME1755", subject: row!.subject, origin: row!.origin, classification: row!.classification });
    expect(cable.tags.map((tag: { code: string }) => tag.code)).toEqual(row!.tags);
    expect(cable.paragraphs).toHaveLength(row!.paragraphs);
    const numbered = cable.paragraphs.find((paragraph: { number: number | null }) => paragraph.number === 2);
    expect(numbered).toMatchObject({ anchor: "p2", marking: "S/NF" });
    expect(numbered.url).toMatch(/\/cable\/06ROME1755#p2$/);
    expect(numbered.page).toMatch(/\/cable\/06ROME1755\/p\/2$/);
    expect(numbered.api).toMatch(/\/api\/cables\/06ROME1755\/paragraphs\/2$/);
    expect(cable.links.source).toMatch(/\/cable\/06ROME1755\/source$/);
    expect(Array.isArray(cable.references)).toBe(true);
  });

  test("a paragraph: its text as stored, and the cable it is from", async ({ request }) => {
    const paragraph = await (await request.get("/api/cables/06ROME1755/paragraphs/2")).json();
    const [row] = await queryArchive<{ text: string }>(`SELECT p.text FROM paragraphs p JOIN cables c ON c.id = p.cable_id WHERE c.ref_id = '06ROME1755' AND p.number = 2`);
    expect(paragraph.text).toBe(row!.text);
    expect(paragraph.cable.refId).toBe("06ROME1755");
  });

  test("a tag and a post: their cables counted as the archive counts them", async ({ request }) => {
    const tag = await (await request.get("/api/tags/PREL")).json();
    expect(tag.code).toBe("PREL");
    expect(tag.cableCount).toBe(await count(`SELECT count(*)::int AS count FROM cable_tags WHERE tag_code = 'PREL'`));
    expect(tag.cables.items.length).toBe(Math.min(tag.cableCount, tag.cables.pageSize));
    expect(tag.links.search).toMatch(/\/api\/search\?tag=PREL$/);

    const [origin] = await queryArchive<{ origin: string }>(`SELECT origin FROM cables WHERE ref_id = '06ROME1755'`);
    const post = await (await request.get(`/api/posts/${encodeURIComponent(origin!.origin)}`)).json();
    expect(post.name).toBe(origin!.origin);
    expect(post.cableCount).toBe(await count(`SELECT count(*)::int AS count FROM cables WHERE origin = $1`, [origin!.origin]));
    expect(post.cables.items.map((cable: { refId: string }) => cable.refId)).toContain("06ROME1755");
  });

  test("a person: names, counts and every paragraph naming them, as the archive holds them; cables list their people", async ({ request }) => {
    const [spogli] = await queryArchive<{ id: number; slug: string; displayName: string }>(
      `SELECT p.id, p.slug, p.display_name AS "displayName" FROM people p JOIN person_mentions m ON m.person_id = p.id JOIN cables c ON c.id = m.cable_id
       WHERE c.ref_id = '06ROME1755' AND m.role = 'signed'`,
    );
    expect(spogli).toBeDefined();
    const person = await (await request.get(`/api/people/${spogli!.slug}`)).json();
    expect(person).toMatchObject({ slug: spogli!.slug, displayName: spogli!.displayName });
    expect(person.cableCount).toBe(await count(`SELECT count(DISTINCT cable_id)::int AS count FROM person_mentions WHERE person_id = $1`, [spogli!.id]));
    expect(person.mentions.total).toBe(await count(`SELECT count(DISTINCT (cable_id, paragraph_position))::int AS count FROM person_mentions WHERE person_id = $1`, [spogli!.id]));
    expect(person.roles.map(({ role }: { role: string }) => role)).toEqual(expect.arrayContaining(["signed", "classified"]));
    const header = person.mentions.items.find((item: { cable: { refId: string }; paragraph: unknown }) => item.cable.refId === "06ROME1755" && item.paragraph === null);
    expect(header.roles).toEqual(expect.arrayContaining(["signed", "classified"]));
    expect(person.links.search).toContain(`/api/search?person=`);

    const search = await (await request.get(person.links.search)).json();
    expect(search.total).toBe(person.cableCount);
    const feed = await request.get(`/search/feed?person=${encodeURIComponent(spogli!.displayName)}`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("06ROME1755");

    const cable = await (await request.get("/api/cables/06ROME1755")).json();
    const signer = cable.people.find((entry: { slug: string }) => entry.slug === spogli!.slug);
    expect(signer).toMatchObject({ displayName: spogli!.displayName, paragraphs: [] });
    expect(signer.roles).toEqual(expect.arrayContaining(["signed", "classified"]));
    const named = cable.people.filter((entry: { paragraphs: string[] }) => entry.paragraphs.length > 0);
    expect(named.length).toBeGreaterThan(3);
    const anchors = new Set(cable.paragraphs.map((paragraph: { anchor: string }) => paragraph.anchor));
    for (const entry of named) for (const anchor of entry.paragraphs) expect(anchors.has(anchor)).toBe(true);

    expect((await expectApiError(await request.get("/api/people/Not%20A%20Slug"), 400, "bad_parameter")).parameter).toBe("slug");
  });

  test("what the archive does not hold is a JSON 404", async ({ request }) => {
    for (const path of ["/api/cables/99NOWHERE1", "/api/cables/06ROME1755/paragraphs/999", "/api/tags/NOSUCHTAG", "/api/posts/Embassy%20Atlantis", "/api/people/no-such-person", "/api/no-such-endpoint"]) {
      await expectApiError(await request.get(path), 404, "not_found");
    }
  });

  test("CORS preflight is answered for any origin", async ({ request }) => {
    const response = await request.fetch("/api/search?q=x", { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" } });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
  });
});

test.describe("API description", () => {
  test("the OpenAPI document is served, and /api explains the API without JavaScript", async ({ request, browser }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/search", "/api/cables/{refId}", "/api/cables/{refId}/paragraphs/{number}", "/api/tags/{code}", "/api/posts/{name}"]));

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Cable Archive API");
    await expect(page.getByRole("link", { name: /OpenAPI 3\.1/ })).toHaveAttribute("href", "/api/openapi.json");
    await expect(page.getByRole("cell", { name: "/api/cables/{refId}", exact: true })).toBeVisible();
    await context.close();
  });
});

test.describe("when Meilisearch is down", () => {
  test("search answers 503 in the API's shape while cables are still served", async ({ request }) => {
    const base = process.env.E2E_NO_SEARCH_BASE_URL;
    test.skip(!base, "needs the second app instance started by `npm test -- e2e`");
    const response = await request.get(`${base}/api/search?q=Rome`);
    await expectApiError(response, 503, "unavailable");
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    const key = process.env.E2E_MEILI_MASTER_KEY;
    if (key) expect(await response.text()).not.toContain(key);
    expect((await request.get(`${base}/api/cables/06ROME1755`)).status()).toBe(200);
  });

  test("/api/health says degraded (still 200: cables can be read), with search down and no detail leaked", async ({ request }) => {
    const base = process.env.E2E_NO_SEARCH_BASE_URL;
    test.skip(!base, "needs the second app instance started by `npm test -- e2e`");
    const response = await request.get(`${base}/api/health`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "degraded", dependencies: { database: { status: "up" }, search: { status: "down", problem: "unreachable or refusing" } } });
    expect(await response.text()).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}/);
  });
});

test.describe("/api/health", () => {
  test("reports every dependency up, with the index's size, uncached and never rate limited", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.dependencies.database).toMatchObject({ status: "up" });
    expect(body.dependencies.search).toMatchObject({ status: "up", isIndexing: expect.any(Boolean) });
    expect(body.dependencies.search.documents).toBeGreaterThan(0);
    expect(Date.parse(body.checkedAt)).not.toBeNaN();
  });
});

test.describe("rate limits without a proxy", () => {
  const base = process.env.E2E_DIRECT_RATE_LIMITED_BASE_URL;

  /** A GET from a chosen loopback address (all of 127.0.0.0/8 reaches the server on Linux). */
  function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolveStatus, reject) => {
      const url = new URL(path, base);
      const request = httpGet({ host: "127.0.0.1", port: url.port, path: `${url.pathname}${url.search}`, localAddress, headers }, (response) => {
        response.resume();
        resolveStatus(response.statusCode ?? 0);
      });
      request.on("error", reject);
    });
  }

  test("each connecting address has its own budget, and no header claims another", async () => {
    test.skip(!base, "needs the directly served rate-limited app instance started by `npm test -- e2e`");
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) statuses.push(await getFrom("127.0.0.2", "/api/cables/06ROME1755", { "X-Forwarded-For": `198.51.100.${index}` }));
    expect(statuses).toEqual([200, 200, 200]);
    // Spent: neither a forwarded address nor the server's own client-address header gets a new budget.
    expect(await getFrom("127.0.0.2", "/api/cables/06ROME1755", { "X-Forwarded-For": "198.51.100.77" })).toBe(429);
    expect(await getFrom("127.0.0.2", "/api/cables/06ROME1755", { "X-Archive-Client-Address": "198.51.100.78" })).toBe(429);
    // Another address is another client.
    expect(await getFrom("127.0.0.3", "/api/cables/06ROME1755")).toBe(200);
  });
});

test.describe("rate limits", () => {
  const base = process.env.E2E_RATE_LIMITED_BASE_URL;
  // The rate-limited instance trusts one proxy: each test names its own client in X-Forwarded-For.
  const as = (address: string) => ({ headers: { "X-Forwarded-For": address } });

  test("an API client past its limit gets a JSON 429 with Retry-After; another client is still served", async ({ request }) => {
    test.skip(!base, "needs the rate-limited app instance started by `npm test -- e2e`");
    const remaining: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await request.get(`${base}/api/cables/06ROME1755`, as("203.0.113.10"));
      expect(response.status()).toBe(200);
      remaining.push(response.headers()["x-ratelimit-remaining"] ?? "");
    }
    expect(remaining).toEqual(["4", "3", "2", "1", "0"]);
    const refused = await request.get(`${base}/api/search?q=Rome`, as("203.0.113.10"));
    await expectApiError(refused, 429, "rate_limited");
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    // A client cannot escape by claiming another address in front of the proxy's entry.
    expect((await request.get(`${base}/api/openapi.json`, as("198.51.100.1, 203.0.113.10"))).status()).toBe(429);
    expect((await request.get(`${base}/api/cables/06ROME1755`, as("203.0.113.11"))).status()).toBe(200);
  });

  test("searches, exports and feeds share a budget; past it, a readable page or plain text with Retry-After", async ({ request }) => {
    test.skip(!base, "needs the rate-limited app instance started by `npm test -- e2e`");
    const client = as("203.0.113.20");
    for (const path of ["/search?q=Rome", "/search/feed", "/search/export?format=csv"]) expect((await request.get(`${base}${path}`, client)).status(), path).toBe(200);
    const page = await request.get(`${base}/search?q=Rome`, client);
    expect(page.status()).toBe(429);
    expect(page.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(Number(page.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(await page.text()).toMatch(/<h1>Too many requests<\/h1>/);
    const download = await request.get(`${base}/search/export?format=csv`, client);
    expect(download.status()).toBe(429);
    expect(download.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    // Pages outside search are never limited.
    expect((await request.get(`${base}/cable/06ROME1755`, client)).status()).toBe(200);
  });
});
