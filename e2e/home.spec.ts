import { expect, test } from "@playwright/test";
import { queryArchive } from "./support";

test("the home page shows the archive's size and its latest cables from PostgreSQL", async ({ page }) => {
  const [{ count, first, last }] = await queryArchive<{ count: number; first: number; last: number }>(
    "SELECT count(*)::int AS count, min(date_part('year', sent_at))::int AS first, max(date_part('year', sent_at))::int AS last FROM cables",
  ) as [{ count: number; first: number; last: number }];
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("archive-size")).toHaveText(`The archive holds ${count.toLocaleString("en-US")} cables from ${first} to ${last}.`);
  const latest = page.getByRole("region", { name: "Latest cables" });
  const [newest] = await queryArchive<{ ref_id: string }>("SELECT ref_id FROM cables ORDER BY sent_at DESC NULLS LAST, ref_id LIMIT 1");
  await expect(latest.getByRole("link", { name: newest!.ref_id })).toBeVisible();
});

test("a cable's paragraphs have permalinks with the cable's own numbers", async ({ page }) => {
  await page.goto("/cable/06ROME1755");
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
