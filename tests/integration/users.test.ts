// People and the audit trail against the real database of the run: invitations, roles,
// deactivation (sessions end at once), lost-update refusals, and no secret in the trail.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, has: () => false }),
}));

import { createHash } from "node:crypto";
import { executeMutation, type Change, type MutationSpec } from "@/lib/actions/mutation";
import type { ActionState } from "@/lib/actions/state";
import { getAuth } from "@/lib/auth/auth";
import { DEMO_ACCOUNTS } from "@/lib/auth/accounts";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/roles";
import { getActor } from "@/lib/auth/session";
import ExcelJS from "exceljs";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/data/audit";
import { fetchExport } from "./support/export-route";
import { sessionCookieFor } from "./support/next-request";
import { getDb } from "@/lib/db";
import { acceptInvitation, deactivateUser, inviteUser, reactivateUser, setUserRoles } from "@/lib/mutations/users";
import { parseAuditQuery } from "@/lib/validation/audit";

type Outcome = ActionState | { status: "redirect"; url: string };

const db = () => getDb();
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

/** A redirect is how a saved change ends: treated here as success, with where it went. */
async function redirected(run: () => Promise<ActionState>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") return { status: "redirect", url: (error as Error & { url: string }).url };
    throw error;
  }
}

const run = <T, C extends Change>(spec: MutationSpec<T, C>, fd: FormData, actor: Actor) => redirected(() => executeMutation(spec, fd, actor));

async function actorOf(email: string): Promise<Actor> {
  const user = await db().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, roles: { select: { role: true } } },
  });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role) };
}

/** The person's version as a page opened now would post it. */
const versionOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
/** `by` sets a person's roles, or deactivates them, from a page opened now. */
const setRolesAs = async (by: Actor, userId: string, role: Role) =>
  run(
    setUserRoles,
    form([
      ["userId", userId],
      ["version", String(await versionOf(userId))],
      ["roles", role],
    ]),
    by,
  );
const deactivateAs = async (by: Actor, userId: string) =>
  run(
    deactivateUser,
    form([
      ["userId", userId],
      ["version", String(await versionOf(userId))],
    ]),
    by,
  );

let admin: Actor;
const demo: Record<string, Actor> = {};

beforeAll(async () => {
  for (const account of DEMO_ACCOUNTS) demo[account.email] = await actorOf(account.email);
  admin = demo["admin@example.nhs.uk"]!;
});

afterAll(async () => {
  await db().$disconnect();
});

const tokenOf = (link: string) => new URL(link).pathname.replace(/^\/invitation\//, "");
const PASSWORD = () => `correct horse battery ${unique()}`;

/** An admin invites; returns the one-time link's token as the admin was shown it. */
async function invite(email: string, roles: Role[] = ["ANALYST"], name = "Test Person"): Promise<{ token: string; state: ActionState }> {
  const state = (await run(inviteUser, form([["name", name], ["email", email], ...roles.map((r): [string, string] => ["roles", r])]), admin)) as ActionState;
  expect(state.status, JSON.stringify(state)).toBe("success");
  return { token: tokenOf(state.fields!.inviteLink!), state };
}

const accept = (token: string, password: string, confirm = password) =>
  redirected(() =>
    acceptInvitation(
      form([
        ["token", token],
        ["password", password],
        ["confirmPassword", confirm],
      ]),
    ),
  );

/** A new account made the way people get one: invited, then the invitee sets a password. */
async function newPerson(roles: Role[] = ["ANALYST"]) {
  const email = `person-${unique()}@example.nhs.uk`;
  const password = PASSWORD();
  const { token } = await invite(email, roles);
  expect(await accept(token, password)).toEqual({ status: "redirect", url: "/sign-in?invited=1" });
  const actor = await actorOf(email);
  const { version } = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { version: true } });
  return { email, password, token, actor, version };
}

async function signIn(email: string, password: string) {
  const { headers, response } = await getAuth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { user: response.user, cookie };
}

