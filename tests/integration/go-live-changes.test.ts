// Programme managers' changes through the real server actions, with real sessions: who may make
// them, what bad input gets back, and that two people saving at once cannot overwrite each other.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { PEOPLE, testActor } from "../support/people";
import { recordAcceptanceAction, recordActualGoLiveAction, recordProblemAction, replanGoLiveAction } from "@/lib/actions/go-lives";
import { IDLE } from "@/lib/actions/state";
import { fetchExport as exportGoLives } from "./support/export-route";
import { todayIso } from "@/lib/domain/dates";
import { describeAuditChange } from "@/lib/domain/audit-diff";
import { getRecordHistory, listAuditEvents } from "@/lib/data/audit";
import { readRecordNames, type RecordNamesDb } from "@/lib/data/record-names";

// This file writes: it gets a database of its own.
const { db } = await startFreshDatabase();

type Person = keyof typeof PEOPLE | "nobody";
const EVERYONE: Person[] = ["nobody", "viewer", "analyst", "manager", "board", "admin"];

async function goLiveOf(slug: string) {
  const g = await db.goLive.findFirstOrThrow({ where: { trust: { slug } }, select: { id: true, version: true, trustId: true } });
  return g;
}

let sourceId: number;
beforeAll(async () => {
  sourceId = (await db.source.findFirstOrThrow({ where: { key: "cw-2009-02-11-bt-to-resume" }, select: { id: true } })).id;
});

const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });

async function replanFields(slug: string, overrides: Record<string, string> = {}) {
  const g = await goLiveOf(slug);
  return {
    goLiveId: String(g.id),
    version: String(g.version),
    ...date("plannedOn", "", "6", "2009"),
    reason: "Board agreed a new date",
    sourceId: String(sourceId),
    certainty: "SINGLE_SOURCE",
    ...overrides,
  };
}

const counts = async () => ({
  plans: await db.goLivePlan.count(),
  actuals: await db.goLiveActual.count(),
  acceptances: await db.acceptance.count(),
  problems: await db.problem.count(),
});

describe("who may record programme managers' changes", () => {
  const cases = [
    { name: "re-plan a go-live", action: replanGoLiveAction, fields: () => replanFields("queen-marys-roehampton") },
    {
      name: "record an actual go-live",
      action: recordActualGoLiveAction,
      fields: async () => {
        const g = await goLiveOf("kingston");
        // Kingston is already live: this is another source's claim to the same date.
        return {
          goLiveId: String(g.id),
          version: String(g.version),
          ...date("wentLiveOn", "30", "11", "2009"),
          sourceId: String(sourceId),
          certainty: "CONFIRMED",
          secondActual: "CONFLICT",
        };
      },
    },
    {
      name: "record acceptance",
      action: recordAcceptanceAction,
      fields: async () => {
        const g = await goLiveOf("kingston");
        return {
          goLiveId: String(g.id),
          version: String(g.version),
          ...date("acceptedOn", "15", "1", "2010"),
          sourceId: String(sourceId),
          certainty: "UNCERTAIN",
        };
      },
    },
    {
      name: "record a problem",
      action: recordProblemAction,
      fields: async () => {
        const g = await goLiveOf("barts-and-the-london");
        return {
          trustId: String(g.trustId),
          ...date("reportedOn", "", "5", "2008"),
          description: "Appointments lost",
          sourceId: String(sourceId),
          certainty: "SINGLE_SOURCE",
        };
      },
    },
  ];

  for (const c of cases) {
    for (const person of EVERYONE) {
      const allowed = person === "manager";
      it(`${person} ${allowed ? "can" : "cannot"} ${c.name}`, async () => {
        await actAs(person === "nobody" ? null : PEOPLE[person]);
        const before = await counts();
        const result = await submit(c.action, IDLE, await c.fields());
        if (allowed) {
          expect(result.saved, JSON.stringify(result)).toBe(true);
        } else {
          expect(result.saved).toBe(false);
          expect(result.saved ? "" : result.state.message).toMatch(person === "nobody" ? /session has ended/ : /cannot make this change/);
          expect(await counts()).toEqual(before);
        }
      });
    }
  }
});

describe("who may download the overview as CSV", () => {
  for (const person of EVERYONE) {
    const expected = person === "nobody" ? 401 : person === "analyst" ? 200 : 403;
    it(`${person} gets ${expected}`, async () => {
      await actAs(person === "nobody" ? null : PEOPLE[person]);
      const response = await exportGoLives(new Request("http://localhost/exports/go-lives.csv?asOf=2009-02-11"));
      expect(response.status).toBe(expected);
    });
  }
});

