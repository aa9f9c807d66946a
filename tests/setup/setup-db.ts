/**
 * Runs before each integration test file: clones the seeded template into a database of the
 * file's own. DATABASE_URL (what the app uses) connects as the app role, under row-level
 * security; ADMIN_DATABASE_URL connects as the owner, for fixtures and checks.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { APP_ROLE } from "../../lib/db/app-role";
import { ensureDatabase } from "../../lib/db/embedded";

const adminUrl = inject("pgAdminUrl");
const database = `t_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
await ensureDatabase(adminUrl, database, "template_app");

const owner = new URL(adminUrl);
owner.pathname = `/${database}`;
const app = new URL(owner);
app.username = APP_ROLE;
app.password = encodeURIComponent(inject("pgAppPassword"));
process.env.ADMIN_DATABASE_URL = owner.toString();
process.env.DATABASE_URL = app.toString();
process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "kvalitet-uploads-"));
