// Signing in through the real server action: wrong passwords, the lockout after repeated failures,
// and deactivated accounts. Writes sign-in attempts, so it has a database of its own.
import { describe, expect, it, vi } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, nextCacheMock, nextHeadersMock, nextNavigationMock, submit } from "./support/next-request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/navigation", () => nextNavigationMock());
vi.mock("next/cache", () => nextCacheMock());

await startFreshDatabase();
const { signIn } = await import("@/lib/actions/auth");
const { IDLE } = await import("@/lib/actions/state");
const { getDb } = await import("@/lib/db");
const { LOCKOUT_FAILURES } = await import("@/lib/auth/lockout");

const db = getDb();

describe("signing in", () => {
  it("a correct password signs in and goes back to the page asked for, never to another site", async () => {
    await actAs(null);
    const result = await submit(signIn, IDLE, { email: "Viewer@Example.nhs.uk ", password: "rollout-demo", next: "/trusts/kingston?asOf=2009-02-11" });
    expect(result).toEqual({ saved: true, url: "/trusts/kingston?asOf=2009-02-11" });
    const offsite = await submit(signIn, IDLE, { email: "viewer@example.nhs.uk", password: "rollout-demo", next: "//evil.example/" });
    expect(offsite).toEqual({ saved: true, url: "/" });
  });

  it("a wrong password gets one message that does not say which part was wrong, and keeps the email but not the password", async () => {
    await actAs(null);
    const result = await submit(signIn, IDLE, { email: "viewer@example.nhs.uk", password: "wrong-password-1" });
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(result.state.fieldErrors).toEqual({ email: "Enter a correct email address and password" });
    const fields = (result.state as { fields?: Record<string, string> }).fields;
    expect(fields?.email).toBe("viewer@example.nhs.uk");
    expect(fields).not.toHaveProperty("password");
    const unknown = await submit(signIn, IDLE, { email: "nobody@example.nhs.uk", password: "wrong-password-1" });
    expect(unknown.saved ? null : unknown.state.fieldErrors).toEqual({ email: "Enter a correct email address and password" });
  });

  it(`locks an email out after ${5} failures in a row, even for the right password`, async () => {
    await actAs(null);
    const email = "board@example.nhs.uk";
    for (let i = 0; i < LOCKOUT_FAILURES; i++) {
      const failed = await submit(signIn, IDLE, { email, password: `guess-number-${i}` });
      expect(failed.saved).toBe(false);
    }
    const locked = await submit(signIn, IDLE, { email, password: "rollout-demo" });
    expect(locked.saved).toBe(false);
    expect(locked.saved ? null : locked.state.fieldErrors?.email).toMatch(/^Too many failed sign-ins for this email address\. Try again after \d{2}:\d{2}/);
    // Another person's account is not affected.
    expect((await submit(signIn, IDLE, { email: "analyst@example.nhs.uk", password: "rollout-demo" })).saved).toBe(true);
  });

  it("a deactivated account cannot sign in, and says so once the password is right", async () => {
    await actAs(null);
    await db.user.update({ where: { email: "manager@example.nhs.uk" }, data: { deactivatedAt: new Date() } });
    const result = await submit(signIn, IDLE, { email: "manager@example.nhs.uk", password: "rollout-demo" });
    expect(result.saved ? null : result.state.fieldErrors?.email).toMatch(/This account has been deactivated/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "manager@example.nhs.uk" }, select: { id: true } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("bad input gets a message per field", async () => {
    await actAs(null);
    const result = await submit(signIn, IDLE, { email: "not an email", password: "" });
    expect(result.saved ? null : result.state.fieldErrors).toEqual({
      email: "Enter an email address in the correct format, like name@example.nhs.uk",
      password: "Enter your password",
    });
  });
});
