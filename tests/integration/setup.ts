// Runs in each test worker before the test files: points lib/env (and so lib/db's getDb()) at the
// database that global-setup.ts prepared. Nothing may call lib/db before this has run.
import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));

// Sessions are signed with this in the tests (the launcher makes a real one for `npm start`).
process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";

// The tests run outside a Next.js request: next/headers answers with the session of support/next-request's
// actAs, a redirect throws the way Next.js does, and revalidation does nothing.
vi.mock("next/headers", async () => (await import("./support/next-request")).nextHeadersMock());
vi.mock("next/navigation", async () => (await import("./support/next-request")).nextNavigationMock());
vi.mock("next/cache", async () => (await import("./support/next-request")).nextCacheMock());
