/**
 * The role the app connects as: not the tables' owner and not a superuser, so PostgreSQL's
 * row-level security applies to every query it makes. Plain Node, for scripts and tests.
 */
import pg from "pg";

export const APP_ROLE = "kvalitet_app";

/** Creates or updates the app role and grants it data access (never DDL) in the database; returns its URL. */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = pg.escapeIdentifier(APP_ROLE);
    const secret = pg.escapeLiteral(password);
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    await client.query(
      exists.rowCount
        ? `ALTER ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${secret}`
        : `CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${secret}`,
    );
    const database = pg.escapeIdentifier(new URL(ownerUrl).pathname.slice(1));
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${role}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}