describe("bad input is refused with a message that says what to fix, and what was typed is kept", () => {
  it("an empty re-plan lists every missing field", async () => {
    await actAs(PEOPLE.manager);
    const g = await goLiveOf("queen-marys-roehampton");
    const result = await submit(replanGoLiveAction, IDLE, { goLiveId: String(g.id), version: String(g.version) });
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(result.state.fieldErrors).toMatchObject({
      plannedOn: "Enter the planned go-live date",
      reason: "Enter the reason for the re-plan",
      sourceId: "Select the source, or describe a new one",
      certainty: "Select how certain the record is",
    });
  });

  it("an impossible date is refused", async () => {
    await actAs(PEOPLE.manager);
    const result = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", date("plannedOn", "31", "2", "2009")));
    expect(result.saved ? null : result.state.fieldErrors?.plannedOn).toBe("Planned go-live date must be a real date");
  });

  it("an actual go-live in the future is refused", async () => {
    await actAs(PEOPLE.manager);
    const g = await goLiveOf("queen-marys-roehampton");
    const next = new Date().getFullYear() + 1;
    const result = await submit(recordActualGoLiveAction, IDLE, {
      goLiveId: String(g.id),
      version: String(g.version),
      ...date("wentLiveOn", "1", "1", String(next)),
      sourceId: String(sourceId),
      certainty: "CONFIRMED",
    });
    expect(result.saved ? null : result.state.fieldErrors?.wentLiveOn).toMatch(/must be today or in the past/);
  });

  it("a planned date before the trust's previous go-live is refused", async () => {
    await actAs(PEOPLE.manager);
    const kingston = await db.trust.findUniqueOrThrow({ where: { slug: "kingston" }, select: { id: true } });
    const phase2 = await db.goLive.upsert({
      where: { trustId_scope: { trustId: kingston.id, scope: "Phase 2 (test)" } },
      create: { trustId: kingston.id, scope: "Phase 2 (test)", certainty: "UNCERTAIN", certaintyNote: "made by a test" },
      update: {},
      select: { id: true, version: true },
    });
    const result = await submit(replanGoLiveAction, IDLE, {
      goLiveId: String(phase2.id),
      version: String(phase2.version),
      ...date("plannedOn", "1", "1", "2009"),
      reason: "x",
      sourceId: String(sourceId),
      certainty: "UNCERTAIN",
    });
    expect(result.saved ? null : result.state.fieldErrors?.plannedOn).toBe(
      "Planned go-live date must be after the trust's previous go-live (30 November 2009)",
    );
  });

  it("records who made the plan, for the promises ledger; a kind with no name, or a name with no kind, is refused and writes nothing", async () => {
    await actAs(PEOPLE.manager);
    const before = await counts();
    const noName = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { madeByKind: "SUPPLIER" }));
    expect(noName.saved ? null : noName.state.fieldErrors?.madeBy).toBe("Enter who made the plan, as the source names them, or select Not known");
    const noKind = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { madeBy: "BT", madeByKind: "NOT_KNOWN" }));
    expect(noKind.saved ? null : noKind.state.fieldErrors?.madeByKind).toBe("Select whether a supplier, a trust or a programme body made the plan");
    const badKind = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { madeBy: "BT", madeByKind: "CONTRACTOR" }));
    expect(badKind.saved ? null : badKind.state.fieldErrors?.madeByKind).toBe(
      "Select whether a supplier, a trust or a programme body made the plan, or Not known",
    );
    // what was typed comes back to the form
    expect(badKind.saved ? null : badKind.state.fields?.madeBy).toBe("BT");
    expect(await counts()).toEqual(before);

    const saved = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { madeBy: "NHS Wandsworth board", madeByKind: "TRUST" }));
    expect(saved.saved).toBe(true);
    const g = await goLiveOf("queen-marys-roehampton");
    const plan = await db.goLivePlan.findFirstOrThrow({ where: { goLiveId: g.id }, orderBy: { sequence: "desc" }, select: { madeBy: true, madeByKind: true } });
    expect(plan).toEqual({ madeBy: "NHS Wandsworth board", madeByKind: "TRUST" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "go-live.replan", entityId: String(g.id) },
      orderBy: { id: "desc" },
      select: { after: true },
    });
    expect(audit.after).toMatchObject({ plan: { madeBy: "NHS Wandsworth board", madeByKind: "TRUST" } });

    // The trust's change history reads it in words: the kind of maker and the certainty as the pages say them, the
    // source by its title, and no database ids.
    const [latest] = await getRecordHistory(testActor("viewer"), [{ entity: "GoLive", entityId: String(g.id) }]);
    const changes = describeAuditChange(latest!.before, latest!.after, latest!.names);
    const said = Object.fromEntries(changes.map((c) => [c.field, c.after]));
    expect(said).toMatchObject({
      "Plan › made by kind": "Trust",
      "Plan › certainty": "Single source",
      "Plan › source": "Computer Weekly: BT to resume roll out of Cerner Millennium system",
    });
    expect(changes.map((c) => c.field).filter((f) => /\bID\b/.test(f))).toEqual([]);
  });

  it("an unknown go-live is refused", async () => {
    await actAs(PEOPLE.manager);
    const result = await submit(replanGoLiveAction, IDLE, { ...(await replanFields("queen-marys-roehampton")), goLiveId: "999999" });
    expect(result.saved ? null : result.state.fieldErrors?.goLiveId).toBe("Select a go-live that is in the record");
  });

  it("over-long text is refused and kept", async () => {
    await actAs(PEOPLE.manager);
    const long = "x".repeat(2001);
    const result = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { reason: long }));
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(result.state.fieldErrors?.reason).toBe("The reason for the re-plan must be 2,000 characters or fewer");
    expect((result.state as { fields?: Record<string, string> }).fields?.reason).toBe(long);
  });

  it("a go-live during a halt needs an override reason, which is kept with it", async () => {
    await actAs(PEOPLE.manager);
    const g = await goLiveOf("queen-marys-roehampton");
    const fields = {
      goLiveId: String(g.id),
      version: String(g.version),
      ...date("wentLiveOn", "1", "12", "2008"),
      sourceId: String(sourceId),
      certainty: "UNCERTAIN",
    };
    const refused = await submit(recordActualGoLiveAction, IDLE, fields);
    expect(refused.saved ? null : refused.state.fieldErrors?.overrideReason).toMatch(/A halt covered Queen Mary's Hospital, Roehampton on that date/);
    const saved = await submit(recordActualGoLiveAction, IDLE, { ...fields, overrideReason: "Test: trust board accepted the risk" });
    expect(saved.saved).toBe(true);
    const actual = await db.goLiveActual.findFirstOrThrow({ where: { goLiveId: g.id }, select: { overrideReason: true } });
    expect(actual.overrideReason).toBe("Test: trust board accepted the risk");
    await db.goLiveActual.deleteMany({ where: { goLiveId: g.id } }); // leave Roehampton not live for the other tests
  });

  it("HTML and formula text are stored as typed and exported neutralised", async () => {
    await actAs(PEOPLE.manager);
    const words = `<script>alert("x")</script> =HYPERLINK("http://evil")`;
    const formula = `=cmd|' /C calc'!A0 ${Date.now()}`;
    const result = await submit(replanGoLiveAction, IDLE, {
      ...(await replanFields("queen-marys-roehampton", { reason: words, plannedLabel: words, ...date("announcedOn", "", "3", "2009") })),
      sourceId: "",
      newSourceTitle: formula,
      newSourcePublisher: "@Publisher",
    });
    expect(result.saved, JSON.stringify(result)).toBe(true);
    const plan = await db.goLivePlan.findFirstOrThrow({ where: { reason: words }, select: { plannedLabel: true } });
    expect(plan.plannedLabel).toBe(words);
    await actAs(PEOPLE.analyst);
    const csv = await (await exportGoLives(new Request("http://localhost/exports/go-lives.csv?asOf=2030-01-01"))).text();
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    const roehampton = rows.find((r) => r.trust === "Queen Mary's Hospital, Roehampton")!;
    expect(roehampton.sources).toContain(formula);
    // No cell of the export starts with a character a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });
});

describe("two people saving the same go-live at once", () => {
  it("one wins, the other is refused with what changed, and the audit trail holds both attempts", async () => {
    await actAs(PEOPLE.manager);
    const g = await goLiveOf("queen-marys-roehampton");
    const startedAt = new Date();
    const first = await replanFields("queen-marys-roehampton", { reason: "First manager's re-plan" });
    const second = await replanFields("queen-marys-roehampton", { ...date("plannedOn", "", "9", "2009"), reason: "Second manager's re-plan" });

    const results = await Promise.all([submit(replanGoLiveAction, IDLE, first), submit(replanGoLiveAction, IDLE, second)]);

    const saved = results.filter((r) => r.saved);
    const refused = results.filter((r) => !r.saved);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const conflict = refused[0]!;
    if (conflict.saved) return;
    expect(conflict.state.status).toBe("conflict");
    expect(conflict.state.message).toMatch(/Someone else saved a change/);
    expect(JSON.stringify(conflict.state.changes)).toMatch(/Latest plan now/);

    const audit = await db.auditEvent.findMany({
      where: { entity: "GoLive", entityId: String(g.id), occurredAt: { gte: startedAt }, action: "go-live.replan" },
      select: { outcome: true, actor: true, after: true },
    });
    expect(audit.map((a) => a.outcome).sort()).toEqual(["APPLIED", "CONFLICT"]);
    expect(audit.every((a) => a.actor === PEOPLE.manager)).toBe(true);
    const refusedReason = conflict === results[0] ? "First manager's re-plan" : "Second manager's re-plan";
    expect(JSON.stringify(audit.find((a) => a.outcome === "CONFLICT")?.after)).toContain(refusedReason);
    const after = await goLiveOf("queen-marys-roehampton");
    expect(after.version).toBe(g.version + 1);
  });
});

describe("the audit row of a refused stale save", () => {
  it("keeps only the fields the change defines, validated and bounded, not everything posted", async () => {
    await actAs(PEOPLE.manager);
    const stale = await replanFields("queen-marys-roehampton", { reason: "A stale re-plan" });
    expect((await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { reason: "The one that wins" }))).saved).toBe(true);
    const g = await goLiveOf("queen-marys-roehampton");
    const result = await submit(replanGoLiveAction, IDLE, { ...stale, junk: "x".repeat(900_000), another: "y".repeat(100_000) });
    expect(result.saved ? null : result.state.status).toBe("conflict");
    const row = await db.auditEvent.findFirstOrThrow({
      where: { entity: "GoLive", entityId: String(g.id), outcome: "CONFLICT" },
      orderBy: { id: "desc" },
      select: { after: true },
    });
    const after = JSON.stringify(row.after);
    expect(after).toContain("A stale re-plan");
    expect(after).not.toContain("junk");
    expect(after.length).toBeLessThan(10_000);
  });
});

