import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut, submitSignIn } from "./helpers";

test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a press before the page's script runs never puts the password in the address", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-postadress", { exact: true }).fill("kvalitet@sjovik.demo");
  await page.getByLabel("Lösenord", { exact: true }).fill("Kvalitet2026!");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForLoadState();
  expect(page.url()).not.toContain("Kvalitet2026");
  expect(page.url()).not.toContain("password");
  await context.close();
});

test("a wrong password gets a clear Swedish message and no session", async ({ page }) => {
  await submitSignIn(page, "kvalitet@sjovik.demo", "fel-losenord");
  await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields are caught before anything is sent", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Fyll i både e-postadress och lösenord.")).toBeVisible();
});

test("the session cookie cannot be read by scripts nor sent by other sites' forms", async ({ page, context }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test("the quality developer sees the cycles and the providers in them", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await expect(page.getByRole("heading", { name: "Välkommen, Karin Kvalitetsutvecklare" })).toBeVisible();
  const cycle2020 = page.getByRole("table", { name: "Utförare i Boende för ensamkommande barn och unga 2020" });
  await expect(cycle2020.getByRole("row")).toHaveCount(10);
  await expect(cycle2020.getByRole("row", { name: /Svenska familjehem/ })).toContainText("Särskilt kvalitetsmogen");
  await expect(cycle2020.getByRole("row", { name: /Välfärd samhällsservice/ })).toContainText("Lägre kvalitetsmognad");
  await expect(page.getByText("9 av 19 utförare")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("the social secretary sees their own placements", async ({ page }) => {
  await signIn(page, "socialsekreterare@sjovik.demo");
  await expect(page.getByText("Du är inloggad som socialsekreterare.")).toBeVisible();
  await expect(page.getByText("Mina placeringar")).toBeVisible();
});

test("the reader and the admin get the municipal start page", async ({ page }) => {
  await signIn(page, "lasare@sjovik.demo");
  await expect(page.getByText("Du är inloggad som läsare.")).toBeVisible();
  await signOut(page);
  await signIn(page, "admin@sjovik.demo");
  await expect(page.getByText("Du är inloggad som administratör.")).toBeVisible();
});

test("a provider user sees only their own organisation", async ({ page }) => {
  await signIn(page, "utforare@valfard.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Välfärd samhällsservice – träningsboende" })).toBeVisible();
  await expect(page.getByText("Boende för ensamkommande barn och unga 2020")).toBeVisible();
  await expect(page.getByText("Caleo omsorg")).toHaveCount(0);
  // Finalised but unpublished: the 2020 grade must not show; 2019's was published.
  await expect(page.getByRole("region", { name: "Publicerade resultat" })).not.toContainText("2020");
  await expectNoSeriousAxeViolations(page);
});
