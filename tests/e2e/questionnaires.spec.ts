import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("a quality developer drafts a new questionnaire version, adds a question, previews it and publishes", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Enkäter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enkäter" })).toBeVisible();
  await page.getByRole("button", { name: "Skapa nytt utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 3 (utkast)" })).toBeVisible();

  await page.getByLabel("Rubrik").fill("Digitalisering");
  await page.getByRole("button", { name: "Lägg till avsnitt" }).click();
  await expect(page.getByText("Avsnittet ”Digitalisering” är tillagt.")).toBeVisible();

  await page.getByLabel("Avsnitt", { exact: true }).selectOption({ label: "Digitalisering" });
  await page.getByLabel("Frågetyp").selectOption("SINGLE_CHOICE");
  await page.getByLabel("Frågetext").fill("Hur dokumenterar ni genomförandeplanen?");
  await page.getByLabel("Alternativ, ett per rad").fill("Digitalt");
  await page.getByRole("button", { name: "Lägg till fråga" }).click();
  await expect(page.getByText("Ange minst två alternativ, ett per rad.")).toBeVisible();
  await page.getByLabel("Alternativ, ett per rad").fill("Digitalt\nPå papper");
  await page.getByRole("button", { name: "Lägg till fråga" }).click();
  await expect(page.getByText("Frågan är tillagd.")).toBeVisible();

  // The preview behaves as the provider's form: the follow-up shows only after "Nej".
  const preview = page.getByRole("region", { name: "Förhandsvisning: Digitalisering" });
  await expect(preview.getByText("Hur dokumenterar ni genomförandeplanen?")).toBeVisible();
  await expect(preview.getByRole("radio", { name: "På papper" })).toBeVisible();
  const values = page.getByRole("region", { name: "Förhandsvisning: Värdegrund" });
  await expect(values.getByText("När och hur kommer rutinen att tas fram?")).toHaveCount(0);
  await values.getByRole("radiogroup", { name: /Finns en skriftlig rutin/ }).getByRole("radio", { name: "Nej" }).check();
  await expect(values.getByText("När och hur kommer rutinen att tas fram?")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Publicera version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 3 (publicerad)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lägg till fråga" })).toHaveCount(0);
});
