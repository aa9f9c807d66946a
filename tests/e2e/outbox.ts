import { expect, type Browser } from "@playwright/test";
import { signIn } from "./helpers";

/** The path and query of the link in the newest outbox message to `to`, as an admin of Sjöviks kommun sees it. */
export async function linkFromOutbox(browser: Browser, to: string, path: string): Promise<string> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const admin = await context.newPage();
  await signIn(admin, "admin@sjovik.demo");
  await admin.goto("/admin/utskick");
  const body = await admin.getByRole("listitem").filter({ hasText: `Till ${to}` }).first().locator("pre").textContent();
  await context.close();
  const match = body?.match(new RegExp(`https?://\\S+${path.replace(/\//g, "\\/")}\\?token=[A-Za-z0-9_-]+`));
  expect(match, `ingen länk till ${to} i utskicken`).not.toBeNull();
  const url = new URL(match![0]);
  return url.pathname + url.search;
}
