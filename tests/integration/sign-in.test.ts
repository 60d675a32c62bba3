// Signing in through the real server action: wrong passwords, the lockout after repeated failures,
// and deactivated accounts. Writes sign-in attempts, so it has a database of its own.
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, request, submit } from "./support/next-request";
import { signIn } from "@/lib/actions/auth";
import { IDLE } from "@/lib/actions/state";
import { LOCKOUT_FAILURES, ADDRESS_LOCKOUT_FAILURES } from "@/lib/auth/lockout";
import { getAuth } from "@/lib/auth/auth";
import * as authRoute from "@/app/api/auth/[...all]/route";

const { db } = await startFreshDatabase();

/** Make the next calls come from this client address, as the server would say it (no session). */
function fromAddress(address: string) {
  request.headers = new Headers({ "x-rollout-client-address": address });
}

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

  it("30 wrong passwords at once for one email: only the first five are checked, the rest are refused as locked", async () => {
    fromAddress("192.0.2.30");
    const email = "viewer@example.nhs.uk";
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => submit(signIn, IDLE, { email, password: `parallel-guess-${i}` })));
    const messages = results.map((r) => (r.saved ? "saved" : (r.state.fieldErrors?.email ?? "")));
    expect(messages.filter((m) => m === "Enter a correct email address and password")).toHaveLength(LOCKOUT_FAILURES);
    expect(messages.filter((m) => m.startsWith("Too many failed sign-ins for this email address"))).toHaveLength(30 - LOCKOUT_FAILURES);
    expect(await db.signInAttempt.count({ where: { email, address: "192.0.2.30" } })).toBe(LOCKOUT_FAILURES);
  });

  it("a lock on one email from one address does not lock its owner out elsewhere, and one address guessing many emails is stopped", async () => {
    const email = "analyst@example.nhs.uk";
    fromAddress("198.51.100.7");
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await submit(signIn, IDLE, { email, password: `someone-elses-guess-${i}` });
    const attacker = await submit(signIn, IDLE, { email, password: "rollout-demo" });
    expect(attacker.saved ? null : attacker.state.fieldErrors?.email).toMatch(/^Too many failed sign-ins for this email address/);
    // The person themselves, at their own desk, still signs in.
    fromAddress("203.0.113.20");
    expect(await submit(signIn, IDLE, { email, password: "rollout-demo" })).toEqual({ saved: true, url: "/" });

    // Spraying: one address trying one password on many emails.
    fromAddress("198.51.100.99");
    for (let i = 0; i < ADDRESS_LOCKOUT_FAILURES; i++) await submit(signIn, IDLE, { email: `person-${i}@example.nhs.uk`, password: "Winter2008!!" });
    const sprayed = await submit(signIn, IDLE, { email: "admin@example.nhs.uk", password: "rollout-demo" });
    expect(sprayed.saved ? null : sprayed.state.fieldErrors?.email).toMatch(/^Too many failed sign-ins from your network\. Try again after \d{2}:\d{2}/);
  });

  it("better-auth's own endpoints for signing in and changing an account are not served, whatever headers are sent", async () => {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      authRoute.POST(
        new Request(`http://localhost:3000/api/auth${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost:3000", ...headers },
          body: JSON.stringify(body),
        }),
      );
    for (let i = 0; i < 3; i++) {
      const response = await post("/sign-in/email", { email: "board@example.nhs.uk", password: "rollout-demo" }, { "x-forwarded-for": `10.0.0.${i}` });
      expect(response.status).toBe(404);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    for (const path of [
      "/sign-up/email",
      "/update-user",
      "/change-password",
      "/change-email",
      "/delete-user",
      "/revoke-sessions",
      "/request-password-reset",
      "/reset-password",
    ]) {
      expect((await post(path, { name: "Renamed", newPassword: "a-new-password-1", currentPassword: "rollout-demo" })).status).toBe(404);
    }
    const get = (path: string) => authRoute.GET(new Request(`http://localhost:3000/api/auth${path}`));
    expect((await get("/get-session")).status).toBe(404);
    expect((await get("/list-sessions")).status).toBe(404);
    expect((await get("/ok")).status).toBe(404);
    // Single sign-on's callback is served only when single sign-on is configured (it is not here).
    expect((await get("/oauth2/callback/oidc?code=x&state=y")).status).toBe(404);
    expect(await db.user.count({ where: { name: "Renamed" } })).toBe(0);
  });

  it("a deactivated account gets no session from better-auth's API either", async () => {
    await db.user.update({ where: { email: "manager@example.nhs.uk" }, data: { deactivatedAt: new Date() } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "manager@example.nhs.uk" }, select: { id: true } });
    await expect(getAuth().api.signInEmail({ body: { email: "manager@example.nhs.uk", password: "rollout-demo" } })).rejects.toThrow(/deactivated/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("better-auth's served endpoints are rate limited per client address, counted in the database", async () => {
    const get = (address: string) =>
      authRoute.GET(new Request("http://localhost:3000/api/auth/error?error=state_mismatch", { headers: { "x-rollout-client-address": address } }));
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await get("192.0.2.77")).status);
    expect(
      statuses.slice(0, 30).every((s) => s < 400),
      statuses.join(","),
    ).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    // Another address is not held back, and the count lives in the rateLimit table (shared by every process).
    expect((await get("192.0.2.78")).status).toBeLessThan(400);
    expect(await db.rateLimit.count({ where: { key: { contains: "192.0.2.77" } } })).toBe(1);
  });

  it("a single sign-on callback passes the same limits and lands in the same attempt log as the password form", async () => {
    const { beforeSessionCreated } = await import("@/lib/auth/hooks");
    const user = await db.user.findUniqueOrThrow({ where: { email: "board@example.nhs.uk" }, select: { id: true } });
    const callback = (address: string) => ({ path: "/oauth2/callback/oidc", headers: new Headers({ "x-rollout-client-address": address }) });
    const attempts = () => db.signInAttempt.count({ where: { email: "board@example.nhs.uk", address: "192.0.2.150", succeeded: true } });
    const before = await attempts();
    await expect(beforeSessionCreated({ userId: user.id }, callback("192.0.2.150"))).resolves.toBeUndefined();
    expect(await attempts()).toBe(before + 1);
    // Five failures from an address lock single sign-on from there too.
    fromAddress("192.0.2.151");
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await submit(signIn, IDLE, { email: "board@example.nhs.uk", password: `sso-guess-${i}` });
    await expect(beforeSessionCreated({ userId: user.id }, callback("192.0.2.151"))).rejects.toThrow(/Too many failed sign-ins/);
    // A session made on the server for other reasons (not a callback) only checks the account is active.
    await expect(beforeSessionCreated({ userId: user.id }, null)).resolves.toBeUndefined();
  });
});
