import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("a reader sees the indicators 2017–2020 as a table and a chart, and can narrow them to one provider", async ({ page }) => {
  await signIn(page, "lasare@sjovik.demo");
  await page.getByRole("link", { name: "Indikatorer" }).click();
  const table = page.getByRole("table", { name: "Indikatorer per år, alla utförare" });
  const gymnasium = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /gymnasieprogram/ }) });
  await expect(gymnasium.getByRole("cell").nth(0)).toHaveText("ingen mätning");
  await expect(gymnasium.getByRole("cell").nth(3)).toContainText("78,5 %");
  await expect(page.getByRole("img", { name: /Andel barn\/unga med en aktiv fritid: 2017 92 %/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("combobox", { name: "Utförare" }).selectOption({ label: "Caleo omsorg" });
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByRole("table", { name: "Indikatorer per år, Caleo omsorg" })).toBeVisible();
});

test("the satisfaction survey shows the response rate, red/yellow/green per statement and year, and hides small groups", async ({ page }) => {
  await signIn(page, "lasare@sjovik.demo");
  await page.getByRole("link", { name: "Nöjdhet" }).click();
  await expect(page.getByText("Nöjdhetsuppföljning ensamkommande 2020: 69 av 96 svarade (71,9 %).")).toBeVisible();
  const trygg = page.getByRole("table", { name: "”Jag känner mig trygg i mitt boende” 2020 per placeringsform" });
  await expect(trygg.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Jourhem" }) })).toContainText("för få svar");
  await expect(page.getByRole("img", { name: /Alla svarande per år\. 2017: röd 31 %/ }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("combobox", { name: "Fördelning" }).selectOption("kon");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByRole("table", { name: "”Jag känner mig trygg i mitt boende” 2020 per kön" }).getByRole("row").filter({ hasText: "Flicka" })).toContainText("10");
});
