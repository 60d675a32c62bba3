// What changed (docs/decisions/023), on both databases: changes recorded through the dashboard's own forms are listed
// newest first in words with what they are about, filtered by trust, kind and decision; a visit ends after 30 minutes
// without a page, and "since you last looked" starts where the previous one ended or where the person marked
// everything as seen; the Atom feed is parsed by a real feed parser, signed in with a token as a bearer or as
// Basic's password. Records changes, so it has a database of its own.
import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { IDLE } from "@/lib/actions/state";
import { recordProblemAction, replanGoLiveAction } from "@/lib/actions/go-lives";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { markChangesSeenAction } from "@/lib/actions/visits";
import { changesRange, listChanges, summariseChangesSince } from "@/lib/data/changes";
import { noteVisit, forgetNotedVisit, VISIT_GAP_MINUTES } from "@/lib/data/visits";
import { GET as feedGet } from "@/app/api/v1/changes.atom/route";

const { db } = await startFreshDatabase();
const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });
const actorOf = async (email: string) => {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles.map((r) => r.role) };
};

let startedAt: Date;
let sourceId: number;

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000);
  sourceId = (await db.source.findFirstOrThrow({ where: { key: "cw-2009-02-11-bt-to-resume" }, select: { id: true } })).id;
  await actAs("manager@example.nhs.uk");
  const roehampton = await db.goLive.findFirstOrThrow({ where: { trust: { slug: "queen-marys-roehampton" } }, select: { id: true, version: true } });
  const replan = await submit(replanGoLiveAction, IDLE, {
    goLiveId: String(roehampton.id),
    version: String(roehampton.version),
    ...date("plannedOn", "", "9", "2009"),
    ...date("announcedOn", "15", "3", "2009"),
    reason: "The trust board wants the Royal Free's fixes first",
    sourceId: String(sourceId),
    certainty: "SINGLE_SOURCE",
  });
  expect(replan.saved, JSON.stringify(replan)).toBe(true);
  const barts = await db.trust.findUniqueOrThrow({ where: { slug: "barts-and-the-london" }, select: { id: true } });
  const problem = await submit(recordProblemAction, IDLE, {
    trustId: String(barts.id),
    ...date("reportedOn", "", "5", "2008"),
    description: "Appointments lost after go-live",
    sourceId: String(sourceId),
    certainty: "SINGLE_SOURCE",
  });
  expect(problem.saved, JSON.stringify(problem)).toBe(true);
  await actAs(null);
});

describe("the list of changes", () => {
  it("says what each change recorded, about what, newest first", async () => {
    const viewer = await actorOf("viewer@example.nhs.uk");
    const { changes, more } = await listChanges(viewer, { since: startedAt }, { offset: 0, limit: 50 });
    expect(more).toBe(false);
    expect(changes.map((c) => [c.kind, c.about, c.summary, c.href, c.byYou])).toEqual([
      ["problem", "Barts and The London NHS Trust", "Appointments lost after go-live. Reported May 2008.", "/trusts/barts-and-the-london#history", false],
      [
        "replan",
        "Queen Mary's Hospital, Roehampton",
        "Planned for September 2009. The trust board wants the Royal Free's fixes first.",
        "/trusts/queen-marys-roehampton#history",
        false,
      ],
    ]);
    expect(changes[0]!.recordedAt >= changes[1]!.recordedAt).toBe(true);
  });

  it("by trust, by kind, and for a decision: the decision and what was recorded about its trusts after it", async () => {
    const viewer = await actorOf("viewer@example.nhs.uk");
    const of = async (filters: Parameters<typeof listChanges>[1]) =>
      (await listChanges(viewer, { since: startedAt, ...filters }, { offset: 0, limit: 50 })).changes.map((c) => c.kind);
    expect(await of({ trust: "queen-marys-roehampton" })).toEqual(["replan"]);
    expect(await of({ trust: "royal-free" })).toEqual([]);
    expect(await of({ kind: "problem" })).toEqual(["problem"]);
    // The sample's decisions were loaded before this test's changes: an all-London halt covers both trusts
    expect(await of({ decision: "halt-2008-10" })).toEqual(["problem", "replan"]);
  });

  it("the person who made a change sees it as theirs, and it is not news to them", async () => {
    const manager = await actorOf("manager@example.nhs.uk");
    const { changes } = await listChanges(manager, { since: startedAt }, { offset: 0, limit: 50 });
    expect(changes.every((c) => c.byYou)).toBe(true);
    expect((await summariseChangesSince(manager, startedAt)).total).toBe(0);
    const viewer = await actorOf("viewer@example.nhs.uk");
    const summary = await summariseChangesSince(viewer, startedAt);
    expect(summary).toMatchObject({ total: 2, byKind: { replan: 1, problem: 1 } });
    expect(summary.trustSlugs.sort()).toEqual(["barts-and-the-london", "queen-marys-roehampton"]);
  });

  it("pages: the second page goes on where the first ended", async () => {
    const viewer = await actorOf("viewer@example.nhs.uk");
    const first = await listChanges(viewer, { since: startedAt }, { offset: 0, limit: 1 });
    const second = await listChanges(viewer, { since: startedAt }, { offset: 1, limit: 1 });
    expect(first.more).toBe(true);
    expect(second.more).toBe(false);
    expect([first.changes[0]!.kind, second.changes[0]!.kind]).toEqual(["problem", "replan"]);
  });
});

