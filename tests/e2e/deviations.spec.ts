import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("a quality developer registers complaints for a provider, a personnummer is refused, and the record can be removed", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Avvikelser" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Avvikelser, klagomål, Lex Sarah och IVO" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Registrera" }) });
  await form.getByRole("combobox", { name: "Utförare" }).selectOption({ label: "Hemtrygg jourhem" });
  await form.getByRole("combobox", { name: "Vad" }).selectOption({ label: "Klagomål" });
  await form.getByRole("textbox", { name: "År", exact: true }).fill("2021");
  await form.getByRole("textbox", { name: "Antal", exact: true }).fill("3");
  await form.getByLabel("Sammanfattning utan personuppgifter").fill("Klagomål från 811218-9876 om maten");
  await form.getByRole("button", { name: "Registrera" }).click();
  await expect(page.getByText(/ser ut att innehålla ett personnummer/)).toBeVisible();
  await expect(form.getByRole("combobox", { name: "Utförare" })).toHaveValue(/.+/);
  await form.getByLabel("Sammanfattning utan personuppgifter").fill("Klagomål om maten och bemötandet");
  await form.getByRole("button", { name: "Registrera" }).click();
  await expect(page.getByText("Registrerat.")).toBeVisible();

  await page.getByLabel("Sök i registret").fill("maten och bemötandet");
  const row = page.getByRole("row").filter({ hasText: "Klagomål om maten och bemötandet" });
  await expect(row).toContainText("Hemtrygg jourhem");
  await row.getByRole("button", { name: "Ta bort" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Klagomål om maten och bemötandet" })).toHaveCount(0);
});
