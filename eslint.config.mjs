import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The domain logic stays framework-free (docs/architecture.md).
    files: ["lib/domain/**", "lib/scoring/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "react", "react/*", "@prisma/*", "@/lib/generated/*", "@/lib/db/*"], message: "lib/domain och lib/scoring är ren TypeScript utan ramverk." }] },
      ],
    },
  },
];

export default config;