async function counts() {
  const d = db();
  const [audit, users, invitations, roles, sessions] = await Promise.all([
    d.auditEvent.count(),
    d.user.count(),
    d.invitation.count(),
    d.userRole.count(),
    d.session.count(),
  ]);
  return { audit, users, invitations, roles, sessions };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("inviting people", () => {
  it("stores only the token's SHA-256, audits the invitation without it, and shows the link once", async () => {
    const email = `invitee-${unique()}@example.nhs.uk`;
    const { token, state } = await invite(email, ["ANALYST", "VIEWER"], "Ada Invitee");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(state.fields?.inviteLink).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    const invitation = await db().invitation.findFirstOrThrow({ where: { email } });
    expect(invitation.tokenHash).toBe(sha256(token));
    expect(invitation.roles.sort()).toEqual(["ANALYST", "VIEWER"]);
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 1);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.invite", entityId: invitation.id } });
    expect(audit).toMatchObject({ actor: admin.email, actorId: admin.id, entity: "Invitation", outcome: "APPLIED" });
    expect(audit.after).toMatchObject({ email, name: "Ada Invitee", roles: ["VIEWER", "ANALYST"] });
    const text = JSON.stringify({ ...audit, id: audit.id.toString() });
    expect(text).not.toContain(token);
    expect(text).not.toContain(invitation.tokenHash);
  });

  it("refuses an email that already has an account, and an invitation with no role", async () => {
    const taken = (await run(
      inviteUser,
      form([
        ["name", "Someone"],
        ["email", "Viewer@Example.nhs.uk"],
        ["roles", "VIEWER"],
      ]),
      admin,
    )) as ActionState;
    expect(taken.status).toBe("error");
    expect(taken.fieldErrors?.email).toBe("A person with this email address already has an account");
    const noRole = (await run(
      inviteUser,
      form([
        ["name", "Someone"],
        ["email", `x-${unique()}@example.nhs.uk`],
      ]),
      admin,
    )) as ActionState;
    expect(noRole.fieldErrors?.roles).toBe("Select at least one role");
    const bad = (await run(
      inviteUser,
      form([
        ["name", ""],
        ["email", "not-an-email"],
        ["roles", "SUPERUSER"],
      ]),
      admin,
    )) as ActionState;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "name", "roles"]);
  });

  it("lets the invitee set a password and sign in with it, once", async () => {
    const email = `accept-${unique()}@example.nhs.uk`;
    const password = PASSWORD();
    const { token } = await invite(email, ["ANALYST"], "Grace Accepter");

    const mismatch = (await accept(token, password, `${password}x`)) as ActionState;
    expect(mismatch.status).toBe("error");
    expect(mismatch.fieldErrors?.confirmPassword).toBe("Passwords must match");
    expect(JSON.stringify(mismatch)).not.toContain(password);
    expect(JSON.stringify(mismatch)).not.toContain(token);
    const short = (await accept(token, "too-short")) as ActionState;
    expect(short.fieldErrors?.password).toBe("Password must be 12 characters or more");

    expect(await accept(token, password)).toEqual({ status: "redirect", url: "/sign-in?invited=1" });
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, roles: { select: { role: true } } } });
    expect(user.name).toBe("Grace Accepter");
    expect(user.roles.map((r) => r.role)).toEqual(["ANALYST"]);
    expect((await db().invitation.findFirstOrThrow({ where: { email } })).acceptedAt).not.toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.accept-invitation", entityId: user.id } });
    expect(audit).toMatchObject({ actor: email, actorId: user.id, entity: "User", outcome: "APPLIED" });

    const { user: signedIn } = await signIn(email, password);
    expect(signedIn).toMatchObject({ id: user.id, email });

    const reused = (await accept(token, PASSWORD())) as ActionState;
    expect(reused.status).toBe("error");
    expect(reused.message).toMatch(/already been used/);
  });

  it("refuses an expired invitation and a link that was never made", async () => {
    const email = `expired-${unique()}@example.nhs.uk`;
    const { token } = await invite(email);
    await db().invitation.updateMany({ where: { tokenHash: sha256(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await counts();
    const expired = (await accept(token, PASSWORD())) as ActionState;
    expect(expired.status).toBe("error");
    expect(expired.message).toMatch(/expired/);
    const unknown = (await accept("A".repeat(43), PASSWORD())) as ActionState;
    expect(unknown.message).toMatch(/not valid/);
    expect(await counts()).toEqual(before);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
  });

  it("a newer invitation to the same person replaces the earlier link", async () => {
    const email = `twice-${unique()}@example.nhs.uk`;
    const first = await invite(email, ["VIEWER"]);
    const second = await invite(email, ["ANALYST"]);
    const old = (await accept(first.token, PASSWORD())) as ActionState;
    expect(old.message).toMatch(/expired/);
    expect(await accept(second.token, PASSWORD())).toMatchObject({ status: "redirect" });
  });
});

describe("only admins manage people", () => {
  it("refuses every admin action to every other role, writing nothing", async () => {
    const target = await newPerson(["VIEWER"]);
    const before = await counts();
    for (const account of DEMO_ACCOUNTS.filter((a) => !a.roles.includes("ADMIN"))) {
      const actor = demo[account.email]!;
      const target_ = (): [string, string][] => [
        ["userId", target.actor.id],
        ["version", String(target.version)],
      ];
      const attempts: (() => Promise<Outcome>)[] = [
        () =>
          run(
            inviteUser,
            form([
              ["name", "Intruder"],
              ["email", `intruder-${unique()}@example.nhs.uk`],
              ["roles", "ADMIN"],
            ]),
            actor,
          ),
        () => run(setUserRoles, form([...target_(), ["roles", "ADMIN"]]), actor),
        () => run(deactivateUser, form(target_()), actor),
        () => run(reactivateUser, form(target_()), actor),
      ];
      for (const attempt of attempts) {
        const state = (await attempt()) as ActionState;
        expect(state.status, `${account.email} ${JSON.stringify(state)}`).toBe("error");
        expect(state.message).toMatch(/cannot make this change/);
      }
    }
    expect(await counts()).toEqual(before);
    const after = await db().user.findUniqueOrThrow({ where: { id: target.actor.id }, select: { version: true, deactivatedAt: true } });
    expect(after).toEqual({ version: target.version, deactivatedAt: null });
  });

  it("refuses to read the whole audit trail to anyone but an admin", async () => {
    await expect(listAuditEvents(demo["manager@example.nhs.uk"]!, {})).rejects.toThrow(/permission/);
    request.headers = new Headers({ cookie: await sessionCookieFor("analyst@example.nhs.uk") });
    expect((await fetchExport(new Request("http://localhost/exports/audit.csv"))).status).toBe(403);
    request.headers = new Headers();
    await expect(listAuditEvents(null, {})).rejects.toThrow(/Sign in/);
  });
});

describe("roles", () => {
  it("sets a person's roles and audits the lists before and after", async () => {
    const person = await newPerson(["VIEWER"]);
    const fd = form([
      ["userId", person.actor.id],
      ["version", String(person.version)],
      ["roles", "ANALYST"],
      ["roles", "BOARD_MEMBER"],
    ]);
    expect(await run(setUserRoles, fd, admin)).toEqual({ status: "redirect", url: `/admin/users/${person.actor.id}?saved=roles` });
    expect((await actorOf(person.email)).roles.sort()).toEqual(["ANALYST", "BOARD_MEMBER"]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.set-roles", entityId: person.actor.id } });
    expect(audit.before).toEqual({ roles: ["VIEWER"] });
    expect(audit.after).toEqual({ roles: ["ANALYST", "BOARD_MEMBER"] });
  });

  it("refuses a save from a stale page, says what changed and who changed it, and keeps what was typed", async () => {
    const person = await newPerson(["VIEWER"]);
    const first = form([
      ["userId", person.actor.id],
      ["version", String(person.version)],
      ["roles", "ANALYST"],
    ]);
    expect(await run(setUserRoles, first, admin)).toMatchObject({ status: "redirect" });

    const conflictsBefore = await db().auditEvent.count({ where: { entityId: person.actor.id, outcome: "CONFLICT" } });
    const stale = form([
      ["userId", person.actor.id],
      ["version", String(person.version)],
      ["roles", "PROGRAMME_MANAGER"],
    ]);
    const state = (await run(setUserRoles, stale, admin)) as ActionState;
    expect(state.status).toBe("conflict");
    expect(state.message).toMatch(/Someone else changed this person's account/);
    expect(state.changes).toEqual(
      expect.arrayContaining([
        { label: "Roles now", current: "Analyst" },
        expect.objectContaining({ label: "Last change", current: expect.stringContaining(`user.set-roles by ${admin.email}`) }),
      ]),
    );
    expect(state.fields).toMatchObject({ roles: "PROGRAMME_MANAGER" });
    expect((await actorOf(person.email)).roles).toEqual(["ANALYST"]);
    const conflicts = await db().auditEvent.findMany({ where: { entityId: person.actor.id, outcome: "CONFLICT" } });
    expect(conflicts.length).toBe(conflictsBefore + 1);
    expect(conflicts.at(-1)).toMatchObject({ action: "user.set-roles", actor: admin.email, entity: "User" });
  });

  it("does not let an admin remove their own admin role, nor deactivate themselves", async () => {
    const { version } = await db().user.findUniqueOrThrow({ where: { id: admin.id }, select: { version: true } });
    const own = (await run(
      setUserRoles,
      form([
        ["userId", admin.id],
        ["version", String(version)],
        ["roles", "VIEWER"],
      ]),
      admin,
    )) as ActionState;
    expect(own.fieldErrors?.roles).toBe("You cannot remove your own admin role: ask another admin");
    const self = (await run(
      deactivateUser,
      form([
        ["userId", admin.id],
        ["version", String(version)],
      ]),
      admin,
    )) as ActionState;
    expect(self.fieldErrors?.status).toBe("You cannot deactivate your own account: ask another admin");
    expect((await actorOf(admin.email)).roles).toContain("ADMIN");
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).deactivatedAt).toBeNull();
  });
});

describe("two admins at once", () => {
  it("of two admins deactivating each other at the same moment, exactly one succeeds, five times in five", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await newPerson(["ADMIN"]);
      const b = await newPerson(["ADMIN"]);
      const [ab, ba] = await Promise.all([
        run(
          deactivateUser,
          form([
            ["userId", b.actor.id],
            ["version", String(await versionOf(b.actor.id))],
          ]),
          a.actor,
        ),
        run(
          deactivateUser,
          form([
            ["userId", a.actor.id],
            ["version", String(await versionOf(a.actor.id))],
          ]),
          b.actor,
        ),
      ]);
      const outcomes = [ab, ba].map((o) => o.status);
      expect(
        outcomes.filter((s) => s === "redirect"),
        JSON.stringify([ab, ba]),
      ).toHaveLength(1);
      const refused = [ab, ba].find((o) => o.status !== "redirect") as ActionState;
      expect(refused.message).toBe("Your account cannot make this change. Ask an admin if your work needs it.");
      const active = await db().user.count({ where: { id: { in: [a.actor.id, b.actor.id] }, deactivatedAt: null } });
      expect(active).toBe(1);
    }
  });

  it("of two admins taking each other's admin role at the same moment, exactly one succeeds", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await newPerson(["ADMIN"]);
      const b = await newPerson(["ADMIN"]);
      const [ab, ba] = await Promise.all([
        run(
          setUserRoles,
          form([
            ["userId", b.actor.id],
            ["version", String(await versionOf(b.actor.id))],
            ["roles", "VIEWER"],
          ]),
          a.actor,
        ),
        run(
          setUserRoles,
          form([
            ["userId", a.actor.id],
            ["version", String(await versionOf(a.actor.id))],
            ["roles", "VIEWER"],
          ]),
          b.actor,
        ),
      ]);
      expect(
        [ab, ba].filter((o) => o.status === "redirect"),
        JSON.stringify([ab, ba]),
      ).toHaveLength(1);
      const stillAdmin = await db().userRole.count({ where: { userId: { in: [a.actor.id, b.actor.id] }, role: "ADMIN" } });
      expect(stillAdmin).toBe(1);
    }
  });

  it("an admin whose admin role was removed after their page loaded cannot change anyone", async () => {
    const a = await newPerson(["ADMIN"]);
    const target = await newPerson(["VIEWER"]);
    expect(await setRolesAs(admin, a.actor.id, "VIEWER")).toMatchObject({ status: "redirect" });
    // a.actor still says ADMIN: the roles it signed in with.
    const late = (await run(
      setUserRoles,
      form([
        ["userId", target.actor.id],
        ["version", String(target.version)],
        ["roles", "ADMIN"],
      ]),
      a.actor,
    )) as ActionState;
    expect(late.message).toBe("Your account cannot make this change. Ask an admin if your work needs it.");
    expect((await actorOf(target.email)).roles).toEqual(["VIEWER"]);
  });

  it("never lets the last active admin go", async () => {
    // Every other admin is deactivated for this test, then put back.
    const others = await db().user.findMany({
      where: { id: { not: admin.id }, deactivatedAt: null, roles: { some: { role: "ADMIN" } } },
      select: { id: true },
    });
    await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: new Date() } });
    try {
      const helper = await newPerson(["ADMIN"]);
      // The helper admin removes the demo admin's role: the helper is then the one admin left,
      // and cannot be taken away by the (no longer admin) demo admin's stale page.
      expect(await setRolesAs(helper.actor, admin.id, "VIEWER")).toMatchObject({ status: "redirect" });
      const refused = (await deactivateAs(admin, helper.actor.id)) as ActionState;
      expect(refused.status).toBe("error");
      expect(await db().user.count({ where: { deactivatedAt: null, roles: { some: { role: "ADMIN" } } } })).toBe(1);
      // Put the demo admin back, as the helper.
      expect(await setRolesAs(helper.actor, admin.id, "ADMIN")).toMatchObject({ status: "redirect" });
    } finally {
      await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: null } });
    }
  });
});

