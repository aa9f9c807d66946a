import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

const CYCLE = "Boende för ensamkommande barn och unga 2020";

test("the cycle overview sorts, filters and chooses columns, and its XLSX export opens with the same rows", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: CYCLE }).first().click();
  const table = page.getByRole("table", { name: `Översikt över ${CYCLE}` });
  await expect(table.getByRole("row")).toHaveCount(10);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("combobox", { name: "Kvalitetsmognad" }).selectOption({ label: "Fullgod kvalitetsmognad med visst utvecklingsbehov" });
  await expect(page.getByText("6 av 9 utförare")).toBeVisible();
  await table.getByRole("button", { name: /Sammanvägt/ }).click();
  await table.getByRole("button", { name: /Sammanvägt/ }).click();
  await expect(table.getByRole("columnheader", { name: /Sammanvägt/ })).toHaveAttribute("aria-sort", /ascending|descending/);
  await page.getByText("Kolumner", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Skäl för urval" }).uncheck();
  await expect(table.getByRole("columnheader", { name: /Skäl för urval/ })).toHaveCount(0);

  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((text) => text.replace(/[▲▼↕]/g, "").trim());
  const names = await table.locator("tbody tr td:first-child").allInnerTexts();
  expect(names).toHaveLength(6);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportera till Excel (XLSX)" }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Översikt")!;
  const cells = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1).map((value) => String(value ?? ""));
  expect(cells(1)).toEqual(headers);
  expect(sheet.rowCount).toBe(1 + names.length);
  expect(Array.from({ length: names.length }, (_, index) => cells(index + 2)[0])).toEqual(names);
});

test("the supervision checklist shows items × providers with counts and comments", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: CYCLE }).first().click();
  await page.getByRole("link", { name: "Tillsynspunkter per utförare" }).click();
  const matrix = page.getByRole("table", { name: `Tillsynspunkter per utförare, ${CYCLE}` });
  const row = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^TS-10 / }) });
  await expect(row.getByRole("cell")).toHaveCount(9 + 4 + 1);
  await expect(row).toContainText("Pågår");
  await expect(row.getByRole("cell").nth(9)).toHaveText("8");
  await expect(row.getByRole("cell").nth(11)).toHaveText("1");
  await expectNoSeriousAxeViolations(page);
});
