import { expect, test } from "@playwright/test";
import { queryArchive } from "./support";

// The e2e archive always holds the two Embassy Rome samples: 06ROME1755 (classified and signed by
// Ambassador Spogli, naming D'Alema, Prodi, Hadley…) and 07ROME535 (Prodi and Putin; De Cardona of
// the MFA Balkans Office).

async function personSlug(surname: string, refId = "06ROME1755"): Promise<{ slug: string; displayName: string }> {
  const rows = await queryArchive<{ slug: string; displayName: string }>(
    `SELECT p.slug, p.display_name AS "displayName" FROM people p
     WHERE p.display_name ILIKE $1 AND EXISTS (SELECT 1 FROM person_mentions m JOIN cables c ON c.id = m.cable_id WHERE m.person_id = p.id AND c.ref_id = $2)`,
    [`%${surname}`, refId],
  );
  expect(rows, `one person named ${surname} in ${refId}`).toHaveLength(1);
  return rows[0]!;
}

test.describe("people", () => {
  test("searching a name offers the person, and filtering by them lists the cables that name them", async ({ page }) => {
    await page.goto("/search?q=Spogli");
    const matching = page.getByTestId("people-matching");
    await expect(matching.getByRole("heading")).toHaveText("People named “Spogli”");
    const spogli = await personSlug("Spogli");
    await expect(matching.getByRole("link", { name: spogli.displayName, exact: true })).toHaveAttribute("href", `/people/${spogli.slug}`);

    await matching.getByRole("link", { name: /cables? naming them/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`person=${encodeURIComponent(spogli.displayName).replace(/%20/g, "\\+")}`));
    const filtered = page.locator("ol li").filter({ hasText: "06ROME1755" });
    await expect(filtered.first()).toBeVisible();
    // The facet shows the selected person; every hit names them.
    const facet = page.getByRole("region", { name: "People", exact: true });
    await expect(facet.getByRole("link", { name: new RegExp(`^${spogli.displayName} \\(selected`) })).toHaveAttribute("aria-current", "true");
    const named = await queryArchive<{ count: number }>(
      `SELECT count(DISTINCT m.cable_id)::int AS count FROM person_mentions m JOIN people p ON p.id = m.person_id WHERE p.slug = $1`,
      [spogli.slug],
    );
    await expect(page.getByTestId("result-count")).toContainText(`of ${named[0]!.count.toLocaleString("en-US")} cable`);
  });

  test("typing in the search box offers matching people as links", async ({ page }) => {
    const putin = await queryArchive<{ displayName: string }>(`SELECT display_name AS "displayName" FROM people WHERE display_name LIKE '%Putin' ORDER BY cable_count DESC LIMIT 1`);
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search the cables" }).pressSequentially("puti", { delay: 30 });
    const suggestions = page.getByTestId("person-suggestions");
    await expect(suggestions.getByRole("link", { name: `Cables naming ${putin[0]!.displayName}` })).toBeVisible();
    await suggestions.getByRole("link", { name: `Cables naming ${putin[0]!.displayName}` }).click();
    await expect(page).toHaveURL(/\/search\?person=/);
    await expect(page.getByRole("link", { name: "07ROME535" })).toBeVisible();
  });

  test("/people lists the most-named people and narrows by name and by role, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/people");
    await expect(page.locator("h1")).toHaveText("People");
    const counts = (await page.getByRole("table").locator("tbody td:nth-child(3)").allInnerTexts()).map((text) => Number(text.replace(/,/g, "")));
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await page.getByLabel("Name contains").fill("cardona");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/people\?q=cardona/);
    const cardona = await personSlug("De Cardona", "07ROME535");
    await expect(page.getByRole("table").getByRole("link", { name: cardona.displayName })).toHaveAttribute("href", `/people/${cardona.slug}`);

    await page.goto("/people?kind=signed&q=spogli");
    const spogli = await personSlug("Spogli");
    await expect(page.getByRole("table").getByRole("link", { name: spogli.displayName })).toBeVisible();
    await page.goto("/people?kind=signed&q=cardona");
    await expect(page.getByRole("table")).toHaveCount(0);
    await context.close();
  });

  test("a person's page shows names, titles, years, posts, company and every paragraph naming them, linked", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const cardona = await personSlug("De Cardona", "07ROME535");
    await page.goto(`/people/${cardona.slug}`);
    await expect(page.locator("h1")).toHaveText(cardona.displayName);
    await expect(page).toHaveTitle(`${cardona.displayName} · Cable Archive`);
    await expect(page.getByText("Director of the MFA Balkans Office").first()).toBeVisible();
    await expect(page.getByRole("table", { name: `Cables naming ${cardona.displayName}, per year` }).getByRole("row", { name: /^2007\b/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Posts that reported on them" }).getByRole("link", { name: "Embassy Rome" })).toBeVisible();
    await expect(page.getByTestId("related-people").getByRole("link").first()).toBeVisible();

    const mention = page.getByTestId("person-mentions").locator("li").filter({ hasText: "07ROME535" }).first();
    await expect(mention.locator("blockquote")).toContainText("De Cardona");
    const link = mention.getByRole("link", { name: /^07ROME535 ¶\d+$/ });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/cable\/07ROME535#p\d+$/);
    await link.click();
    const anchor = href!.split("#")[1]!;
    await expect(page.locator(`[id="${anchor}"]`)).toContainText("De Cardona");
    await context.close();
  });

  test("on a cable page the people in each paragraph link to their pages", async ({ page }) => {
    const dalema = await personSlug("D'Alema");
    await page.goto("/cable/06ROME1755");
    const links = page.locator(`[data-person="${dalema.slug}"]`);
    expect(await links.count()).toBeGreaterThan(3);
    await expect(page.getByTestId("cable-people").getByRole("link", { name: dalema.displayName })).toHaveAttribute("href", `/people/${dalema.slug}`);
    await links.first().click();
    await expect(page).toHaveURL(`/people/${dalema.slug}`);
    await expect(page.locator("h1")).toHaveText(dalema.displayName);
  });

  test("a long person facet lists its most frequent people and points to the filter for the rest", async ({ page }) => {
    const [{ count }] = (await queryArchive<{ count: number }>(`SELECT count(*)::int AS count FROM people`)) as [{ count: number }];
    test.skip(count <= 60, "needs more than 60 people in the archive");
    await page.goto("/search");
    const facet = page.getByRole("region", { name: "People", exact: true });
    // Most of them sit in a closed disclosure, out of the accessibility tree until opened.
    await expect(facet.locator("a")).toHaveCount(60);
    await facet.getByText(/^More people/).click();
    await expect(facet.getByRole("link")).toHaveCount(60);
    await expect(facet.getByText(/in all: filter to find the others/)).toBeAttached();
  });

  test("an unknown person is a 404 page, not an error", async ({ page }) => {
    const response = await page.goto("/people/no-such-person-%25");
    expect(response?.status()).toBe(404);
  });
});
