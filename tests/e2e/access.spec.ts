import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut, submitSignIn, switchTenant } from "./helpers";
import { linkFromOutbox } from "./outbox";

const nav = (page: Page) => page.getByRole("navigation", { name: "Huvudmeny" });

async function navLabels(page: Page) {
  return (await nav(page).getByRole("link").allTextContents()).map((text) => text.trim());
}

async function newPage(browser: Browser) {
  return (await browser.newContext({ locale: "sv-SE" })).newPage();
}

test("each role sees the navigation it may use", async ({ page }) => {
  const expected: [string, string[]][] = [
    ["admin@sjovik.demo", ["Start", "Utförare", "Placeringar", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Användare", "Händelselogg", "Utskick", "Inställningar", "Mitt konto"]],
    ["kvalitet@sjovik.demo", ["Start", "Ny uppföljning", "Utförare", "Placeringar", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Händelselogg", "Mitt konto"]],
    ["socialsekreterare@sjovik.demo", ["Start", "Utförare", "Placeringar", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Mitt konto"]],
    ["lasare@sjovik.demo", ["Start", "Utförare", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Mitt konto"]],
    ["utforare@caleo.demo", ["Start", "Vår verksamhet", "Åtgärder", "Mitt konto"]],
  ];
  for (const [email, labels] of expected) {
    await signIn(page, email);
    await expect(nav(page)).toBeVisible();
    expect(await navLabels(page), email).toEqual(labels);
    await signOut(page);
  }
});

test("a provider user who opens another provider's page gets the 404 page, never its data", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Utförare", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utförare" })).toBeVisible();
  await page.getByRole("link", { name: "Välfärd samhällsservice – träningsboende", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Välfärd samhällsservice – träningsboende" })).toBeVisible();
  const otherProviderUrl = page.url();
  await signOut(page);

  await signIn(page, "utforare@caleo.demo");
  await switchTenant(page, "Sjöviks kommun");
  await page.getByRole("link", { name: "Vår verksamhet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Caleo omsorg" })).toBeVisible();
  // Finalised in 2020 but not published: the provider must not see it.
  await expect(page.getByText("Inte fastställd eller inte publicerad")).toBeVisible();

  const response = await page.goto(otherProviderUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
  await expect(page.getByText("Välfärd")).toHaveCount(0);

  expect((await page.goto("/admin/anvandare"))?.status()).toBe(404);
  expect((await page.goto("/utforare"))?.status()).toBe(404);
  expect((await page.goto("/utforare/inte-ett-id"))?.status()).toBe(404);
});

test("a provider serving two municipalities switches between them", async ({ page }) => {
  await signIn(page, "utforare@caleo.demo");
  await switchTenant(page, "Sjöviks kommun");
  await expect(page.getByText("Boende för ensamkommande barn och unga 2020")).toBeVisible();
  await switchTenant(page, "Bergsby kommun");
  await expect(page.getByText("Familjehem och stödboende 2020")).toBeVisible();
  await expect(page.getByText("Boende för ensamkommande barn och unga 2020")).toHaveCount(0);
});

test("an invited person sets a password, signs in, and is signed out at once when deactivated", async ({ page, browser }) => {
  await signIn(page, "admin@sjovik.demo");
  await page.getByRole("link", { name: "Användare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Namn", { exact: true }).fill("Erik E2E");
  await page.getByLabel("E-postadress").fill("e2e@sjovik.demo");
  await page.getByLabel("Roll", { exact: true }).selectOption("READER");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByText("En inbjudan har skickats till e2e@sjovik.demo.")).toBeVisible();

  const invite = await linkFromOutbox(browser, "e2e@sjovik.demo", "/login/aktivera");
  const invited = await newPage(browser);
  await invited.goto(invite);
  await invited.getByLabel("Nytt lösenord").fill("kort");
  await invited.getByLabel("Upprepa lösenordet").fill("kort");
  await invited.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invited.getByText("Lösenordet måste ha minst 12 tecken.")).toBeVisible();
  await invited.getByLabel("Nytt lösenord").fill("e2e-losenord-123");
  await invited.getByLabel("Upprepa lösenordet").fill("e2e-losenord-123");
  await invited.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invited.getByText("Ditt lösenord är sparat.")).toBeVisible();
  await signIn(invited, "e2e@sjovik.demo", "e2e-losenord-123");
  await expect(invited.getByText("Du är inloggad som läsare.")).toBeVisible();

  await page.reload();
  const row = page.getByRole("row", { name: /Erik E2E/ });
  await row.getByRole("button", { name: "Inaktivera Erik E2E" }).click();
  await expect(page.getByText("Kontot är inaktiverat och personen är utloggad.")).toBeVisible();

  await invited.reload();
  await expect(invited).toHaveURL(/\/login/);

  await page.getByRole("link", { name: "Händelselogg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Händelselogg" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Händelselogg" }).getByRole("row", { name: /deactivate/ })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
});

test("a provider user signs in with a single-use link from e-mail", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("E-postadress (utförare)").fill("utforare@caleo.demo");
  await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
  await expect(page.getByText("Om adressen hör till en utförare med konto har vi skickat en inloggningslänk.")).toBeVisible();

  const link = await linkFromOutbox(browser, "utforare@caleo.demo", "/login/lank");
  await page.goto(link);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Caleo omsorg" })).toBeVisible();

  const again = await newPage(browser);
  await again.goto(link);
  await again.getByRole("button", { name: "Logga in" }).click();
  await expect(again.getByText("Länken är ogiltig, redan använd eller äldre än 10 minuter.")).toBeVisible();
});

test("repeated wrong passwords lock the account for a while, with a clear message", async ({ page }) => {
  for (let attempt = 0; attempt < 5; attempt++) {
    await submitSignIn(page, "kvalitet@bergsby.demo", `fel-${attempt}`);
    await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  }
  await submitSignIn(page, "kvalitet@bergsby.demo");
  await expect(page.getByText("För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.")).toBeVisible();
});
