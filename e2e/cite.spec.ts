import { expect, test } from "@playwright/test";

test("a cable offers Chicago, BibTeX and CSL-JSON citations with its permalink", async ({ page }) => {
  await page.goto("/cable/07ROME535");
  const panel = page.locator("details", { has: page.getByText("Cite this cable", { exact: true }) });
  await panel.getByText("Cite this cable", { exact: true }).click();
  const chicago = (await panel.getByRole("figure", { name: "Chicago" }).locator("pre").textContent()) ?? "";
  expect(chicago).toContain("07ROME535");
  expect(chicago).toContain("March 16, 2007");
  expect(chicago).toMatch(/https?:\/\/[^\s]+\/cable\/07ROME535\.$/);
  const bibtex = (await panel.getByRole("figure", { name: "BibTeX" }).locator("pre").textContent()) ?? "";
  expect(bibtex.startsWith("@misc{07ROME535,")).toBe(true);
  const csl = JSON.parse((await panel.getByRole("figure", { name: "CSL-JSON" }).locator("pre").textContent()) ?? "") as [{ id: string; number: string; URL: string }];
  expect(csl).toHaveLength(1);
  expect(csl[0]).toMatchObject({ id: "07ROME535", number: "07ROME535" });
  expect(csl[0].URL).toMatch(/\/cable\/07ROME535$/);
});

test("a paragraph page cites the paragraph and copies the quote with its permalink", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/cable/06ROME1755/p/16");
  const panel = page.locator("#cite-p16");
  await panel.getByText("Cite paragraph 16", { exact: true }).click();
  await expect(panel.getByRole("figure", { name: "Chicago" }).locator("pre")).toContainText("¶16");
  await expect(panel.getByRole("figure", { name: "Chicago" }).locator("pre")).toContainText("/cable/06ROME1755#p16");
  await panel.getByRole("button", { name: "Copy quote with citation" }).click();
  await expect(panel.getByRole("status").first()).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^“Finally, he said he needed to find some diplomatic language/);
  expect(copied).toMatch(/\n— U\.S\. Embassy Rome, cable 06ROME1755, June 2006, ¶16, https?:\/\/\S+\/cable\/06ROME1755#p16$/);
});

test("citations are readable and selectable without JavaScript; copy buttons need it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/cable/06ROME1755/p/16");
  await page.getByText("Cite this cable", { exact: true }).click();
  await page.getByText("Cite paragraph 16", { exact: true }).click();
  await expect(page.locator("#cite-cable-bibtex")).toBeVisible();
  await expect(page.locator("#cite-cable-bibtex")).toContainText("@misc{06ROME1755,");
  await expect(page.locator("#cite-p16-quote")).toBeVisible();
  await expect(page.locator("#cite-p16-quote")).toContainText("#p16");
  await expect(page.getByRole("button", { name: /^Copy/ })).toHaveCount(0);
  await context.close();
});

test("open citation panels fit a phone's width", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto("/cable/06ROME1755/p/16");
  await page.getByText("Cite this cable", { exact: true }).click();
  await page.getByText("Cite paragraph 16", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Copy quote with citation" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
