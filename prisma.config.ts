import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, and migrate while authoring migrations).
// The app applies committed migrations itself at start: see lib/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