describe("the audit trail's Record column", () => {
  it("names a re-plan's record by its go-live's trust and scope, and says in words when a record is no longer there", async () => {
    const g = await db.goLive.findFirstOrThrow({
      where: { trust: { slug: "queen-marys-roehampton" } },
      select: { id: true, trust: { select: { name: true } } },
    });
    // Rows whose records are not there (never were, or were deleted) and one of a kind the trail does not know.
    await db.auditEvent.createMany({
      data: [
        { actor: PEOPLE.manager, action: "go-live.replan", entity: "GoLive", entityId: "999999", after: { plan: { reason: "Gone" } } },
        { actor: PEOPLE.admin, action: "user.set-roles", entity: "User", entityId: "00000000-0000-4000-8000-000000000000", after: { roles: ["ANALYST"] } },
        { actor: PEOPLE.admin, action: "pay-run.make", entity: "PayRun", entityId: "3", after: {} },
      ],
    });
    await actAs(PEOPLE.manager);
    expect((await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { reason: "Named in the trail" }))).saved).toBe(true);

    const { entries } = await listAuditEvents(testActor("admin"), {});
    const record = (entity: string, entityId: string) => entries.find((e) => e.entity === entity && e.entityId === entityId)?.record;
    expect(g.trust.name).toMatch(/Roehampton/);
    expect(record("GoLive", String(g.id))).toEqual({ text: `${g.trust.name} — Whole trust`, found: true });
    expect(record("GoLive", "999999")).toEqual({ text: "Go-live 999999 (no longer in the record)", found: false });
    expect(record("User", "00000000-0000-4000-8000-000000000000")).toEqual({ text: "Account (no longer in the record)", found: false });
    expect(record("PayRun", "3")).toEqual({ text: "Pay run 3", found: false });
    // the source the re-plan cites is still named by its title, from the same reads
    const replan = entries.find((e) => e.entity === "GoLive" && e.entityId === String(g.id))!;
    expect(Object.values(replan.names.sources ?? {})).toEqual([expect.stringMatching(/^Computer Weekly: /)]);
  });

  it("reads the names of a page of records in one query per table, however many rows name them", async () => {
    const [goLives, trusts, sources, decisions] = await Promise.all([
      db.goLive.findMany({ select: { id: true } }),
      db.trust.findMany({ select: { id: true } }),
      db.source.findMany({ select: { id: true }, take: 30 }),
      db.decision.findMany({ select: { id: true }, take: 10 }),
    ]);
    const rows = [
      ...goLives.map((r) => ({ entity: "GoLive", entityId: String(r.id) })),
      ...trusts.map((r) => ({ entity: "Trust", entityId: String(r.id) })),
      ...sources.map((r) => ({ entity: "Source", entityId: String(r.id) })),
      ...decisions.map((r) => ({ entity: "Decision", entityId: String(r.id) })),
      { entity: "User", entityId: "nobody" },
      { entity: "UserVisit", entityId: "nobody-either" },
      { entity: "GoLive", entityId: "99999999999" },
      { entity: "PayRun", entityId: "3" },
    ];
    expect(rows.length).toBeGreaterThan(60);
    const reads: string[] = [];
    const counting = new Proxy(db, {
      get(target, model) {
        const delegate: unknown = Reflect.get(target, model);
        if (typeof model !== "string" || !delegate || typeof delegate !== "object" || !("findMany" in delegate)) return delegate;
        return { findMany: (args: unknown) => (reads.push(model), (delegate as { findMany: (a: unknown) => unknown }).findMany(args)) };
      },
    }) as RecordNamesDb;
    const names = await readRecordNames(counting, rows);
    expect(reads.sort()).toEqual(["decision", "goLive", "source", "trust", "user"]);
    expect(names.size).toBe(goLives.length + trusts.length + sources.length + decisions.length);
  });
});

