import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

async function openExplainer(page: Page) {
  await page.getByText("Explain this header", { exact: true }).click();
  const explainer = page.locator("details", { has: page.getByText("Explain this header", { exact: true }) });
  await expect(explainer).toHaveAttribute("open", "");
  return explainer;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The meaning of exactly this term: "1.4 (b)" must not match the row "1.4 (b) and (d)". */
function meaningOf(explainer: Locator, term: string) {
  return explainer.locator("dl > div").filter({ has: explainer.page().locator("dt").filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) }) }).locator("dd");
}

test("the routing header of 07ROME535 is explained on demand", async ({ page }) => {
  await page.goto("/cable/07ROME535");
  const explainer = page.locator("details", { has: page.getByText("Explain this header", { exact: true }) });
  await expect(explainer.locator("dl")).toBeHidden();
  await openExplainer(page);
  await expect(explainer.locator("pre")).toContainText("O 161722Z MAR 07\nFM AMEMBASSY ROME\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 7435");
  const dtg = meaningOf(explainer, "O 161722Z MAR 07");
  await expect(dtg).toContainText("16 March 2007, 17:22 UTC");
  await expect(dtg).toContainText("IMMEDIATE");
  await expect(meaningOf(explainer, "FM AMEMBASSY ROME")).toContainText("the US Embassy in Rome");
  await expect(meaningOf(explainer, "TO RUEHC/SECSTATE WASHDC IMMEDIATE 7435")).toContainText("the Department of State");
  await expect(meaningOf(explainer, "SIPDIS")).toContainText("Net-Centric Diplomacy");
  await expect(meaningOf(explainer, "1.4 (b)")).toHaveText("Foreign government information");
  await expect(meaningOf(explainer, "1.4 (d)")).toContainText("Foreign relations");
});

test("a partial extract says it has no routing header and still explains its caveats and E.O. line", async ({ page }) => {
  await page.goto("/cable/06ROME1755");
  const explainer = await openExplainer(page);
  await expect(explainer).toContainText("has no routing header");
  await expect(explainer.locator("pre")).toHaveCount(0);
  await expect(meaningOf(explainer, "NOFORN")).toContainText("Not releasable to foreign nationals");
  await expect(meaningOf(explainer, "SIPDIS")).toContainText("SIPRNet");
  await expect(meaningOf(explainer, "E.O. 12958: DECL: 06/13/2016")).toContainText("declassify on 13 June 2016");
});

test("the explainer opens without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/cable/07ROME535");
  const explainer = await openExplainer(page);
  await expect(meaningOf(explainer, "O 161722Z MAR 07")).toContainText("16 March 2007, 17:22 UTC");
  await context.close();
});

test("the open explainer has no WCAG A/AA violations axe can detect and fits a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto("/cable/07ROME535");
  await openExplainer(page);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
