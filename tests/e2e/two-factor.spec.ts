import { expect, test } from "@playwright/test";
import { currentTotpCode } from "../../lib/auth/two-factor";
import { expectNoSeriousAxeViolations, signIn, signOut, submitSignIn } from "./helpers";

test("an admin signs in with a code from the app, and a wrong code is refused", async ({ page }) => {
  await submitSignIn(page, "admin@sjovik.demo");
  await expect(page.getByText("Ange koden från din autentiseringsapp för att slutföra inloggningen.")).toBeVisible();
  await page.getByLabel("Kod från appen eller reservkod").fill("12345");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Koden stämmer inte.")).toBeVisible();
  await page.getByLabel("Kod från appen eller reservkod").fill("demo-2610");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
});

test("when the tenant requires two-factor sign-in for everyone, others must set it up before anything else", async ({ page }) => {
  await signIn(page, "admin@sjovik.demo");
  await page.getByRole("link", { name: "Inställningar" }).click();
  await page.getByLabel("Kräv tvåfaktorsinloggning för alla kommunens roller").check();
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Tvåfaktorsinloggning krävs nu för alla kommunens roller.")).toBeVisible();
  await signOut(page);

  await submitSignIn(page, "socialsekreterare@sjovik.demo");
  await expect(page).toHaveURL(/\/tvafaktor/);
  await expect(page.getByRole("heading", { name: "Aktivera tvåfaktorsinloggning" })).toBeVisible();
  // Every other page sends the person back here until it is done.
  await page.goto("/utforare");
  await expect(page).toHaveURL(/\/tvafaktor/);

  await page.getByRole("button", { name: "Visa QR-kod" }).click();
  await expect(page.getByRole("img", { name: "QR-kod för tvåfaktorsinloggning" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Kod från appen").fill(currentTotpCode(secret));
  await page.getByRole("button", { name: "Aktivera" }).click();
  await expect(page.getByRole("list", { name: "Reservkoder" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Fortsätt" }).click();
  await expect(page.getByText("Du är inloggad som socialsekreterare.")).toBeVisible();
  await signOut(page);

  // From now on the code is asked for at sign-in.
  await submitSignIn(page, "socialsekreterare@sjovik.demo");
  await page.getByLabel("Kod från appen eller reservkod").fill(currentTotpCode(secret));
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Du är inloggad som socialsekreterare.")).toBeVisible();
  await signOut(page);

  // Provider users are not affected.
  await signIn(page, "utforare@valfard.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Välfärd samhällsservice – träningsboende" })).toBeVisible();
  await signOut(page);

  // Leave the shared e2e database as the other specs expect it.
  await signIn(page, "admin@sjovik.demo");
  await page.goto("/admin/installningar");
  await page.getByLabel("Kräv tvåfaktorsinloggning för alla kommunens roller").uncheck();
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Tvåfaktorsinloggning krävs nu bara för administratörer.")).toBeVisible();
});