describe("odd input in a form", () => {
  it("NUL and other control characters in text get a message at the field, with what was typed kept", async () => {
    await actAs(PEOPLE.manager);
    const before = await counts();
    const result = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { reason: "Board\u0000 agreed" }));
    expect(result.saved ? null : result.state.fieldErrors?.reason).toBe(
      "The reason for the re-plan must not contain control characters: type or paste it again",
    );
    expect(result.saved ? null : (result.state as { fields?: Record<string, string> }).fields?.reason).toBe("Board\u0000 agreed");
    expect(await counts()).toEqual(before);
  });

  it("ids of 2^31 and more, and negative ones, are refused with what to choose, never a database error", async () => {
    await actAs(PEOPLE.manager);
    for (const id of ["2147483648", "99999999999999999999", "-1", "0"]) {
      const badGoLive = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { goLiveId: id }));
      expect(badGoLive.saved, id).toBe(false);
      expect(badGoLive.saved ? "" : badGoLive.state.status).toBe("error");
      const badSource = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { sourceId: id }));
      expect(badSource.saved ? null : badSource.state.fieldErrors?.sourceId, id).toMatch(/^Select/);
      const badVersion = await submit(replanGoLiveAction, IDLE, await replanFields("queen-marys-roehampton", { version: id }));
      expect(badVersion.saved ? null : badVersion.state.fieldErrors?.version, id).toBe("Reload the page and try again");
    }
  });
});

