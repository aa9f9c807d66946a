import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut } from "./helpers";

const CYCLE = "Boende för ensamkommande barn och unga 2020";
const PROVIDER = "Välfärd samhällsservice – träningsboende";

async function openReview(page: Page) {
  await page.getByRole("link", { name: CYCLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: CYCLE })).toBeVisible();
  await page.getByRole("link", { name: /bedömning av Välfärd samhällsservice/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Bedömning – ${PROVIDER}` })).toBeVisible();
}

async function chooseResult(page: Page, code: string, result: string) {
  await page.getByRole("group", { name: `Bedömning av ${code}` }).getByLabel(result, { exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: "Alla svar är sparade." })).toBeVisible();
}

test("a quality developer assesses a provider with the keyboard, finalises, and sees the grade and its explanation", async ({ page }) => {
  await signIn(page, "kvalitet@sjovik.demo");
  await openReview(page);
  const grade = page.getByRole("region", { name: "Kvalitetsmognad enligt bedömningarna" });
  await expect(grade.getByText("Kritiskt krav ej uppfyllt: ET-10 Ledningssystem för systematiskt kvalitetsarbete.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The provider has shown its management system: the critical requirement is now met. Saved as typed.
  await chooseResult(page, "ET-10", "Uppnått");
  await page.getByLabel("Motivering för ET-10").fill("Ledningssystemet är beskrivet och följs upp kvartalsvis.");
  await page.getByLabel("Styrkor för ET-10").fill("Kvartalsvis uppföljning i ledningsgruppen.");
  await expect(page.getByRole("status").filter({ hasText: "Alla svar är sparade." })).toBeVisible();
  await expect(grade.getByText("Kritiskt krav ej uppfyllt: ET-10")).toHaveCount(0);

  // Alt+↓ moves from ET-10's result to the next requirement's; the arrow keys choose there.
  await page.getByRole("group", { name: "Bedömning av ET-10" }).getByLabel("Uppnått", { exact: true }).focus();
  await page.keyboard.press("Alt+ArrowDown");
  const focusedResults = page.locator("[data-requirement-card]").filter({ has: page.locator(":focus") }).locator("fieldset[data-assessment-results]");
  await expect(focusedResults).toHaveAccessibleName(/^Bedömning av /);
  await expect(focusedResults).not.toHaveAccessibleName("Bedömning av ET-10");

  await page.reload();
  await expect(page.getByLabel("Motivering för ET-10")).toHaveValue("Ledningssystemet är beskrivet och följs upp kvartalsvis.");
  await expect(page.getByText("skiljer sig från beräkningen ovan.")).toBeVisible();
  await page.getByRole("button", { name: "Ersätt den fastställda med beräkningen" }).click();
  await expect(page.getByText("Fastställd: Fullgod kvalitetsmognad med visst utvecklingsbehov.")).toBeVisible();
  await page.reload();
  await expect(grade.getByText("Fastställd nu:")).toContainText("Fullgod kvalitetsmognad med visst utvecklingsbehov");
  await expect(grade.getByRole("heading", { name: "Det som avgör nivån" })).toBeVisible();
  await expect(grade.getByRole("table", { name: "Resultat per målområde" })).toBeVisible();

  // The provider profile shows the grade history and the finalised explanation.
  await page.goto("/utforare");
  await page.getByRole("link", { name: PROVIDER }).click();
  await expect(page.getByRole("img", { name: /Kvalitetsmognad över tid/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Senast fastställda kvalitetsmognad/ })).toContainText("Fullgod kvalitetsmognad med visst utvecklingsbehov");

  // Put the shared e2e data back as the other specs expect it (Välfärd low in 2020).
  await page.goBack();
  await page.goBack();
  await chooseResult(page, "ET-10", "Ej uppnått");
  await page.reload();
  await page.getByRole("button", { name: "Ersätt den fastställda med beräkningen" }).click();
  await expect(page.getByText("Fastställd: Lägre kvalitetsmognad.")).toBeVisible();
});

test("a social secretary comments on an answer; the quality developer sees it in the review, the provider never", async ({ page }) => {
  await signIn(page, "socialsekreterare@sjovik.demo");
  await page.getByRole("link", { name: CYCLE }).first().click();
  await page.getByRole("link", { name: /Inskickad.*egenrapportering från Välfärd samhällsservice/ }).click();
  await page.getByText("Kommentera svaret").first().click();
  const comment = page.getByLabel(/^Kommentar om svaret på/).first();
  await page.getByRole("button", { name: "Lägg till kommentar" }).first().click();
  await expect(page.getByText("Skriv en kommentar.")).toBeVisible();
  await comment.fill("Ungdomarna beskriver samma sak vid uppföljningsbesöken.");
  await page.getByRole("button", { name: "Lägg till kommentar" }).first().click();
  await expect(page.getByText("Kommentaren är sparad.")).toBeVisible();
  await expect(page.getByText("Ungdomarna beskriver samma sak vid uppföljningsbesöken.")).toBeVisible();
  const selfAssessmentUrl = page.url();
  await signOut(page);

  await signIn(page, "kvalitet@sjovik.demo");
  await openReview(page);
  await expect(page.getByText("Ungdomarna beskriver samma sak vid uppföljningsbesöken.")).toBeVisible();
  await signOut(page);

  await signIn(page, "utforare@valfard.demo");
  await page.goto(selfAssessmentUrl);
  await expect(page.getByRole("heading", { level: 1, name: /Egenrapportering/ })).toBeVisible();
  await expect(page.getByText("Ungdomarna beskriver samma sak")).toHaveCount(0);
  await signOut(page);

  // Leave the shared data as it was.
  await signIn(page, "socialsekreterare@sjovik.demo");
  await page.goto(selfAssessmentUrl);
  await page.getByRole("button", { name: "Ta bort kommentaren" }).click();
  await expect(page.getByText("Ungdomarna beskriver samma sak")).toHaveCount(0);
});
