/**
 * `npm run db:app-role -- <password>`: creates or updates the role the app should connect as
 * (kvalitet_app: no ownership, so row-level security applies) in DATABASE_URL's database, which
 * must be given as the tables' owner. Prints the URL to use as the app's DATABASE_URL.
 */
import { ensureAppRole } from "../../lib/db/app-role";

const password = process.argv[2];
if (!process.env.DATABASE_URL || !password || password.length < 16) {
  console.error("Användning: DATABASE_URL=<ägarens adress> npm run db:app-role -- <lösenord med minst 16 tecken>");
  process.exit(2);
}
const url = await ensureAppRole(process.env.DATABASE_URL, password);
console.log(`Rollen är klar. Starta appen med DATABASE_URL=${url.replace(encodeURIComponent(password), "<lösenordet>")}`);
