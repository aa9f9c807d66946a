import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-credentials";
import { linkFromOutbox } from "./outbox";
import { signIn, signOut, submitSignIn } from "./helpers";

test("a person who forgot the password gets a link, chooses a new one, and can change it back", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glömt lösenordet" })).toBeVisible();
  await page.getByLabel("E-postadress").fill("lasare@sjovik.demo");
  await page.getByRole("button", { name: "Skicka länk" }).click();
  await expect(page.getByText("Om adressen hör till ett konto med lösenord har vi skickat en länk")).toBeVisible();

  const link = await linkFromOutbox(browser, "lasare@sjovik.demo", "/login/aktivera");
  await page.goto(link);
  await page.getByLabel("Nytt lösenord").fill("ett-nytt-losenord-42");
  await page.getByLabel("Upprepa lösenordet").fill("ett-nytt-losenord-42");
  await page.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(page.getByText("Ditt lösenord är sparat.")).toBeVisible();

  await submitSignIn(page, "lasare@sjovik.demo", DEMO_PASSWORD);
  await expect(page.getByText("Fel e-postadress eller lösenord.")).toBeVisible();
  await signIn(page, "lasare@sjovik.demo", "ett-nytt-losenord-42");

  // Back to the demo password through the account page, which ends the session.
  await page.getByRole("link", { name: "Mitt konto" }).click();
  await page.getByLabel("Nuvarande lösenord").fill("ett-nytt-losenord-42");
  await page.getByLabel("Nytt lösenord (minst 12 tecken)").fill(DEMO_PASSWORD);
  await page.getByLabel("Upprepa det nya lösenordet").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(page.getByText("Ditt lösenord är bytt och alla inloggningar är avslutade.")).toBeVisible();
  await signIn(page, "lasare@sjovik.demo");
  await signOut(page);

  // The link was single-use.
  await page.goto(link);
  await page.getByLabel("Nytt lösenord").fill("ett-annat-losenord-7");
  await page.getByLabel("Upprepa lösenordet").fill("ett-annat-losenord-7");
  await page.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(page.getByText("Länken är ogiltig, redan använd eller för gammal.")).toBeVisible();
});
