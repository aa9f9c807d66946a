import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

const HEADER = "kod;källa;referens;rubrik;text;målområde;kvalitetsområden;kritisk;vikt;bedömning";

test("a quality developer imports requirements: errors per row first, then a clean file", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Krav", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kravkatalog" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Kravkatalog" }).getByRole("row", { name: /Rutin för Lex Sarah-hantering/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const broken = `${HEADER}\nE2E-1;förordning;;Rubrik;Text;Värdegrund;;nej;2;aktivitet\n;lag;;;Text;Värdegrund;;nej;20;aktivitet\n`;
  await page.getByLabel("Fil").setInputFiles({ name: "krav.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByText("Inget importerades: 4 fel i filen.")).toBeVisible();
  const report = page.getByRole("list", { name: "Fel per rad" });
  await expect(report).toContainText("Rad 2: källa: Källa ska vara lag, avtal eller kommunalt mål.");
  await expect(report).toContainText("Rad 3: kod: Kod saknas.");
  await expect(report).toContainText("Rad 3: vikt: Vikt ska vara ett heltal 1–10.");

  const good = `${HEADER}\nE2E-1;avtal;Avtal 9.9;Digital dokumentation;Utföraren dokumenterar digitalt.;Värdegrund;Effektivitet;nej;2;aktivitet\n`;
  await page.getByLabel("Fil").setInputFiles({ name: "krav.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByText("1 krav importerade: 1 nya, 0 uppdaterade.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Kravkatalog" }).getByRole("row", { name: /Digital dokumentation/ })).toBeVisible();

  // One requirement through the form; a wrong weight is caught and what was typed stays.
  await page.getByLabel("Kod", { exact: true }).fill("E2E-2");
  await page.getByLabel("Målområde").fill("Värdegrund");
  await page.getByLabel("Rubrik").fill("Tolk vid behov");
  await page.getByLabel("Kravtext").fill("Utföraren anlitar tolk när barnet behöver det.");
  await page.getByLabel("Tillgänglighet").check();
  await page.getByLabel("Vikt (1–10)").fill("11");
  await page.getByRole("button", { name: "Spara krav" }).click();
  await expect(page.getByText("Vikt ska vara ett heltal 1–10.")).toBeVisible();
  await expect(page.getByLabel("Rubrik")).toHaveValue("Tolk vid behov");
  await page.getByLabel("Vikt (1–10)").fill("2");
  await page.getByRole("button", { name: "Spara krav" }).click();
  await expect(page.getByText("Kravet E2E-2 är tillagt.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Kravkatalog" }).getByRole("row", { name: /Tolk vid behov/ })).toContainText("Tillgänglighet");
});