describe("deactivation", () => {
  it("ends the person's sessions at once, so they count as signed out; reactivation lets them back", async () => {
    const person = await newPerson(["ANALYST"]);
    const { cookie } = await signIn(person.email, person.password);
    expect(await db().session.count({ where: { userId: person.actor.id } })).toBe(1);
    request.headers = new Headers({ cookie });
    expect(await getActor()).toMatchObject({ id: person.actor.id, roles: ["ANALYST"] });

    const fd = form([
      ["userId", person.actor.id],
      ["version", String(person.version)],
    ]);
    expect(await run(deactivateUser, fd, admin)).toEqual({ status: "redirect", url: `/admin/users/${person.actor.id}?saved=deactivated` });
    expect(await db().session.count({ where: { userId: person.actor.id } })).toBe(0);
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await getActor()).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.deactivate", entityId: person.actor.id } });
    expect(audit.before).toEqual({ status: "Active" });
    expect(audit.after).toMatchObject({ status: "Deactivated", sessionsEnded: 1 });

    // A page opened before the deactivation is now stale.
    const stale = (await run(reactivateUser, fd, admin)) as ActionState;
    expect(stale.status).toBe("conflict");
    expect(stale.changes).toEqual(expect.arrayContaining([{ label: "Account now", current: "Deactivated" }]));

    const { version } = await db().user.findUniqueOrThrow({ where: { id: person.actor.id }, select: { version: true } });
    expect(
      await run(
        reactivateUser,
        form([
          ["userId", person.actor.id],
          ["version", String(version)],
        ]),
        admin,
      ),
    ).toMatchObject({ status: "redirect" });
    expect((await db().user.findUniqueOrThrow({ where: { id: person.actor.id } })).deactivatedAt).toBeNull();
    request.headers = new Headers();
  });
});

