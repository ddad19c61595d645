import { expect, test } from "@playwright/test";

test("the home page shows the archive's size and its latest cables from PostgreSQL", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Two sample cables (the product owner's seeds) and one hostile fixture are ingested for e2e.
  await expect(page.getByTestId("archive-size")).toHaveText(/holds 3 cables from 2006 to 2009/);
  const latest = page.getByRole("region", { name: "Latest cables" });
  await expect(latest.getByRole("link", { name: "07ROME535" })).toBeVisible();
  await expect(latest.getByText("PRODI/PUTIN - ITALIANS CLAIM \"FULL HARMONY\" WITH RUSSIA")).toBeVisible();
});

test("a cable opens from the list and its paragraphs have permalinks with the cable's own numbers", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "06ROME1755" }).click();
  await expect(page).toHaveURL(/\/cable\/06ROME1755$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ITALIAN FM D'ALEMA SEEKING GOOD START");
  const anchors = await page.locator("section[aria-label='Cable text'] [id^='p']").evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(anchors).toEqual(["p1", "p2", "p3", "p4", "p5", "p16", "p17"]);

  await page.goto("/cable/06ROME1755#p16");
  await expect(page.locator("#p16")).toBeInViewport();
  await expect(page.locator("#p16")).toContainText("Calipari case");
});

test("text from a hostile cable is shown as inert text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/cable/09TESTPOST1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<script>window.__hostile = true</script> <img src=x onerror="window.__hostile = true">');
  await expect(page.getByText("<b>bold</b> must appear with its angle brackets")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __hostile?: boolean }).__hostile)).toBeUndefined();
  expect(await page.locator("article img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("an unknown cable is a real 404", async ({ page }) => {
  const response = await page.goto("/cable/99NOWHERE1");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a lower-case reference id redirects to the canonical address", async ({ page }) => {
  await page.goto("/cable/07rome535");
  await expect(page).toHaveURL(/\/cable\/07ROME535$/);
});
