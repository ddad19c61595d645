import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/search?q=Prodi&tag=PREL", "/search?q=qwxzvbnm", "/cable/07ROME535", "/cable/06ROME1755/p/16", "/tags", "/posts", "/cable/99NOWHERE1"];

for (const path of PAGES) {
  test(`${path} has no WCAG A/AA violations axe can detect`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("pages fit a phone's width without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await context.newPage();
  for (const path of ["/search?q=Lavrov", "/cable/07ROME535", "/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("the keyboard reaches the search box and the results", async ({ page }) => {
  await page.goto("/search?q=Lavrov");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search the cables" })).toBeFocused();
});

test("a long list of tags can be narrowed by typing, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search?q=Italy");
  await page.getByRole("searchbox", { name: "Filter tags" }).fill("NATO");
  await page.getByRole("searchbox", { name: "Filter tags" }).press("Enter");
  await expect(page).toHaveURL(/tagq=NATO/);
  const tags = page.getByRole("region", { name: "Tags" });
  await expect(tags.getByRole("link", { name: /^NATO/ })).toBeVisible();
  for (const link of await tags.getByRole("link").all()) await expect(link).toContainText("NATO");
  await context.close();
});

test("the search service's key never reaches the browser", async ({ page, request }) => {
  const key = process.env.E2E_MEILI_MASTER_KEY;
  test.skip(!key, "needs the key of the e2e search service");
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  for (const path of ["/", "/search?q=Prodi", "/cable/07ROME535"]) {
    await page.goto(path);
    expect(await page.content()).not.toContain(key);
  }
  expect(scripts.size).toBeGreaterThan(0);
  for (const url of scripts) {
    const body = await (await request.get(url)).text();
    expect(body, url).not.toContain(key!);
    expect(body, url).not.toContain("MEILI_MASTER_KEY");
  }
});
