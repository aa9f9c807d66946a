import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

test("the target-group tables give seed 000's figures on 31 August 2020, and show what publishing would hide", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Placeringar" }).click();
  await page.getByRole("link", { name: /Målgrupp/ }).click();
  await expect(page.getByRole("heading", { name: "Målgrupp" })).toBeVisible();
  await page.getByLabel("Datum", { exact: true }).fill("2020-08-31");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByText("81 unga var placerade den 2020-08-31, varav 13 flickor.")).toBeVisible();
  const forms = page.getByRole("table", { name: "Placeringsform" });
  const countOf = (table: typeof forms, label: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) }).getByRole("cell");
  for (const [label, count] of [["Jourhem", "9"], ["Familjehem", "14"], ["HVB", "4"], ["Stödboende", "18"], ["Träningslägenhet", "24"], ["Eget boende", "12"]]) {
    await expect(countOf(forms, label!)).toHaveText(count!);
  }
  await expect(countOf(page.getByRole("table", { name: "Asylstatus" }), "PUT")).toHaveText("55");
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("combobox", { name: "Visning" }).selectOption({ label: "Som vid publicering" });
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(countOf(forms, "HVB")).toHaveText("färre än 5");
  await expect(countOf(page.getByRole("table", { name: "Asylstatus" }), "Avslag")).toHaveText("färre än 5");
});
