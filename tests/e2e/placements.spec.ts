import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("a social secretary registers, imports and ends placements; a name as code is refused", async ({ page }) => {
  await signIn(page, "socialsekreterare@sjovik.demo");
  await page.getByRole("link", { name: "Placeringar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Placeringar" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Kod (pseudonym)").fill("Anna Svensson");
  await page.getByLabel("Utförare").selectOption("Caleo omsorg");
  await page.getByLabel("Placeringsform").selectOption("Stödboende");
  await page.getByLabel("Åldersgrupp").selectOption({ label: "16–17 år" });
  await page.getByLabel("Kön").selectOption({ label: "Pojke" });
  await page.getByLabel("Startdatum").fill("2021-01-10");
  await page.getByRole("button", { name: "Lägg till placeringen" }).click();
  await expect(page.getByText(/Koden ska vara en pseudonym/)).toBeVisible();
  await expect(page.getByLabel("Utförare")).toHaveValue("Caleo omsorg");
  await page.getByLabel("Kod (pseudonym)").fill("P-E2E-0001");
  await page.getByRole("button", { name: "Lägg till placeringen" }).click();
  await expect(page.getByText("Placeringen P-E2E-0001 är tillagd.")).toBeVisible();

  const header = "kod;utförare;placeringsform;åldersgrupp;kön;asylstatus;behov;startdatum;slutdatum";
  await page.getByLabel("Fil").setInputFiles({
    name: "placeringar.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, "P-E2E-0002;Caleo omsorg;Stödboende;18–20;Flicka;PUT;;2021-02-01;", "P-E2E-0003;Okänd AB;HVB;16–17;Pojke;;;2021-02-01;"].join("\n")),
  });
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByRole("list", { name: "Fel per rad" })).toContainText("Rad 3: utförare: Okänd AB finns inte bland kommunens utförare.");
  await page.getByLabel("Fil").setInputFiles({ name: "placeringar.csv", mimeType: "text/csv", buffer: Buffer.from([header, "P-E2E-0002;Caleo omsorg;Stödboende;18–20;Flicka;PUT;;2021-02-01;"].join("\n")) });
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByText("Importen är klar: 1 nya och 0 uppdaterade placeringar.")).toBeVisible();

  await page.getByLabel("Sök placering").fill("P-E2E-0002");
  await page.getByRole("link", { name: "P-E2E-0002" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Placering P-E2E-0002" })).toBeVisible();
  await page.getByLabel("Avsluta placeringen den").fill("2021-06-30");
  await page.getByRole("button", { name: "Avsluta placeringen" }).click();
  // The page now shows the placement as ended, and the end form is gone.
  await expect(page.getByText(/Stödboende · avslutad 2021-06-30/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Avsluta placeringen" })).toHaveCount(0);
});
