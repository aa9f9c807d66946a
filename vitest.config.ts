import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts") };

export default defineConfig({
  resolve: { tsconfigPaths: true, alias },
  test: {
    hookTimeout: 60_000,
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/setup-db.ts"],
        },
      },
    ],
  },
});
