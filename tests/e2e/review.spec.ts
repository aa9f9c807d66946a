import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("a quality developer assesses a provider, sees the grade with its reasons and finalises it", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Boende för ensamkommande barn och unga 2020" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Boende för ensamkommande barn och unga 2020" })).toBeVisible();
  await page.getByRole("link", { name: /bedömning av Välfärd samhällsservice/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedömning – Välfärd samhällsservice – träningsboende" })).toBeVisible();
  await expect(page.getByText("Kritiskt krav ej uppfyllt: ET-10 Ledningssystem för systematiskt kvalitetsarbete.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The provider has shown its management system: the critical requirement is now met.
  await page.getByLabel("Bedömning av ET-10").selectOption("ACHIEVED");
  await page.getByLabel("Motivering för ET-10").fill("Ledningssystemet är beskrivet och följs upp kvartalsvis.");
  await page.getByRole("button", { name: "Spara bedömning av ET-10" }).click();
  await expect(page.getByText("Sparat.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Kritiskt krav ej uppfyllt: ET-10")).toHaveCount(0);
  await expect(page.getByText("skiljer sig från beräkningen ovan.")).toBeVisible();

  await page.getByRole("button", { name: "Ersätt den fastställda med beräkningen" }).click();
  await expect(page.getByText("Fastställd: Fullgod kvalitetsmognad med visst utvecklingsbehov.")).toBeVisible();

  // Put the shared e2e data back as the other specs expect it (Välfärd low in 2020).
  await page.reload();
  await page.getByLabel("Bedömning av ET-10").selectOption("NOT_ACHIEVED");
  await page.getByRole("button", { name: "Spara bedömning av ET-10" }).click();
  await expect(page.getByText("Sparat.")).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Ersätt den fastställda med beräkningen" }).click();
  await expect(page.getByText("Fastställd: Lägre kvalitetsmognad.")).toBeVisible();
});
