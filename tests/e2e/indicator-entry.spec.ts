import { expect, test, type Locator } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

/** A block as Excel puts it on the clipboard, pasted where `cell` has focus. */
async function pasteInto(cell: Locator, text: string) {
  await cell.focus();
  await cell.evaluate((element, block) => {
    const data = new DataTransfer();
    data.setData("text/plain", block);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a social secretary reports indicators with the keyboard and by pasting from a spreadsheet, saves, and clears them again", async ({ page }) => {
  await signIn(page, "socialsekreterare@sjovik.demo");
  await page.getByRole("link", { name: "Indikatorer" }).click();
  await page.getByRole("link", { name: "Rapportera indikatorer" }).click();
  await page.getByRole("combobox", { name: "År" }).selectOption("2021");
  await page.getByRole("button", { name: "Visa" }).click();
  const grid = page.getByRole("grid", { name: "Indikatorer 2021, en rad per placering" });
  await expect(grid).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Alla ändringar är sparade.");

  // The active-leisure column applies to every age: the third indicator, the fourth column.
  const leisure = (row: number) => grid.getByRole("row").nth(row + 1).getByRole("gridcell").nth(2);
  await leisure(0).focus();
  await page.keyboard.press("j");
  await expect(leisure(1)).toBeFocused();
  await page.keyboard.press("n");
  await expect(leisure(0)).toContainText("Ja");
  await expect(leisure(1)).toContainText("Nej");
  await expect(page.getByRole("status")).toHaveText("2 ändringar är inte sparade ännu.");

  await pasteInto(leisure(2), "ja\nnej\nkanske\n");
  await expect(page.getByRole("list", { name: "Resultat av inklistringen" })).toContainText("Rad 3, kolumn 1: ”kanske” är varken ja eller nej.");
  await expect(leisure(3)).toContainText("Nej");
  await expect(leisure(4)).toContainText("–");
  await expect(page.getByRole("button", { name: "Spara 4 ändringar" })).toBeEnabled();
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status")).toHaveText("4 värden sparade.");
  await page.reload();
  await expect(leisure(0)).toContainText("Ja");
  await expect(leisure(3)).toContainText("Nej");
  await expect(grid.getByRole("columnheader", { name: /aktiv fritid/ })).toContainText("4 av");

  // Clear them again with Delete (the shared demo database has nothing for 2021).
  await leisure(0).focus();
  for (let row = 0; row < 4; row += 1) {
    await page.keyboard.press("Delete");
    await page.keyboard.press("ArrowDown");
  }
  await page.getByRole("button", { name: "Spara 4 ändringar" }).click();
  await expect(page.getByRole("status")).toHaveText("4 värden borttagna.");
});

test("a quality developer defines an indicator, is told what is wrong with a bad code, and deactivates it", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.goto("/indikatorer/definitioner");
  await expect(page.getByRole("table", { name: "Indikatorer" })).toContainText("EXTRAJOBB");
  await page.getByRole("textbox", { name: "Kod", exact: true }).fill("skol närvaro");
  await page.getByRole("textbox", { name: "Namn", exact: true }).fill("Andel med minst 80 % närvaro i skolan");
  await page.getByRole("checkbox", { name: "0–15 år" }).check();
  await page.getByRole("button", { name: "Skapa indikator" }).click();
  await expect(page.getByText("Koden ska vara 2–40 tecken")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "0–15 år" })).toBeChecked();
  await page.getByRole("textbox", { name: "Kod", exact: true }).fill("skolnarvaro");
  await page.getByRole("button", { name: "Skapa indikator" }).click();
  const row = page.getByRole("row").filter({ hasText: "Andel med minst 80 % närvaro i skolan" });
  await expect(row).toContainText("SKOLNARVARO");
  await expect(row).toContainText("0–15 år");
  await expectNoSeriousAxeViolations(page);

  await row.getByRole("link", { name: /Ändra/ }).click();
  await page.getByRole("checkbox", { name: /Aktiv/ }).uncheck();
  await page.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(page.getByText("Indikatorn är ändrad.")).toBeVisible();
  await page.goto("/indikatorer/definitioner");
  await expect(page.getByRole("row").filter({ hasText: "Andel med minst 80 % närvaro i skolan" })).toContainText("Inaktiv");
});