describe("when a re-plan became known", () => {
  const overviewOn = async (asOf: string) => {
    const { getOverview } = await import("@/lib/data/overview");
    const { parseOverviewQuery } = await import("@/lib/validation/overview");
    const viewer = testActor("viewer");
    return (await getOverview(viewer, parseOverviewQuery({ asOf }))).rows.find((r) => r.trust.slug === "queen-marys-roehampton")!;
  };
  it("a re-plan recorded today with no date announced and a source with no date counts as known today, and changes no past date", async () => {
    await actAs(PEOPLE.manager);
    const pastBefore = JSON.stringify((await overviewOn("2009-02-11")).derived);
    const fields = await replanFields("queen-marys-roehampton", {
      ...date("plannedOn", "", "6", "2027"),
      ...date("announcedOn", "", "", ""),
      sourceId: "",
      newSourceTitle: `Trust board papers (${Date.now()})`,
      newSourcePublisher: "Trust board",
    });
    expect(await submit(replanGoLiveAction, IDLE, fields)).toMatchObject({ saved: true });
    const plan = await db.goLivePlan.findFirstOrThrow({ where: { goLive: { trust: { slug: "queen-marys-roehampton" } } }, orderBy: { sequence: "desc" } });
    expect(plan.announcedOn?.toISOString().slice(0, 10)).toBe(todayIso());
    expect(plan.announcedPrecision).toBe("DAY");
    expect(JSON.stringify((await overviewOn("2009-02-11")).derived)).toBe(pastBefore);
    expect((await overviewOn(todayIso())).derived.latestPlan?.planned).toEqual({ date: "2027-06-01", precision: "MONTH" });
  });

  it("with no date announced, a re-plan counts as known from its source's publication date", async () => {
    await actAs(PEOPLE.manager);
    expect(
      await submit(
        replanGoLiveAction,
        IDLE,
        await replanFields("queen-marys-roehampton", { ...date("plannedOn", "", "8", "2027"), ...date("announcedOn", "", "", "") }),
      ),
    ).toMatchObject({ saved: true });
    const plan = await db.goLivePlan.findFirstOrThrow({ where: { goLive: { trust: { slug: "queen-marys-roehampton" } } }, orderBy: { sequence: "desc" } });
    // The Computer Weekly report of 11 February 2009.
    expect(plan.announcedOn?.toISOString().slice(0, 10)).toBe("2009-02-11");
  });

  it("a plan dated 1 January 2009 but announced 1 June 2010 is refused with what to do, and saved once confirmed", async () => {
    await actAs(PEOPLE.manager);
    const fields = await replanFields("queen-marys-roehampton", { ...date("plannedOn", "1", "1", "2009"), ...date("announcedOn", "1", "6", "2010") });
    const refused = await submit(replanGoLiveAction, IDLE, fields);
    expect(refused.saved ? null : refused.state.fieldErrors).toEqual({
      announcedOn:
        "This re-plan was announced 1 June 2010, after the date it plans (1 January 2009). Enter the date it was announced, or confirm below that it was announced after that date",
      confirmAnnouncedLate: "Confirm that the plan was announced after the date it plans, if the record says so",
    });
    expect(refused.saved ? null : (refused.state as { fields?: Record<string, string> }).fields?.reason).toBe("Board agreed a new date");
    const confirmed = await submit(replanGoLiveAction, IDLE, {
      ...(await replanFields("queen-marys-roehampton", { ...date("plannedOn", "1", "1", "2009"), ...date("announcedOn", "1", "6", "2010") })),
      confirmAnnouncedLate: "yes",
    });
    expect(confirmed).toMatchObject({ saved: true });
  });
});

