import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut } from "./helpers";

const CYCLE = "Boende för ensamkommande barn och unga 2020";
const PROVIDER = "Välfärd samhällsservice – träningsboende";
const DECISION = "Ta fram ett ledningssystem för systematiskt kvalitetsarbete.";

test("a quality developer schedules a dialogue, generates the agenda and records a decision; the provider reports on it; the quality developer sees it", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: CYCLE }).first().click();
  await page.getByRole("link", { name: "Kvalitetsdialoger" }).click();
  await expect(page.getByRole("table", { name: "Dialoger per utförare" })).toContainText(PROVIDER);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("combobox", { name: "Utförare" }).selectOption({ label: PROVIDER });
  await page.getByRole("textbox", { name: "Länk till det digitala mötet" }).fill("mote.example.se/valfard");
  await page.getByRole("button", { name: "Planera och bjud in" }).click();
  await expect(page.getByText(/Länken ska vara en https-adress/)).toBeVisible();
  await page.getByRole("textbox", { name: "Länk till det digitala mötet" }).fill("https://mote.example.se/valfard");
  await page.getByRole("checkbox", { name: /Samir Socialsekreterare/ }).check();
  await page.getByRole("button", { name: "Planera och bjud in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Kvalitetsdialog med ${PROVIDER}` })).toBeVisible();
  const dialogueUrl = page.url();
  await expect(page.getByRole("link", { name: "Kalenderfil (.ics)" })).toHaveAttribute("href", /\/kalender$/);
  await expect(page.getByRole("region", { name: "Deltagare" })).toContainText("Vilhelm på Välfärd");

  await page.getByRole("button", { name: "Hämta punkter från uppföljningen" }).click();
  await expect(page.getByText(/punkter lades till från uppföljningen/)).toBeVisible();
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: /Ej uppnått/ }) }).first();
  await expect(first).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await first.getByText("Anteckningar och beslut").click();
  await first.getByRole("textbox", { name: "Anteckningar" }).fill("Utföraren saknar beskrivna processer.");
  await first.getByRole("button", { name: "Spara punkten" }).click();
  await expect(first.getByText("Utföraren saknar beskrivna processer.").first()).toBeVisible();
  await first.getByRole("textbox", { name: "Beslut: vad ska göras?" }).fill(DECISION);
  await first.getByRole("combobox", { name: "Ansvarar" }).selectOption({ label: "Utföraren" });
  await first.getByLabel("Klar senast").fill("2027-06-30");
  await first.getByRole("button", { name: "Registrera beslutet som åtgärd" }).click();
  await expect(first.getByRole("list", { name: /Beslut under punkt/ })).toContainText(DECISION);
  await expect(first.getByRole("list", { name: /Beslut under punkt/ })).toContainText("Ej påbörjad");
  await signOut(page);

  await signIn(page, "utforare@valfard.demo");
  await page.getByRole("link", { name: "Åtgärder" }).click();
  await expect(page.getByRole("table", { name: "Mina åtgärder" })).toContainText(DECISION);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("table", { name: "Mina åtgärder" }).getByRole("link", { name: DECISION }).click();
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Pågår" });
  await page.getByRole("textbox", { name: "Vad har gjorts?" }).fill("Vi har anlitat stöd och börjat beskriva processerna.");
  await page.getByRole("button", { name: "Spara uppdateringen" }).click();
  await expect(page.getByText("Uppdateringen är sparad.")).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: "Processkarta.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n") });
  await page.getByRole("button", { name: "Ladda upp" }).click();
  await expect(page.getByText("Processkarta.pdf är uppladdad.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Processkarta.pdf" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signOut(page);

  await signIn(page, "kvalitet@sjovik.demo");
  await page.goto(dialogueUrl);
  const decisions = page.getByRole("list", { name: /Beslut under punkt/ }).first();
  await expect(decisions).toContainText("Pågår");
  await decisions.getByRole("link", { name: DECISION }).click();
  await expect(page.getByRole("list", { name: "Uppdateringar, senaste först" })).toContainText("Vilhelm på Välfärd");
  await expect(page.getByRole("list", { name: "Uppdateringar, senaste först" })).toContainText("Vi har anlitat stöd");
});

test("a quality developer adds a risk with its quality areas and a self-check to the quality plan", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await page.getByRole("link", { name: "Kvalitetsplan" }).click();
  const process = page.getByRole("article", { name: "Process: Uppföljning av placerade barn och unga" });
  await expect(process).toContainText("Barnet får inte komma till tals");
  await process.getByRole("textbox", { name: "Risk", exact: true }).fill("Dokumentationen av uppföljningsbesök brister.");
  await process.getByRole("checkbox", { name: "Kunskapsbaserad verksamhet" }).check();
  await process.getByRole("button", { name: "Lägg till risk" }).click();
  const risk = process.getByRole("listitem").filter({ hasText: "Risk 3: Dokumentationen av uppföljningsbesök brister." });
  await expect(risk).toContainText("Kunskapsbaserad verksamhet");
  await risk.getByText("Lägg till egenkontroll eller åtgärd").click();
  await risk.getByRole("textbox", { name: "Egenkontroll (vad mäts)" }).fill("Andel besök dokumenterade inom en vecka");
  await risk.getByRole("textbox", { name: "Mål", exact: true }).fill("95 %");
  await risk.getByRole("button", { name: "Lägg till egenkontroll" }).click();
  await expect(risk.getByRole("table")).toContainText("Andel besök dokumenterade inom en vecka");
  await expect(page.getByRole("group", { name: /Status för Kvalitetsplan 2020/ })).toContainText("Egenkontroller med resultat: 0 av 3");
  await expectNoSeriousAxeViolations(page);
});
