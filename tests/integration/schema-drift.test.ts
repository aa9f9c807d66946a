import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, SCHEMA_PATH } from "@/lib/db/schema-engine";

// Prisma's own differ (the wasm schema engine) replays the migrations into a shadow database
// and compares the result with schema.prisma, as `prisma migrate diff` does.
describe("schema.prisma and prisma/migrations", () => {
  it("agree: every schema change has its migration (create one with `npm run db:migration:new -- <name>`)", async () => {
    const diff = await diffMigrationsToSchema(process.env.ADMIN_DATABASE_URL as string);
    expect(diff.sql, "schema.prisma har ändringar som saknar migrering").toBe("");
    expect(diff.differs).toBe(false);
  }, 60_000);

  it("disagree as soon as the schema gains a field without a migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = schema.replace("model Provider {\n", "model Provider {\n  driftProbe String?\n");
    expect(changed).not.toBe(schema);
    const diff = await diffMigrationsToSchema(process.env.ADMIN_DATABASE_URL as string, { schemaText: changed });
    expect(diff.differs).toBe(true);
    expect(diff.sql).toContain(`ADD COLUMN     "driftProbe" TEXT`);
  }, 60_000);
});
