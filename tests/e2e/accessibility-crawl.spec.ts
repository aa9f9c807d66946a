import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations, signIn, signOut } from "./helpers";

/**
 * WCAG 2.1 AA as a public-sector requirement: for every role, every kind of page it can reach by
 * following links from its start page (one page per route shape, ids replaced) is checked with axe.
 * The same walk checks the Content Security Policy: sent on every page, and nothing the app itself
 * does is refused by it.
 */
const ROLES = ["admin@sjovik.demo", "kvalitet@sjovik.demo", "socialsekreterare@sjovik.demo", "lasare@sjovik.demo", "utforare@caleo.demo"];
const MAX_PAGES = 45;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

const shapeOf = (path: string) => path.replace(UUID, ":id");

async function sameOriginLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && !url.pathname.startsWith("/api/") && !url.pathname.startsWith("/login"))
    .map((url) => url.pathname);
}

for (const email of ROLES) {
  test(`every page ${email} can reach has no serious or critical axe violations`, async ({ page }) => {
    test.setTimeout(180_000);
    // The browser reports what the policy refuses as a DOM event; collect them in the page.
    await page.addInitScript(() => {
      const found: string[] = [];
      Object.assign(window, { cspViolations: found });
      document.addEventListener("securitypolicyviolation", (event) => found.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    const refused: string[] = [];
    await signIn(page, email);
    const queue = ["/"];
    const seen = new Set<string>();
    const checked: string[] = [];
    while (queue.length && checked.length < MAX_PAGES) {
      const path = queue.shift()!;
      const shape = shapeOf(path);
      if (seen.has(shape)) continue;
      seen.add(shape);
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      await expectNoSeriousAxeViolations(page).catch((error: Error) => {
        throw new Error(`${path}: ${error.message}`);
      });
      await page.waitForLoadState("networkidle");
      for (const violation of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)) refused.push(`${path}: ${violation}`);
      checked.push(shape);
      for (const link of await sameOriginLinks(page)) if (!seen.has(shapeOf(link))) queue.push(link);
    }
    // Each role reaches a good part of the app; the count guards against a crawl that silently stops.
    expect(refused).toEqual([]);
    expect(checked.length, checked.join("\n")).toBeGreaterThanOrEqual(email.startsWith("utforare") ? 4 : 12);
    test.info().annotations.push({ type: "sidor", description: `${checked.length}: ${checked.join(", ")}` });
    await signOut(page);
  });
}
