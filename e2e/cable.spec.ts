import { expect, test } from "@playwright/test";
import { findCitingPair, hasCorpus, queryArchive } from "./support";

test("the metadata block explains the cable: date, posts, tags with meanings, classification", async ({ page }) => {
  await page.goto("/cable/07ROME535");
  const metadata = page.locator("dl").first();
  await expect(metadata).toContainText("16 March 2007, 17:22 UTC");
  await expect(metadata.getByRole("link", { name: "Embassy Rome" })).toHaveAttribute("href", "/posts/Embassy%20Rome");
  await expect(metadata).toContainText("SECSTATE WASHDC");
  await expect(metadata).toContainText("AMEMBASSY MOSCOW");
  await expect(metadata).toContainText("CONFIDENTIAL");
  await expect(metadata.getByRole("link", { name: "PREL" })).toHaveAttribute("href", "/tags/PREL");
  await expect(metadata).toContainText("PREL — External Political Relations");
  await expect(metadata).toContainText("1.4 (b) and (d)");
});

test("a paragraph permalink can be copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/cable/06ROME1755");
  await page.getByRole("button", { name: "Copy link to paragraph 16" }).click();
  await expect(page.locator("#p16").getByRole("status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).hash).toBe("/cable/06ROME1755#p16");
});

test("a paragraph page focuses that paragraph and previews it when shared", async ({ page }) => {
  await page.goto("/cable/06ROME1755/p/16");
  await expect(page.locator("#p16")).toHaveClass(/ring-2/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /^Finally, he said he needed to find some diplomatic language/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/cable\/06ROME1755\/p\/16$/);
  expect((await page.goto("/cable/06ROME1755/p/99"))?.status()).toBe(404);
});

test("the original text is one click away, exactly as ingested and as plain text", async ({ page, request }) => {
  await page.goto("/cable/09TESTPOST1");
  const link = page.getByRole("link", { name: "Original text, exactly as ingested" });
  const response = await request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const [{ source_text: stored }] = (await queryArchive<{ source_text: string }>("SELECT source_text FROM cables WHERE ref_id = '09TESTPOST1'")) as [{ source_text: string }];
  expect(await response.text()).toBe(stored);
});

test("references link to cables in the archive and say when one is not", async ({ page }) => {
  test.skip(!hasCorpus, "needs the development corpus for cables that cite each other");
  const pair = await findCitingPair();
  test.skip(!pair, "no cable in the e2e data cites another one held");
  await page.goto(`/cable/${pair!.citing}`);
  const references = page.getByRole("region", { name: "References" });
  await references.getByRole("link", { name: pair!.cited }).click();
  await expect(page).toHaveURL(new RegExp(`/cable/${pair!.cited}$`));
  await expect(page.getByRole("region", { name: "References" }).getByRole("link", { name: pair!.citing })).toBeVisible();

  const [missing] = await queryArchive<{ citing: string }>(
    "SELECT c.ref_id AS citing FROM cable_references r JOIN cables c ON c.id = r.cable_id WHERE r.target_ref_id IS NOT NULL AND r.target_ref_id NOT IN (SELECT ref_id FROM cables) LIMIT 1",
  );
  if (missing) {
    await page.goto(`/cable/${missing.citing}`);
    await expect(page.getByRole("region", { name: "References" })).toContainText("not in this archive");
  }
});

test("arriving from a search keeps its words marked; the plain view drops them", async ({ page }) => {
  await page.goto("/cable/07ROME535?q=Ahtisaari");
  await expect(page.locator("mark", { hasText: "Ahtisaari" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Show without marks" }).click();
  await expect(page.locator("mark")).toHaveCount(0);
});

test("pages send a strict content security policy and the app still runs under it", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.goto("/cable/07ROME535");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await expect(page.getByRole("button", { name: /Copy link to paragraph 1$/ })).toBeVisible();
  expect(errors.filter((text) => text.includes("Content Security Policy"))).toEqual([]);
});

test("each numbered paragraph links to its citations", async ({ page }) => {
  await page.goto("/cable/06ROME1755");
  await page.getByRole("link", { name: "Cite paragraph 16" }).click();
  await expect(page).toHaveURL(/\/cable\/06ROME1755\/p\/16$/);
  await expect(page.getByText("Cite paragraph 16", { exact: true })).toBeVisible();
});