describe("when a go-live recorded here became known", () => {
  const rowOn = async (asOf: string, view?: string) => {
    const { getOverview } = await import("@/lib/data/overview");
    const { parseOverviewQuery } = await import("@/lib/validation/overview");
    const viewer = testActor("viewer");
    return (await getOverview(viewer, parseOverviewQuery({ asOf, ...(view ? { view } : {}) }))).rows.find((r) => r.trust.slug === "queen-marys-roehampton")!;
  };
  const goLiveFields = async (overrides: Record<string, string>) => {
    const g = await goLiveOf("queen-marys-roehampton");
    return { goLiveId: String(g.id), version: String(g.version), certainty: "UNCERTAIN", overrideReason: "Test: the halt was lifted by then", ...overrides };
  };

  it("a date it became known before the go-live itself is refused at the field, with what was typed kept", async () => {
    await actAs(PEOPLE.manager);
    const refused = await submit(
      recordActualGoLiveAction,
      IDLE,
      await goLiveFields({ ...date("wentLiveOn", "1", "6", "2009"), ...date("knownOn", "1", "5", "2009"), sourceId: String(sourceId) }),
    );
    expect(refused.saved ? null : refused.state.fieldErrors).toEqual({
      knownOn: "Date it became known must be on or after the go-live date: the record cannot have reported it before it happened",
    });
    expect(refused.saved ? null : (refused.state as { fields?: Record<string, string> }).fields?.["knownOn-month"]).toBe("5");
  });

  it("left empty with an undated source, it counts from today: no past date changes, and with hindsight it shows, reported later", async () => {
    await actAs(PEOPLE.manager);
    const before = JSON.stringify((await rowOn("2010-01-01")).derived);
    const saved = await submit(
      recordActualGoLiveAction,
      IDLE,
      await goLiveFields({
        ...date("wentLiveOn", "1", "6", "2009"),
        ...date("knownOn", "", "", ""),
        sourceId: "",
        newSourceTitle: `Trust board minutes (${Date.now()})`,
        newSourcePublisher: "Trust board",
      }),
    );
    expect(saved).toMatchObject({ saved: true, url: "/trusts/queen-marys-roehampton?saved=go-live#history" });
    const actual = await db.goLiveActual.findFirstOrThrow({ where: { goLive: { trust: { slug: "queen-marys-roehampton" } } }, orderBy: { id: "desc" } });
    expect(actual.knownOn?.toISOString().slice(0, 10)).toBe(todayIso());
    expect(JSON.stringify((await rowOn("2010-01-01")).derived)).toBe(before);
    const hindsight = await rowOn("2010-01-01", "hindsight");
    expect(hindsight.derived.status).toBe("LIVE");
    expect(hindsight.reportedLater).toBe(todayIso());
    expect((await rowOn(todayIso())).derived.status).toBe("LIVE");
  });
});

