import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// The layers (ARCHITECTURE.md): lib/domain is the rules, pure, and reads nothing; components draw what a
// page gives them and fetch nothing (types from lib/data are fine: they describe the props).
const IO = ["server-only", "pg", "pg-*", "@prisma/*", "next", "next/*", "react", "react-dom", "node:*", "fs", "path", "exceljs", "feed"];
const LIB_IO = [
  "db",
  "db/*",
  "data/*",
  "derived/*",
  "mutations/*",
  "actions/*",
  "server/*",
  "exports/*",
  "api/*",
  "import/*",
  "auth/session",
  "generated/*",
  "env",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: IO, message: "lib/domain is the rules: pure functions of their arguments, with no I/O, framework or database." },
            {
              group: LIB_IO.flatMap((p) => [`../${p}`, `@/lib/${p}`]),
              message: "lib/domain imports only lib/domain (and pure libraries): read in lib/data, pass the facts in.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/data/*", "@/lib/db", "@/lib/db/*", "@/lib/derived/*", "@/lib/mutations/*", "@/lib/generated/*", "pg"],
              allowTypeImports: true,
              message: "Components do not fetch: the page reads (lib/data) and passes props. Importing a type is fine.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**"]),
]);