describe("since you last looked", () => {
  it("a visit ends after 30 minutes without a page; the next starts where it ended", async () => {
    const board = await actorOf("board@example.nhs.uk");
    const t0 = new Date("2026-12-01T09:00:00Z");
    const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
    expect(await noteVisit(board, t0)).toBeNull(); // the first visit: nothing to compare with
    forgetNotedVisit(board.id);
    expect(await noteVisit(board, minutes(20))).toBeNull(); // the same visit
    forgetNotedVisit(board.id);
    expect(await noteVisit(board, minutes(20 + VISIT_GAP_MINUTES + 1))).toEqual(minutes(20)); // a new visit: since the last page of the previous one
    forgetNotedVisit(board.id);
    expect(await noteVisit(board, minutes(60))).toEqual(minutes(20)); // still the new visit
    // a page within a minute of the last is not written again
    expect(await noteVisit(board, minutes(60.5))).toEqual(minutes(20));
    expect((await db.userVisit.findUniqueOrThrow({ where: { userId: board.id } })).lastSeenAt).toEqual(minutes(60));
  });

  it("marking everything as seen starts it again from now, with an audit row, and lands on /changes saying so", async () => {
    await actAs("analyst@example.nhs.uk");
    const result = await submit(markChangesSeenAction, IDLE, {});
    expect(result).toEqual({ saved: true, url: "/changes?seen=1" });
    const analyst = await actorOf("analyst@example.nhs.uk");
    const visit = await db.userVisit.findUniqueOrThrow({ where: { userId: analyst.id } });
    expect(visit.previousSeenAt!.getTime()).toBeGreaterThan(startedAt.getTime());
    expect(await noteVisit(analyst)).toEqual(visit.previousSeenAt);
    expect(await db.auditEvent.count({ where: { action: "changes.mark-seen", actorId: analyst.id } })).toBe(1);
    expect((await summariseChangesSince(analyst, visit.previousSeenAt!)).total).toBe(0);
    await actAs(null);
    const refused = await submit(markChangesSeenAction, IDLE, {});
    expect(refused.saved).toBe(false);
  });

  it("the range: the days asked for (London days), else since the last look, else the last 30 days", () => {
    const last = new Date("2026-12-05T14:02:00Z");
    expect(changesRange({ from: "2026-07-01", to: "2026-07-01" }, last)).toEqual({
      since: new Date("2026-06-30T23:00:00Z"),
      before: new Date("2026-07-01T23:00:00Z"),
      words: "on 1 July 2026",
    });
    expect(changesRange({}, last).since).toEqual(last);
    expect(changesRange({}, last).words).toBe("since you last looked, at 5 December 2026 at 14:02");
    const now = new Date("2026-12-07T12:00:00Z");
    expect(changesRange({}, null, now)).toEqual({
      since: new Date("2026-11-07T12:00:00Z"),
      before: null,
      words: "in the last 30 days (you have not looked before)",
    });
    expect(changesRange({ decision: "halt-2008-10" }, last)).toEqual({ since: null, before: null, words: "since the decision was recorded" });
  });
});

describe("the Atom feed", () => {
  let token: string;
  beforeAll(async () => {
    await actAs("viewer@example.nhs.uk");
    const made = await submit(createApiTokenAction, IDLE, { name: "Feed reader", expiresInDays: "30" });
    token = (made as { state: { fields: Record<string, string> } }).state.fields.token!;
    await actAs(null);
  });
  const feed = (query: string, headers: Record<string, string>) => feedGet(new Request(`http://localhost/api/v1/changes.atom${query}`, { headers }));

  it("is Atom a feed reader parses: an entry a change, titled by what it is about, linking to its page", async () => {
    const response = await feed("", { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const parsed = parseFeed(await response.text());
    expect(parsed.meta.type).toBe("atom");
    expect(parsed.title).toBe("London Cerner rollout: what changed");
    const entries = parsed.items.slice(0, 2);
    expect(entries.map((e) => e.title)).toEqual(["Problem: Barts and The London NHS Trust", "Re-plan: Queen Mary's Hospital, Roehampton"]);
    expect(entries[1]!.url).toMatch(/\/trusts\/queen-marys-roehampton#history$/);
    expect(entries[1]!.description).toBe("Planned for September 2009. The trust board wants the Royal Free's fixes first.");
    expect(entries[0]!.updated!.getTime()).toBeGreaterThanOrEqual(entries[1]!.updated!.getTime());
    expect(entries[0]!.published).toEqual(entries[0]!.updated);
    expect(new Set(parsed.items.map((e) => e.id)).size).toBe(parsed.items.length);
  });

  it("for one trust, signed in as a feed reader does it: the token as Basic's password", async () => {
    const basic = `Basic ${Buffer.from(`anyone:${token}`).toString("base64")}`;
    const parsed = parseFeed(await (await feed("?trust=queen-marys-roehampton", { authorization: basic })).text());
    expect(parsed.title).toBe("London Cerner rollout: what changed (about queen-marys-roehampton)");
    expect(parsed.items.map((e) => e.title)).toEqual(["Re-plan: Queen Mary's Hospital, Roehampton"]);
  });

  it("refuses no token, a wrong one, and parameters it does not take, saying what to fix", async () => {
    expect((await feed("", {})).status).toBe(401);
    expect((await feed("", { authorization: `Bearer rlt_${"y".repeat(43)}` })).status).toBe(401);
    const bad = await feed("?trust=nope&kind=rumour&colour=red&decision=none-such", { authorization: `Bearer ${token}` });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    const body = (await bad.json()) as { "invalid-params": { name: string }[] };
    expect(body["invalid-params"].map((p) => p.name).sort()).toEqual(["colour", "decision", "kind", "trust"]);
  });
});
