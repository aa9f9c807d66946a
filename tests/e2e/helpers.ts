import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { currentTotpCode } from "../../lib/auth/two-factor";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "../../prisma/seed/demo-credentials";

/** Fills in and sends the sign-in form; the outcome is for the caller to check. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-postadress", { exact: true }).fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/** Signs in (with the demo admin's TOTP code when asked) and waits for the signed-in start page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, email, password);
  if (email === "admin@sjovik.demo") {
    const code = page.getByLabel("Kod från appen eller reservkod");
    await expect(code).toBeVisible();
    await code.fill(currentTotpCode(DEMO_ADMIN_TOTP_SECRET));
    await page.getByRole("button", { name: "Logga in" }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Logga ut" }).click();
  await page.waitForURL(/\/login/);
}

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Switches the active municipality of a person who belongs to several. */
export async function switchTenant(page: Page, tenantName: string) {
  await page.getByLabel("Kommun").selectOption({ label: tenantName });
  await page.getByRole("button", { name: "Byt kommun" }).click();
  await expect(page.getByText(`Du arbetar i ${tenantName}.`)).toBeVisible();
}
