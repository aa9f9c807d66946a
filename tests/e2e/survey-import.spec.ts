import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

const header = "Svars-id;Tidpunkt;TRYGG;FRITID;FRAMTID;SVENSKA;Placeringsform;Kön;Ålder";
const file = (lines: string[]) => ({ name: "enkatexport.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n")) });

test("a quality developer creates a survey, imports a survey tool's export (a bad file first), and types in one response", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Nöjdhet" }).click();
  await page.getByRole("link", { name: /Enkäter: skapa/ }).click();
  await expect(page.getByRole("table", { name: "Enkäter" })).toContainText("69 av 96");
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("textbox", { name: "Namn" }).fill("Nöjdhetsuppföljning 2019");
  await page.getByRole("textbox", { name: "År" }).fill("2019");
  await page.getByRole("button", { name: "Skapa enkät" }).click();
  await expect(page.getByText("Ange hur många som fick enkäten.")).toBeVisible();
  await page.getByRole("textbox", { name: "Skickad till (antal)" }).fill("10");
  await page.getByRole("button", { name: "Skapa enkät" }).click();
  await expect(page.getByRole("heading", { name: "Nöjdhetsuppföljning 2019" })).toBeVisible();
  await expect(page.getByText("2019: 0 svar av 10")).toBeVisible();

  const upload = page.locator('input[type="file"]');
  await upload.setInputFiles(file(["1;x;3;3;2;1;Stödboende;Flicka;17", "2;x;9;3;2;1;Slott;Pojke;19"]));
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ingenting importerades" })).toBeVisible();
  const rowErrors = page.getByRole("list", { name: "Fel per rad" });
  await expect(rowErrors).toContainText("Rad 3: trygg: ”9” ska vara 1, 2 eller 3");
  await expect(rowErrors).toContainText("Rad 3: placeringsform: Slott finns inte.");

  await upload.setInputFiles(file(["1;x;3;3;2;1;Stödboende;Flicka;17", "2;x;röd;gul;grön;grön;Familjehem;Pojke;19", "3;x;2;2;2;2;Eget boende;Pojke;21"]));
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByText("Importen är klar: 3 svar.")).toBeVisible();
  await expect(page.getByText("2019: 3 svar av 10")).toBeVisible();

  await page.getByRole("combobox", { name: "Kön" }).selectOption({ label: "Flicka" });
  await page.getByRole("group", { name: "Jag känner mig trygg i mitt boende" }).getByRole("radio", { name: "Grön" }).check();
  await page.getByRole("button", { name: "Registrera svaret" }).click();
  await expect(page.getByText("2019: 4 svar av 10")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
