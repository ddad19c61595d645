import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { queryArchive } from "./support";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

async function monthCounts(where: string): Promise<Map<string, number>> {
  const rows = await queryArchive<{ month: string; count: number }>(
    `SELECT to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS count FROM cables WHERE sent_at IS NOT NULL AND ${where} GROUP BY 1`,
  );
  return new Map(rows.map(({ month, count }) => [month, count]));
}

test("a search's timeline is linked from its results and counts its cables per month, as PostgreSQL does", async ({ page }) => {
  await page.goto("/search?tag=PREL");
  await page.getByRole("link", { name: "Timeline by month" }).click();
  await expect(page).toHaveURL(/\/search\/timeline\?tag=PREL$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");

  const expected = await monthCounts(`'PREL' = ANY(tags)`);
  expect(expected.size).toBeGreaterThan(0);
  const table = page.getByTestId("timeline-table");
  const rows = await table.locator("tbody tr").evaluateAll((elements) =>
    elements.map((row) => ({ year: row.querySelector("th")?.textContent ?? "", cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "") })),
  );
  const shown = new Map<string, number>();
  for (const { year, cells } of rows) {
    const counts = cells.slice(0, 12).map((text) => Number(text.replace(/,/g, "")));
    counts.forEach((value, month) => {
      if (value > 0) shown.set(`${year}-${String(month + 1).padStart(2, "0")}`, value);
    });
    expect(Number(cells[12]?.replace(/,/g, "")), `total of ${year}`).toBe(counts.reduce((sum, value) => sum + value, 0));
  }
  expect(shown).toEqual(expected);
  // Years run without gaps from the first to the last dated cable.
  const years = rows.map(({ year }) => Number(year));
  expect(years).toEqual(Array.from({ length: years.length }, (_, index) => years[0]! + index));
  await expect(page.getByTestId("timeline-chart")).toBeVisible();
});

test("a month's count links to that month's cables, and the search finds that many", async ({ page }) => {
  const expected = await monthCounts(`'PREL' = ANY(tags)`);
  const [month, count] = [...expected.entries()].sort(([, a], [, b]) => b - a)[0]!;
  const [year, monthNumber] = month.split("-");
  await page.goto("/search/timeline?tag=PREL");
  await page.getByRole("link", { name: `${MONTHS[Number(monthNumber) - 1]} ${year}: ${count.toLocaleString("en-US")} ${count === 1 ? "cable" : "cables"}` }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?tag=PREL&from=${month}&to=${month}$`));
  await expect(page.getByTestId("result-count")).toContainText(`of ${count.toLocaleString("en-US")} ${count === 1 ? "cable" : "cables"}`);
});

test("the timeline is a table without JavaScript, keeps the search's words and filters, and says what it leaves out", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/timeline?q=Rome&from=2006&to=2007&page=3");
  await expect(page.getByTestId("timeline-summary")).toContainText("“Rome”, from 2006, to 2007");
  // The sample cable 06ROME1755 (June 2006) matches, so there is a table, and it keeps to the dates.
  const table = page.getByRole("table", { name: "Cables per month" });
  await expect(table).toBeVisible();
  for (const year of await table.locator("tbody th").allTextContents()) expect(["2006", "2007"]).toContain(year);
  await expect(page.getByRole("link", { name: "← Back to the results" })).toHaveAttribute("href", "/search?q=Rome&from=2006&to=2007");
  await context.close();
});

test("a search with no dated cables says so instead of drawing an empty chart", async ({ page }) => {
  await page.goto("/search/timeline?q=qwxzvbnm");
  await expect(page.getByText("No dated cables match this search.")).toBeVisible();
});

test("the timeline page has no WCAG A/AA violations axe can detect", async ({ page }) => {
  await page.goto("/search/timeline?tag=PREL");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
});

test.describe("when Meilisearch is down", () => {
  test("the timeline says search is unavailable", async ({ page }) => {
    const base = process.env.E2E_NO_SEARCH_BASE_URL;
    test.skip(!base, "needs the second app instance started by `npm test -- e2e`");
    await page.goto(`${base}/search/timeline?tag=PREL`);
    // Next.js adds its own (empty) route announcer alert once hydrated; the message is the one with text.
    await expect(page.getByRole("alert").filter({ hasText: "Search is unavailable" })).toBeVisible();
  });
});