describe("the audit trail", () => {
  it("filters by action, outcome and date, newest first", async () => {
    const query = parseAuditQuery({ action: "user.set-roles", outcome: "conflict" });
    expect(query.errors).toEqual([]);
    const page = await listAuditEvents(admin, query.filters, query.page);
    expect(page.total).toBeGreaterThan(0);
    expect(page.entries.every((e) => e.action === "user.set-roles" && e.outcome === "CONFLICT")).toBe(true);
    const all = await listAuditEvents(admin, {});
    const times = all.entries.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    expect((await listAuditEvents(admin, { action: "user.invite", from: today, to: today })).total).toBeGreaterThan(0);
    expect((await listAuditEvents(admin, { action: "user.invite", to: "2001-01-01" })).total).toBe(0);
    expect((await listAuditEvents(admin, { actor: "ADMIN@example" })).total).toBeGreaterThan(0);
  });

  it("offers as filters every action and kind of record the trail holds, once each and in order", async () => {
    const { actions, entities } = await listAuditFilterOptions(admin);
    const byAction = await db().auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
    const byEntity = await db().auditEvent.groupBy({ by: ["entity"], orderBy: { entity: "asc" } });
    expect(actions).toEqual(byAction.map((r) => r.action));
    expect(entities).toEqual(byEntity.map((r) => r.entity));
    expect(actions).toContain("user.invite");
    expect(entities).toContain("User");
    await expect(listAuditFilterOptions(demo["manager@example.nhs.uk"]!)).rejects.toThrow(/permission/);
  });

  it("explains a wrong filter and keeps the others", () => {
    const query = parseAuditQuery({ action: "user.invite", from: "2026-02-30", outcome: "maybe", page: "0" });
    expect(query.filters).toEqual({ action: "user.invite" });
    expect(query.errors.map((e) => e.field).sort()).toEqual(["from", "outcome", "page"]);
    expect(parseAuditQuery({ from: "2026-02-01", to: "2026-01-01" }).errors[0]?.message).toMatch(/after the from date/);
    // The date inputs' parts as typed (proxy.ts sends a day that is not real as day/month/year) get the date input's words.
    expect(parseAuditQuery({ to: "31/2/2026" }).errors).toEqual([{ field: "to", message: "To date must be a real date" }]);
    expect(parseAuditQuery({ from: "1/13/2026" }).errors).toEqual([{ field: "from", message: "Month must be between 1 and 12" }]);
    expect(parseAuditQuery({ from: "2026-01-31" }).filters).toEqual({ from: "2026-01-31" });
  });

  it("never holds a password, a password hash, an invitation token or its hash", async () => {
    const person = await newPerson(["VIEWER"]);
    const hashes = (await db().account.findMany({ where: { password: { not: null } }, select: { password: true } })).map((a) => a.password!);
    const tokenHashes = (await db().invitation.findMany({ select: { tokenHash: true } })).map((i) => i.tokenHash);
    const sessionTokens = (await db().session.findMany({ select: { token: true } })).map((s) => s.token);
    const rows = await db().auditEvent.findMany({ select: { actor: true, action: true, entity: true, entityId: true, before: true, after: true } });
    const trail = JSON.stringify(rows);
    // the export as the audit page links it, downloaded with the admin's own session
    request.headers = new Headers({ cookie: await sessionCookieFor("admin@example.nhs.uk") });
    const csv = await fetchExport(new Request("http://localhost/exports/audit.csv"));
    const xlsx = await fetchExport(new Request("http://localhost/exports/audit.xlsx"));
    request.headers = new Headers();
    expect([csv.status, xlsx.status]).toEqual([200, 200]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => cells.push(row.values));
    expect(cells.length).toBeGreaterThan(1);
    const exported = `${await csv.text()}\n${JSON.stringify(cells)}`;
    expect(exported).toContain("user.invite");
    for (const secret of [person.password, person.token, ...hashes, ...tokenHashes, ...sessionTokens]) {
      expect(trail.includes(secret), "the audit trail holds a secret").toBe(false);
      expect(exported.includes(secret), "the export holds a secret").toBe(false);
    }
    expect(trail).not.toMatch(/"(password|confirmPassword|token|tokenHash)"/);
  });
});
