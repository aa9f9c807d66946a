import { defineConfig } from "prisma/config";

// The Prisma CLI is used offline only for `generate` and `validate`; migrations are
// applied by scripts/migrate.ts and created by scripts/migration-new.ts (see docs/architecture.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/kvalitet" },
});
