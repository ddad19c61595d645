import { expect, test } from "@playwright/test";
import { findCitingPair, hasCorpus, queryArchive } from "./support";

// A mention of reference A in the text, in any of the forms the cables use: "(REF A)", "REF. A", "refs (A-C)", "REFS A AND B".
const MENTIONS_A = String.raw`\mrefs?\.?\s*\(?a(\M|\s*-)`;

async function cableMentioningRefA(): Promise<string | undefined> {
  const [row] = await queryArchive<{ ref_id: string }>(
    `SELECT c.ref_id FROM cables c
     WHERE EXISTS (SELECT 1 FROM cable_references r WHERE r.cable_id = c.id AND r.letter = 'A')
       AND EXISTS (SELECT 1 FROM paragraphs p WHERE p.cable_id = c.id AND p.text ~* $1)
     ORDER BY c.ref_id LIMIT 1`,
    [MENTIONS_A],
  );
  return row?.ref_id;
}

test("a mention of REF A in the text leads to reference A", async ({ page }) => {
  test.skip(!hasCorpus, "needs the development corpus for cables that mention their references");
  const refId = await cableMentioningRefA();
  test.skip(!refId, "no cable in the e2e data mentions its reference A");
  await page.goto(`/cable/${refId}`);
  const mention = page.getByRole("region", { name: "Cable text" }).locator('a[href="#ref-a"]').first();
  await expect(mention).toHaveText(/^refs?/i);
  await mention.click();
  await expect(page).toHaveURL(/#ref-a$/);
  const entry = page.locator("#ref-a");
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(/^A\./);
  await expect(page.getByRole("list", { name: "This cable refers to" }).locator("#ref-a")).toHaveCount(1);
});

test("the reference graph shows the cable and links to a referenced cable the archive holds", async ({ page }) => {
  test.skip(!hasCorpus, "needs the development corpus for cables that cite each other");
  const pair = await findCitingPair();
  test.skip(!pair, "no cable in the e2e data cites another one held");
  await page.goto(`/cable/${pair!.citing}`);
  const graph = page.getByRole("figure", { name: new RegExp(`^${pair!.citing} refers to \\d+ cables? and is cited by \\d+$`) });
  await expect(graph).toBeVisible();
  await expect(graph.locator("svg text", { hasText: pair!.citing })).toHaveCount(1);
  await graph.getByRole("link", { name: pair!.cited, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/cable/${pair!.cited}$`));
  // One hop back: the cited cable's graph links to the cable that cites it.
  await expect(page.getByRole("figure", { name: /refers to/ }).getByRole("link", { name: pair!.citing, exact: true })).toBeVisible();
});

test("a cable with references fits a phone's width, graph included", async ({ browser }) => {
  test.skip(!hasCorpus, "needs the development corpus for cables with references");
  const [row] = await queryArchive<{ ref_id: string }>(
    `SELECT c.ref_id FROM cables c JOIN cable_references r ON r.cable_id = c.id GROUP BY c.ref_id ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  test.skip(!row, "no cable in the e2e data has references");
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(`/cable/${row!.ref_id}`);
  await expect(page.getByRole("figure", { name: /refers to/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
