import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut, switchTenant } from "./helpers";

test("a quality developer creates and opens a cycle; the provider finds it with last year's answers filled in", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Ny uppföljning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny uppföljning" })).toBeVisible();
  await page.getByRole("button", { name: "Skapa uppföljning" }).click();
  await expect(page.getByText("Ge uppföljningen ett namn.")).toBeVisible();
  await expect(page.getByText("Välj minst en utförare.")).toBeVisible();

  await page.getByLabel("Namn", { exact: true }).fill("Uppföljning boende 2021 (e2e)");
  await page.getByLabel("Område som följs upp").fill("Boende för ensamkommande barn och unga");
  await page.getByLabel("År", { exact: true }).fill("2021");
  await page.getByLabel("Period från").fill("2021-08-01");
  await page.getByLabel("Period till").fill("2021-10-31");
  await page.getByLabel("Sista dag för egenrapportering").fill("2021-09-15");
  await page.getByLabel("Bedömning klar senast").fill("2021-09-01");
  await page.getByLabel("Caleo omsorg").check();
  await page.getByRole("button", { name: "Skapa uppföljning" }).click();
  await expect(page.getByText("Bedömningen kan inte vara klar före sista dag för egenrapporteringen.")).toBeVisible();
  // What was typed and ticked is still there.
  await expect(page.getByLabel("Namn", { exact: true })).toHaveValue("Uppföljning boende 2021 (e2e)");
  await expect(page.getByLabel("Caleo omsorg")).toBeChecked();
  await page.getByLabel("Bedömning klar senast").fill("2021-10-31");
  await page.getByLabel("Nya steg boende").check();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Skapa uppföljning" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Uppföljning boende 2021 (e2e)" })).toBeVisible();
  await expect(page.getByText("Planeras")).toBeVisible();

  // The selection page shows every provider with the criteria; the two chosen stay ticked.
  await page.getByRole("link", { name: "Gör urvalet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Urval av utförare" })).toBeVisible();
  const criteria = page.getByRole("table", { name: "Urvalskriterier per utförare" });
  await expect(criteria.getByRole("row")).toHaveCount(20);
  await expect(page.getByRole("checkbox", { name: "Välj Caleo omsorg" })).toBeChecked();
  await expect(page.getByText("2 av 19 utförare valda")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Bekräfta urvalet" }).click();
  await expect(page.getByText("Urvalet är bekräftat: 2 utförare.")).toBeVisible();
  await page.getByRole("link", { name: "Uppföljning boende 2021 (e2e)" }).click();

  await page.getByRole("button", { name: "Öppna uppföljningen" }).click();
  await expect(page.getByText("Uppföljningen är öppnad. 2 utförare har fått en inbjudan")).toBeVisible();
  await signOut(page);

  await signIn(page, "utforare@caleo.demo");
  await switchTenant(page, "Sjöviks kommun");
  await page.getByRole("link", { name: "Uppföljning boende 2021 (e2e)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Egenrapportering – Caleo omsorg" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Antal placerade barn\/unga/ })).toHaveValue("4");
});
