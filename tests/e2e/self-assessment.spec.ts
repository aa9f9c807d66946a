import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut, switchTenant } from "./helpers";

const CYCLE = "Boende för ensamkommande barn och unga 2020";

async function openCaleoAsProvider(page: Page) {
  await signIn(page, "utforare@caleo.demo");
  await switchTenant(page, "Sjöviks kommun");
  await page.getByRole("link", { name: CYCLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Egenrapportering – Caleo omsorg" })).toBeVisible();
}

/** The card of one question, found by the question's text. */
const question = (page: Page, text: string) => page.locator("div.rounded-lg").filter({ has: page.locator('p[id$="-label"]', { hasText: text }) });

test("the quality developer reopens, the provider completes with autosave and submits, and it locks again", async ({ page }) => {
  // The quality developer opens Caleo's submitted self-assessment and reopens it with a reason.
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("table", { name: `Utförare i ${CYCLE}` }).getByRole("link", { name: /egenrapportering från Caleo omsorg/ }).click();
  await expect(page.getByRole("heading", { name: "Egenrapportering – Caleo omsorg" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Skäl (visas för utföraren)").fill("Kort");
  await page.getByRole("button", { name: "Öppna igen" }).click();
  await expect(page.getByText("Skriv varför egenrapporteringen öppnas igen (minst 10 tecken).")).toBeVisible();
  await page.getByLabel("Skäl (visas för utföraren)").fill("Komplettera uppgifterna om antal placerade.");
  await page.getByRole("button", { name: "Öppna igen" }).click();
  await expect(page.getByRole("note")).toContainText("Öppnad igen av kommunen: Komplettera uppgifterna om antal placerade.");
  await expect(page.getByRole("button", { name: "Öppna igen" })).toHaveCount(0);
  await signOut(page);

  // The provider sees the reason, edits with autosave, and gets clear messages for bad input.
  await openCaleoAsProvider(page);
  await expect(page.getByText("Komplettera uppgifterna om antal placerade.")).toBeVisible();
  const count = question(page, "Antal placerade barn/unga från kommunen just nu");
  await count.getByRole("textbox").fill("5");
  await expect(count.getByText("Sparat")).toBeVisible();
  const share = question(page, "Andel av personalen som har genomgått utbildning i verksamhetens värdegrund");
  await share.getByRole("textbox").fill("150");
  await expect(share.getByText("Procentsatsen kan inte vara över 100.")).toBeVisible();
  await share.getByRole("textbox").fill("95,5");
  await expect(share.getByText("Sparat")).toBeVisible();
  await expect(page.getByText("Alla svar är sparade.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A reload keeps what was saved.
  await page.reload();
  await expect(question(page, "Antal placerade barn/unga från kommunen just nu").getByRole("textbox")).toHaveValue("5");
  await expect(question(page, "Andel av personalen som har genomgått utbildning i verksamhetens värdegrund").getByRole("textbox")).toHaveValue("95,5");

  // A lost connection keeps the edit and saves it once the connection is back.
  const countAgain = question(page, "Antal placerade barn/unga från kommunen just nu");
  await page.context().setOffline(true);
  await countAgain.getByRole("textbox").fill("6");
  await expect(countAgain.getByText("Inte sparat ännu")).toBeVisible();
  await expect(countAgain.getByText("Kunde inte spara – ingen kontakt med servern. Vi försöker igen.")).toBeVisible();
  await page.context().setOffline(false);
  await expect(countAgain.getByText("Sparat")).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await expect(question(page, "Antal placerade barn/unga från kommunen just nu").getByRole("textbox")).toHaveValue("6");

  // Evidence: checked by content, not by name.
  const insurance = question(page, "Bifoga försäkringsbrev för ansvars- och egendomsförsäkring");
  const upload = insurance.getByLabel("Ladda upp underlag");
  await upload.setInputFiles({ name: "forsakring.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await expect(insurance.getByText("Filtypen stöds inte. Ladda upp pdf, docx, xlsx, png eller jpg.")).toBeVisible();
  await upload.setInputFiles({ name: "Försäkringsbrev 2020.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n") });
  await expect(insurance.getByText("Försäkringsbrev 2020.pdf är uppladdad.")).toBeVisible();
  const download = page.waitForEvent("download");
  await insurance.getByRole("link", { name: "Försäkringsbrev 2020.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("Försäkringsbrev 2020.pdf");

  // Two tabs editing the same answer: the later save meets a conflict and nothing is overwritten.
  const other = await page.context().newPage();
  await other.goto(page.url());
  const text = "Kundfokus: hur individanpassar ni insatserna och hur sker matchningen?";
  await question(other, text).getByRole("textbox").fill("Skrivet i den andra fliken.");
  await expect(question(other, text).getByText("Sparat")).toBeVisible();
  await question(page, text).getByRole("textbox").fill("Skrivet i den första fliken.");
  await expect(question(page, text).getByRole("alert")).toContainText("Svaret har ändrats någon annanstans");
  await expect(question(page, text).getByRole("alert")).toContainText("Skrivet i den andra fliken.");
  await question(page, text).getByRole("button", { name: "Använd det sparade svaret" }).click();
  await expect(question(page, text).getByRole("textbox")).toHaveValue("Skrivet i den andra fliken.");
  await other.close();

  // Submit: read-only afterwards.
  await page.getByRole("button", { name: "Skicka in egenrapporteringen" }).click();
  await expect(page.getByText("Inskickad", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Skicka in egenrapporteringen" })).toHaveCount(0);
  await expect(page.getByText("Skrivet i den andra fliken.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Försäkringsbrev 2020.pdf" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signOut(page);

  // The quality developer can open it again after the submission.
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("table", { name: `Utförare i ${CYCLE}` }).getByRole("link", { name: /egenrapportering från Caleo omsorg/ }).click();
  await page.getByLabel("Skäl (visas för utföraren)").fill("Bifoga även UC-utdraget, tack.");
  await page.getByRole("button", { name: "Öppna igen" }).click();
  await expect(page.getByRole("note")).toContainText("Bifoga även UC-utdraget, tack.");
});
