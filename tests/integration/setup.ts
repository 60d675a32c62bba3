// Runs in each test worker before the test files: points lib/env (and so lib/db's getDb()) at the
// database that global-setup.ts prepared. Nothing may import lib/db before this has run.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));

// Sessions are signed with this in the tests (the launcher makes a real one for `npm start`).
process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