describe("an acceptance on the trust page", () => {
  it("shows with its date and source, and the Royal Free's payments are due from it, not before", async () => {
    await actAs(PEOPLE.manager);
    const g = await goLiveOf("royal-free");
    const saved = await submit(recordAcceptanceAction, IDLE, {
      goLiveId: String(g.id),
      version: String(g.version),
      ...date("acceptedOn", "1", "12", "2008"),
      sourceId: String(sourceId),
      certainty: "UNCERTAIN",
    });
    expect(saved).toEqual({ saved: true, url: "/trusts/royal-free?saved=acceptance#history" });
    const { getTrustDetail } = await import("@/lib/data/trust");
    const viewer = testActor("viewer");
    const before = (await getTrustDetail(viewer, "royal-free", { asOf: "2008-11-30", hindsight: true }))!;
    expect(before.payments.filter((p) => p.kind !== "EARNED_TO_DATE").map((p) => p.due)).toEqual([
      { state: "awaiting-acceptance" },
      { state: "awaiting-acceptance" },
    ]);
    // Its only source was published on 11 February 2009: as it stood on 2 December 2008 nobody knew yet.
    const asItStood = (await getTrustDetail(viewer, "royal-free", { asOf: "2008-12-02", hindsight: false }))!;
    expect(asItStood.acceptances.filter((a) => a.knownFrom! <= "2008-12-02")).toEqual([]);
    expect(asItStood.payments.filter((p) => p.kind !== "EARNED_TO_DATE").map((p) => p.due)).toEqual([
      { state: "awaiting-acceptance" },
      { state: "awaiting-acceptance" },
    ]);
    expect(
      (await getTrustDetail(viewer, "royal-free", { asOf: "2009-02-11", hindsight: false }))!.payments.find((p) => p.kind === "DEPLOYMENT_CHARGE")!.due,
    ).toEqual({ state: "due", from: { date: "2008-12-01", precision: "DAY" } });
    const after = (await getTrustDetail(viewer, "royal-free", { asOf: "2008-12-02", hindsight: true }))!;
    expect(after.acceptances.map((a) => [a.accepted, a.sources.map((s) => s.key)])).toEqual([
      [{ date: "2008-12-01", precision: "DAY" }, ["cw-2009-02-11-bt-to-resume"]],
    ]);
    expect(after.payments.map((p) => [p.kind, p.due])).toEqual([
      ["DEPLOYMENT_CHARGE", { state: "due", from: { date: "2008-12-01", precision: "DAY" } }],
      ["SERVICE_CHARGE", { state: "due", from: { date: "2008-12-01", precision: "DAY" } }],
    ]);
  });
});

