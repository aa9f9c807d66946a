/**
 * Runs before each integration test file: clones the seeded template into a database of the
 * file's own and points DATABASE_URL at it before any app module is imported.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureDatabase } from "../../lib/db/embedded";

const adminUrl = inject("pgAdminUrl");
const database = `t_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
await ensureDatabase(adminUrl, database, "template_app");
const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
