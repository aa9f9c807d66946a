import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn } from "./helpers";

const TITLE = "Boende för ensamkommande barn/unga – Kvalitetsrapport 2020";

test("a quality developer edits a section, exports PDF, DOCX and XLSX, and publishes; an anonymous visitor reads the public page", async ({ page, browser }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Rapporter", exact: true }).click();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole("table", { name: /Placerade unga per placeringsform/ })).toContainText("Träningslägenhet");
  await expect(page.getByText("Nöjdhetsuppföljning ensamkommande 2020: 69 av 96 svarade (71,9 %).")).toBeVisible();

  const summary = page.getByRole("textbox", { name: "Sammanfattning", exact: true });
  await expect(summary).toHaveValue(/^Av de 9 uppföljda utförarna bedöms 2 ha särskilt god kvalitetsmognad/);
  await summary.fill("Utförarna håller överlag god kvalitet. Två utförare utmärker sig som särskilt kvalitetsmogna.");
  // Every editor starts as "Sparat"; wait for this one's edit to be saved.
  await expect(page.getByText("Ändrat – sparas strax")).toHaveCount(1);
  await expect(page.getByText("Ändrat – sparas strax")).toHaveCount(0);
  await expect(page.getByText(/Sparar…|Inte sparat/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Sammanfattning", exact: true })).toHaveValue(/^Utförarna håller överlag god kvalitet\./);
  await expectNoSeriousAxeViolations(page);

  for (const [button, magic] of [["PDF", "%PDF"], ["Word (DOCX)", "PK"], ["Excel (XLSX)", "PK"]] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: button, exact: true }).click();
    const file = await download;
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, magic.length).toString("latin1"), button).toBe(magic);
    await expect(page.getByRole("status").filter({ hasText: `${button} är klar och laddas ned.` })).toBeVisible();
    if (button === "Excel (XLSX)") {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const forms = workbook.worksheets.find((sheet) => String(sheet.getCell("A1").value).startsWith("Placerade unga per placeringsform"))!;
      expect(forms.getRow(4).values).toEqual([undefined, "Familjehem", 14]);
    }
  }

  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  const published = page.getByRole("status").filter({ hasText: "Rapporten är publicerad på" });
  await expect(published).toBeVisible();
  const publicPath = /(\/rapporter\/[^ ]+)\.$/.exec((await published.textContent()) ?? "")![1]!;

  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await visitor.goto(publicPath);
  await expect(visitor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(visitor.getByText("Utförarna håller överlag god kvalitet.")).toBeVisible();
  const forms = visitor.getByRole("table", { name: /Placerade unga per placeringsform/ });
  await expect(forms.getByRole("row").filter({ hasText: "HVB" })).toContainText("färre än 5");
  await expect(visitor.getByRole("textbox")).toHaveCount(0);
  await expectNoSeriousAxeViolations(visitor);
  await visitor.goto(publicPath.split("/").slice(0, 3).join("/"));
  await expect(visitor.getByRole("link", { name: TITLE })).toHaveAttribute("href", publicPath);
  await expectNoSeriousAxeViolations(visitor);

  await page.reload();
  await page.getByRole("button", { name: "Avpublicera" }).click();
  // The button goes with the publication, and its message with it: the page says what holds now.
  await expect(page.getByText("Utkast, inte publicerad.")).toBeVisible();
  const gone = await visitor.goto(publicPath);
  expect(gone?.status()).toBe(404);
});