describe("a second go-live on a go-live already live", () => {
  const viewer = testActor("viewer");
  const actualFields = async (slug: string, d: string, m: string, y: string, extra: Record<string, string> = {}) => {
    const g = await goLiveOf(slug);
    return {
      goLiveId: String(g.id),
      version: String(g.version),
      ...date("wentLiveOn", d, m, y),
      sourceId: String(sourceId),
      certainty: "SINGLE_SOURCE",
      ...extra,
    };
  };

  it("is never saved silently: the person is asked whether it is a correction or another source's claim", async () => {
    await actAs(PEOPLE.manager);
    const before = await counts();
    const result = await submit(recordActualGoLiveAction, IDLE, await actualFields("kingston", "1", "12", "2009"));
    expect(result.saved ? null : result.state.fieldErrors?.secondActual).toMatch(
      /^Kingston Hospital NHS Trust is already recorded as live on 30 November 2009 \(.+\)\. Choose whether this corrects that record or is another source's claim$/,
    );
    expect(await counts()).toEqual(before);
  });

  it("another source's claim keeps both dates and lists them in the conflicts, where the overview says the sources disagree", async () => {
    await actAs(PEOPLE.manager);
    const { listConflicts } = await import("@/lib/data/conflicts");
    const openBefore = (await listConflicts(viewer, "open")).length;
    expect(await submit(recordActualGoLiveAction, IDLE, await actualFields("kingston", "1", "12", "2009", { secondActual: "CONFLICT" }))).toEqual({
      saved: true,
      url: "/trusts/kingston?saved=go-live#history",
    });
    const open = await listConflicts(viewer, "open");
    // One conflict for the go-live's date (the permission matrix above may have opened it already).
    const kingstons = open.filter((c) => c.title.startsWith("When Kingston Hospital NHS Trust went live"));
    expect(kingstons).toHaveLength(1);
    expect(open.length).toBeGreaterThan(openBefore - 1);
    const kingston = kingstons[0]!;
    expect(kingston.claims.map((c) => c.claim)).toEqual(expect.arrayContaining(["30 November 2009", "1 December 2009"]));
    const { getOverview } = await import("@/lib/data/overview");
    const { parseOverviewQuery } = await import("@/lib/validation/overview");
    const goLiveId = (await goLiveOf("kingston")).id;
    // Recorded today with nothing to say it was known earlier: as the record stood in June 2010 the sources
    // did not yet disagree; with hindsight (and today) they do.
    const rowOn = async (q: Record<string, string>) => (await getOverview(viewer, parseOverviewQuery(q))).rows.find((r) => r.goLiveId === goLiveId)!;
    expect((await rowOn({ asOf: "2010-06-01" })).derived.isDisputed).toBe(false);
    const row = await rowOn({ asOf: "2010-06-01", view: "hindsight" });
    expect(row.derived.isDisputed).toBe(true);
    expect(row.derived.reason).toMatch(/^Live\. Sources disagree on the day: 30 November 2009 .* or 1 December 2009/);
    expect((await rowOn({})).derived.isDisputed).toBe(true);
    // A third claim joins the same conflict rather than opening another.
    expect(await submit(recordActualGoLiveAction, IDLE, await actualFields("kingston", "2", "12", "2009", { secondActual: "CONFLICT" }))).toMatchObject({
      saved: true,
    });
    expect((await listConflicts(viewer, "open")).filter((c) => c.title.startsWith("When Kingston Hospital NHS Trust went live"))).toHaveLength(1);
  });

  it("a correction supersedes the earlier date from today on, and the past still shows what the record said then", async () => {
    await actAs(PEOPLE.manager);
    const { getOverview } = await import("@/lib/data/overview");
    const { parseOverviewQuery } = await import("@/lib/validation/overview");
    const wentLive = async (asOf: string) =>
      (await getOverview(viewer, parseOverviewQuery({ asOf }))).rows.find((r) => r.trust.slug === "st-georges")!.derived.actuals.map((a) => a.wentLive.date);
    expect(await wentLive("2010-06-01")).toEqual(["2010-03-29"]);
    expect(await submit(recordActualGoLiveAction, IDLE, await actualFields("st-georges", "30", "3", "2010", { secondActual: "CORRECTION" }))).toMatchObject({
      saved: true,
    });
    expect(await wentLive(todayIso())).toEqual(["2010-03-30"]);
    expect(await wentLive("2010-06-01")).toEqual(["2010-03-29"]);
    const rows = await db.goLiveActual.findMany({
      where: { goLive: { trust: { slug: "st-georges" } } },
      orderBy: { id: "asc" },
      select: { wentLiveOn: true, supersededAt: true, supersededById: true, id: true },
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.supersededById).toBe(rows[1]!.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "go-live.record-actual" }, orderBy: { id: "desc" }, select: { after: true } });
    expect(audit.after).toMatchObject({ superseded: [rows[0]!.id] });
  });
});

describe("a re-plan of a go-live already live", () => {
  it("is not offered by the form's read and is refused by the write, with the record unchanged", async () => {
    const { getGoLiveForForm } = await import("@/lib/data/forms");
    const manager = { id: "m", email: PEOPLE.manager, name: "Manager", roles: ["PROGRAMME_MANAGER" as const] };
    const kingston = await goLiveOf("kingston");
    // Earlier tests here record go-lives: any go-live still without one will do.
    const notLive = await db.goLive.findFirstOrThrow({ where: { actuals: { none: {} } }, select: { id: true, trust: { select: { slug: true } } } });
    expect((await getGoLiveForForm(manager, "go-live.replan", "kingston", kingston.id))?.canBeReplanned).toBe(false);
    expect((await getGoLiveForForm(manager, "go-live.replan", notLive.trust.slug, notLive.id))?.canBeReplanned).toBe(true);
    await actAs(PEOPLE.manager);
    const before = await counts();
    const result = await submit(replanGoLiveAction, IDLE, await replanFields("kingston", date("plannedOn", "", "6", "2010")));
    expect(result.saved ? null : result.state.fieldErrors?.plannedOn).toMatch(/^This go-live has already happened, so it cannot be re-planned/);
    expect(await counts()).toEqual(before);
  });
});
