import { expect, test, type Page } from "@playwright/test";

// The e2e archive always holds the two Embassy Rome samples (06ROME1755, 07ROME535, both tagged
// PREL PGOV … IT) and the hostile 09TESTPOST1 (PREL, PGOV); the development corpus adds ~170
// cables when present, so counts are checked exactly only without it and for consistency always.
const HAS_CORPUS = Boolean(process.env.E2E_HAS_CORPUS);

function tableRow(page: Page, tableName: string, rowName: string | RegExp) {
  return page.getByRole("table", { name: tableName }).getByRole("row", { name: rowName });
}

async function chartCounts(page: Page, caption: string): Promise<Map<number, number>> {
  const rows = page.getByRole("table", { name: caption }).locator("tbody tr");
  const counts = new Map<number, number>();
  for (const row of await rows.all()) {
    const year = Number(await row.getByRole("rowheader").innerText());
    const count = Number((await row.getByRole("cell").innerText()).replace(/[^0-9]/g, ""));
    counts.set(year, count);
  }
  return counts;
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

test.describe("tags", () => {
  test("/tags lists PREL with its meaning, kind and number of cables", async ({ page }) => {
    await page.goto("/tags");
    await expect(page).toHaveTitle(/^Tags · Cable Archive$/);
    await expect(page.locator("h1")).toHaveCount(1);
    const row = tableRow(page, "Tags", /^PREL\b/);
    await expect(row.getByRole("link", { name: "PREL" })).toHaveAttribute("href", "/tags/PREL");
    await expect(row.getByRole("cell").nth(0)).toHaveText("External Political Relations");
    await expect(row.getByRole("cell").nth(1)).toHaveText("Subject");
    const count = Number(await row.getByRole("cell").nth(2).innerText());
    if (HAS_CORPUS) expect(count).toBeGreaterThan(3);
    else expect(count).toBe(3);
    // The default order is by number of cables, most first.
    const counts = (await page.getByRole("table", { name: "Tags" }).locator("tbody td:last-child").allInnerTexts()).map((text) => Number(text.replace(/,/g, "")));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("an unknown code is shown as such", async ({ page }) => {
    await page.goto("/tags?kind=unknown");
    const rows = page.getByRole("table").locator("tbody tr");
    if ((await rows.count()) === 0) test.skip(true, "no unknown codes in this data");
    await expect(rows.first().getByRole("cell").first()).toHaveText("Unknown code");
  });

  test("sorting by code is a link and orders the codes", async ({ page }) => {
    await page.goto("/tags");
    await page.getByRole("navigation", { name: "Sort order" }).getByRole("link", { name: "By code" }).click();
    await expect(page).toHaveURL(/\/tags\?sort=code$/);
    await expect(page.getByRole("link", { name: "By code" })).toHaveAttribute("aria-current", "page");
    const codes = await page.getByRole("table").locator("tbody th").allInnerTexts();
    expect(codes.length).toBeGreaterThan(1);
    expect(codes).toEqual([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  test("the PREL page shows its meaning, a year chart that adds up and every one of its cables", async ({ page }) => {
    await page.goto("/tags");
    await page.getByRole("link", { name: "PREL", exact: true }).first().click();
    await expect(page).toHaveURL(/\/tags\/PREL$/);
    await expect(page).toHaveTitle("PREL: External Political Relations · Cable Archive");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("PREL");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("External Political Relations");
    const total = Number((await page.getByTestId("tag-count").innerText()).replace(/[^0-9]/g, ""));

    const caption = "Cables tagged PREL, per year";
    const years = await chartCounts(page, caption);
    expect(years.get(2006)).toBeGreaterThanOrEqual(1);
    expect(years.get(2007)).toBeGreaterThanOrEqual(1);
    expect(sum(years.values())).toBe(total);
    // Screen readers get the year and the count in words; the bar links to that year's cables.
    const bar = page.getByRole("table", { name: caption }).getByRole("link", { name: /^2006: \d+ cables?$/ });
    await expect(bar).toHaveAttribute("href", /^\/search\?tag=PREL&from=2006&to=2006$/);

    // Follow the pager to the end: the pages together hold exactly the total, newest first.
    const refIds: string[] = [];
    for (let pageNumber = 1; ; pageNumber += 1) {
      const cables = page.getByRole("region", { name: "Cables tagged PREL" }).locator("ul > li > a");
      refIds.push(...(await cables.allInnerTexts()));
      const next = page.getByRole("navigation", { name: "Pages of cables" }).getByRole("link", { name: "Next page" });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/tags/PREL\\?page=${pageNumber + 1}$`));
      await expect(page.getByText(`Page ${pageNumber + 1} of `)).toBeVisible();
    }
    expect(refIds).toHaveLength(total);
    expect(new Set(refIds).size).toBe(total);
    expect(refIds).toEqual(expect.arrayContaining(["06ROME1755", "07ROME535", "09TESTPOST1"]));
    expect(refIds.indexOf("07ROME535")).toBeLessThan(refIds.indexOf("06ROME1755"));

    const last = refIds.at(-1) ?? "";
    await page.getByRole("link", { name: last, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/cable/${last}$`));
  });

  test("a person tag's address round-trips its comma and space", async ({ page }) => {
    test.skip(!HAS_CORPUS, "needs the development corpus");
    await page.goto("/tags?kind=person");
    const link = page.getByRole("table").locator("tbody th a").first();
    const code = await link.innerText();
    expect(code).toMatch(/, /);
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === `/tags/${encodeURIComponent(code)}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("A person named by the tag");
    const cables = page.getByRole("region", { name: `Cables tagged ${code}` }).locator("ul > li > a");
    expect(await cables.count()).toBeGreaterThanOrEqual(1);
    // The same address typed by hand, unencoded but for the space, reaches the same tag.
    const response = await page.goto(`/tags/${code.replaceAll(" ", "%20")}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  });

  test("a tag with a quote and a backslash has a working page", async ({ page }) => {
    // 08TESTPOST2 carries the tag QUOTE"AND\SLASH.
    const code = 'QUOTE"AND\\SLASH';
    await page.goto("/tags?q=quote");
    const row = tableRow(page, "Tags matching “quote”", code);
    await expect(row.getByRole("cell").first()).toHaveText("Unknown code");
    await row.getByRole("link", { name: code }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/tags/${encodeURIComponent(code)}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
    await expect(page.getByRole("region", { name: `Cables tagged ${code}` }).getByRole("link", { name: "08TESTPOST2" })).toBeVisible();
  });

  test("an unknown tag is a real 404, and bad parameters are no error", async ({ page }) => {
    const missing = await page.goto("/tags/NOSUCHTAG");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    expect((await page.goto("/tags/100%25"))?.status()).toBe(404);

    const odd = await page.goto("/tags?kind=planet&sort=random&page=-3&junk=1");
    expect(odd?.status()).toBe(200);
    await expect(page.getByRole("link", { name: /^All kinds/ })).toHaveAttribute("aria-current", "page");
    const past = await page.goto("/tags/PREL?page=10000");
    expect(past?.status()).toBe(200);
    await expect(page.getByText(/^Page 10,000 is past the end/)).toBeVisible();
    expect((await page.goto("/tags/PREL?page=99999999999"))?.status()).toBe(200);
  });
});

test.describe("filters without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("tags filter by kind with links and by text with the form", async ({ page }) => {
    await page.goto("/tags");
    await page.getByRole("navigation", { name: "Kinds" }).getByRole("link", { name: /^Country \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/tags\?kind=country$/);
    await expect(page).toHaveTitle(/^Country tags · /);
    const kinds = await page.getByRole("table").locator("tbody td:nth-of-type(2)").allInnerTexts();
    expect(new Set(kinds)).toEqual(new Set(["Country"]));
    await expect(tableRow(page, "Country tags", /^IT\b/)).toContainText("Italy");

    await page.getByLabel("Code or meaning contains").fill("political");
    await page.getByLabel("Kind", { exact: true }).selectOption("");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/tags\?q=political(&kind=)?$/);
    await expect(page.getByLabel("Code or meaning contains")).toHaveValue("political");
    const table = page.getByRole("table", { name: "Tags matching “political”" });
    await expect(table.getByRole("link", { name: "PREL" })).toBeVisible();
    await expect(table.getByRole("link", { name: "PGOV" })).toHaveCount(0);

    await page.getByLabel("Kind", { exact: true }).selectOption("country");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^0 country tags matching/ })).toBeVisible();
  });

  test("posts filter by kind and by name or country", async ({ page }) => {
    await page.goto("/posts");
    await page.getByLabel("Name, city or country contains").fill("italy");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/posts\?q=italy(&kind=)?$/);
    await expect(page.getByRole("link", { name: "Embassy Rome" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Embassy Testpost" })).toHaveCount(0);

    await page.goto("/posts?kind=consulate");
    await expect(page.getByRole("navigation", { name: "Kinds" }).getByRole("link", { name: /^Consulate/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Embassy Rome" })).toHaveCount(0);
  });
});

test.describe("posts", () => {
  test("/posts lists Embassy Rome in Italy with its cables and years", async ({ page }) => {
    await page.goto("/posts");
    await expect(page).toHaveTitle(/^Posts · Cable Archive$/);
    await expect(page.locator("h1")).toHaveCount(1);
    const row = tableRow(page, "Posts", /^Embassy Rome\b/);
    const cells = row.getByRole("cell");
    await expect(cells.nth(0)).toHaveText("Embassy");
    await expect(cells.nth(1)).toHaveText("Rome");
    await expect(cells.nth(2)).toHaveText("Italy");
    if (!HAS_CORPUS) {
      await expect(cells.nth(3)).toHaveText("2");
      await expect(cells.nth(4)).toHaveText("2006–2007");
    }
    // A post whose country is not known says so in words, not only with a dash.
    await expect(tableRow(page, "Posts", /^Embassy Testpost\b/).getByRole("cell").nth(2)).toHaveText(/not known/);
  });

  test("a post page shows its country, year chart, frequent tags and cables", async ({ page }) => {
    await page.goto("/posts");
    await page.getByRole("link", { name: "Embassy Rome" }).click();
    await expect(page).toHaveURL(/\/posts\/Embassy%20Rome$/);
    await expect(page).toHaveTitle("Embassy Rome · Cable Archive");
    await expect(page.getByRole("heading", { level: 1, name: "Embassy Rome" })).toBeVisible();
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("dd", { hasText: /^Italy$/ })).toBeVisible();
    const total = Number((await page.getByTestId("post-count").innerText()).replace(/[^0-9]/g, ""));
    const years = await chartCounts(page, "Cables from Embassy Rome, per year");
    expect(sum(years.values())).toBe(total);
    expect(years.get(2006)).toBeGreaterThanOrEqual(1);

    const cables = page.getByRole("region", { name: "Cables from Embassy Rome" });
    await expect(cables.getByRole("link", { name: "06ROME1755" })).toBeVisible();
    await expect(cables.getByRole("link", { name: "07ROME535" })).toBeVisible();

    const tags = page.getByRole("region", { name: "Most frequent tags" });
    await expect(tags.getByRole("link", { name: /^IT Italy/ })).toHaveAttribute("href", "/tags/IT");
    await tags.getByRole("link", { name: /^PREL External Political Relations/ }).click();
    await expect(page).toHaveURL(/\/tags\/PREL$/);
  });

  test("an unknown post is a real 404", async ({ page }) => {
    const response = await page.goto("/posts/Embassy%20Atlantis");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test.describe("home page", () => {
  test("shows the timeline and the ways into the archive", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveCount(1);
    const size = await page.getByTestId("archive-size").innerText();
    const [, cableCount] = /holds ([\d,]+) cables? from \d{4} to \d{4}\./.exec(size) ?? [];
    expect(cableCount).toBeDefined();

    const caption = "Cables in the archive, per year";
    const years = await chartCounts(page, caption);
    expect(sum(years.values())).toBe(Number(cableCount?.replace(/,/g, "")));
    await expect(page.getByRole("table", { name: caption }).getByRole("link", { name: /^2006: \d+ cables?$/ })).toHaveAttribute("href", "/search?from=2006&to=2006");

    const subjects = page.getByRole("region", { name: "Frequent subjects" });
    await expect(subjects.getByRole("link", { name: /^PREL External Political Relations \(\d+\)$/ })).toHaveAttribute("href", "/tags/PREL");
    await expect(subjects.getByRole("link", { name: "All tags" })).toHaveAttribute("href", "/tags");
    const posts = page.getByRole("region", { name: "Busiest posts" });
    const busiest = posts.getByRole("listitem").first().getByRole("link");
    if (!HAS_CORPUS) await expect(posts.getByRole("link", { name: "Embassy Rome" })).toBeVisible();
    await expect(busiest).toHaveAttribute("href", `/posts/${encodeURIComponent(await busiest.innerText())}`);
    await expect(posts.getByRole("link", { name: "All posts" })).toHaveAttribute("href", "/posts");
    await expect(page.getByRole("link", { name: "Search the cables" })).toHaveAttribute("href", "/search");
    await expect(page.getByRole("region", { name: "Latest cables" }).locator("ul > li")).not.toHaveCount(0);
  });

  test("keyboard: the filter form is reachable and focus is visible", async ({ page }) => {
    await page.goto("/tags");
    let isInField = false;
    for (let presses = 0; presses < 20 && !isInField; presses += 1) {
      await page.keyboard.press("Tab");
      isInField = await page.evaluate(() => document.activeElement?.id === "filter-q");
      const outline = await page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : "none"));
      expect(outline).not.toBe("none");
    }
    expect(isInField).toBe(true);
    await page.keyboard.type("relations");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=relations/);
    await expect(page.getByRole("link", { name: "PREL" })).toBeVisible();
  });
});
