// Board decisions through the real server action: who may record them, and that a halt changes
// what the overview and the CSV say as of any date, and a resume lifts it. Writes, so it has a
// database of its own.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { PEOPLE, testActor } from "../support/people";
import { recordDecisionAction } from "@/lib/actions/decisions";
import { IDLE } from "@/lib/actions/state";
import { getOverview } from "@/lib/data/overview";
import { parseOverviewQuery } from "@/lib/validation/overview";
import { fetchExport as exportGoLives } from "./support/export-route";

const { db } = await startFreshDatabase();
const viewer = testActor("viewer");

const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });
const sourceId = async () => String((await db.source.findFirstOrThrow({ where: { key: "cw-2009-02-11-bt-to-resume" } })).id);
const trustId = async (slug: string) => String((await db.trust.findUniqueOrThrow({ where: { slug } })).id);
const statusOn = async (asOf: string, slug: string) =>
  (await getOverview(viewer, parseOverviewQuery({ asOf }))).rows.find((r) => r.trust.slug === slug)?.derived.status;

async function haltFields(title: string) {
  return {
    kind: "HALT",
    title,
    body: "Kingston Hospital NHS Trust board",
    scope: "NAMED_TRUSTS",
    trustIds: [await trustId("queen-marys-roehampton")],
    ...date("decidedOn", "10", "3", "2009"),
    rationale: "Testing the effect of a halt",
    sourceId: await sourceId(),
    certainty: "SINGLE_SOURCE",
  };
}

describe("who may record a board decision", () => {
  for (const person of ["nobody", "viewer", "analyst", "manager", "board", "admin"] as const) {
    const allowed = person === "board";
    it(`${person} ${allowed ? "can" : "cannot"} record a decision`, async () => {
      await actAs(person === "nobody" ? null : PEOPLE[person]);
      const before = await db.decision.count();
      const result = await submit(recordDecisionAction, IDLE, await haltFields(`Matrix halt by ${person}`));
      expect(result.saved, JSON.stringify(result)).toBe(allowed);
      expect(await db.decision.count()).toBe(before + (allowed ? 1 : 0));
      if (!result.saved) expect(result.state.message).toMatch(person === "nobody" ? /session has ended/ : /cannot make this change/);
    });
  }
});

describe("a halt and its resume change the status as of any date", () => {
  it("a named-trust halt holds Roehampton from its date, in the overview and the CSV, and a resume lifts it", async () => {
    await actAs(PEOPLE.board);
    // The board member's halt of 10 March 2009 from the matrix above.
    const existing = await db.decision.findFirst({ where: { title: "Matrix halt by board" }, select: { id: true } });
    expect(existing).not.toBeNull();
    expect(await statusOn("2009-03-11", "queen-marys-roehampton")).toBe("HALTED");
    expect(await statusOn("2009-03-09", "queen-marys-roehampton")).not.toBe("HALTED");
    expect(await statusOn("2009-03-11", "kingston")).not.toBe("HALTED");

    await actAs(PEOPLE.analyst);
    const csv = await (await exportGoLives(new Request("http://localhost/exports/go-lives.csv?asOf=2009-03-11"))).text();
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(rows.find((r) => r.trust === "Queen Mary's Hospital, Roehampton")?.status).toBe("halted");

    await actAs(PEOPLE.board);
    const resume = await submit(recordDecisionAction, IDLE, {
      kind: "RESUME",
      title: "Resume Roehampton",
      body: "Kingston Hospital NHS Trust board",
      scope: "NAMED_TRUSTS",
      trustIds: [await trustId("queen-marys-roehampton")],
      liftsId: String(existing!.id),
      ...date("decidedOn", "20", "3", "2009"),
      rationale: "Testing a resume",
      sourceId: await sourceId(),
      certainty: "SINGLE_SOURCE",
    });
    expect(resume.saved, JSON.stringify(resume)).toBe(true);
    expect(await statusOn("2009-03-19", "queen-marys-roehampton")).toBe("HALTED");
    expect(await statusOn("2009-03-21", "queen-marys-roehampton")).not.toBe("HALTED");
  });
});

describe("bad input for a decision", () => {
  it("an empty form lists every missing field", async () => {
    await actAs(PEOPLE.board);
    const result = await submit(recordDecisionAction, IDLE, {});
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(Object.keys(result.state.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["kind", "title", "body", "scope", "rationale", "certainty", "decidedOn", "sourceId"]),
    );
  });

  it("unknown trusts, an impossible date and over-long text are refused with what to fix", async () => {
    await actAs(PEOPLE.board);
    const unknown = await submit(recordDecisionAction, IDLE, { ...(await haltFields("Unknown trust halt")), trustIds: ["999999"] });
    expect(unknown.saved ? null : unknown.state.fieldErrors?.trustIds).toBe("Select trusts that are in the record");
    const impossible = await submit(recordDecisionAction, IDLE, { ...(await haltFields("Bad date halt")), ...date("decidedOn", "30", "2", "2009") });
    expect(impossible.saved ? null : impossible.state.fieldErrors?.decidedOn).toBe("Date decided must be a real date");
    const long = await submit(recordDecisionAction, IDLE, { ...(await haltFields("x".repeat(201))) });
    expect(long.saved ? null : long.state.fieldErrors?.title).toMatch(/200 characters or fewer/);
  });

  it("HTML and formula text are stored exactly as typed", async () => {
    await actAs(PEOPLE.board);
    const rationale = `<img src=x onerror=alert(1)> =2+5+cmd|' /C calc'!A0`;
    const saved = await submit(recordDecisionAction, IDLE, { ...(await haltFields("Halt with odd text")), rationale });
    expect(saved.saved).toBe(true);
    expect((await db.decision.findFirstOrThrow({ where: { title: "Halt with odd text" } })).rationale).toBe(rationale);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "decision.record" }, orderBy: { occurredAt: "desc" } });
    expect(JSON.stringify(audit.after)).toContain("onerror=alert(1)");
  });
});

describe("a decision's dated commitment, for the promises ledger", () => {
  it("is refused without its date or who made it, or a met date without words, and writes nothing", async () => {
    await actAs(PEOPLE.board);
    const before = await db.decision.count();
    const noDate = await submit(recordDecisionAction, IDLE, {
      ...(await haltFields("Commitment without a date")),
      commitment: "Fixes in place",
      commitmentByKind: "SUPPLIER",
    });
    expect(noDate.saved ? null : noDate.state.fieldErrors?.commitmentDueOn).toBe("Enter the date it commits to");
    const noMaker = await submit(recordDecisionAction, IDLE, {
      ...(await haltFields("Commitment without a maker")),
      commitment: "Fixes in place",
      ...date("commitmentDueOn", "", "6", "2009"),
    });
    expect(noMaker.saved ? null : noMaker.state.fieldErrors?.commitmentByKind).toBe(
      "Select whether a supplier, a trust or a programme body made the commitment",
    );
    const noWords = await submit(recordDecisionAction, IDLE, { ...(await haltFields("A met date alone")), ...date("commitmentMetOn", "1", "6", "2009") });
    expect(noWords.saved ? null : noWords.state.fieldErrors?.commitment).toBe("Say what the decision commits to, or leave the commitment's fields empty");
    expect(await db.decision.count()).toBe(before);
  });

  it("is saved with the decision and its audit row, and the ledger judges it", async () => {
    await actAs(PEOPLE.board);
    const saved = await submit(recordDecisionAction, IDLE, {
      ...(await haltFields("BT to fix the 22 problems by June 2009")),
      kind: "RECOMMEND",
      commitment: "The 22 problems fixed",
      ...date("commitmentDueOn", "", "6", "2009"),
      commitmentDueLabel: "by June 2009",
      commitmentByKind: "SUPPLIER",
    });
    expect(saved.saved, JSON.stringify(saved)).toBe(true);
    const row = await db.decision.findFirstOrThrow({
      where: { title: "BT to fix the 22 problems by June 2009" },
      select: { key: true, commitment: true, commitmentDuePrecision: true, commitmentByKind: true, commitmentMetOn: true },
    });
    expect(row).toMatchObject({ commitment: "The 22 problems fixed", commitmentDuePrecision: "MONTH", commitmentByKind: "SUPPLIER", commitmentMetOn: null });
    expect(saved.saved ? saved.url : "").toBe(`/decisions/${row.key}`);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "decision.record", entityId: { not: null } },
      orderBy: { id: "desc" },
      select: { after: true },
    });
    expect(audit.after).toMatchObject({ commitment: "The 22 problems fixed", commitmentByKind: "SUPPLIER" });
    const { loadPromises } = await import("@/lib/data/promises");
    const promise = (await loadPromises(viewer, "2026-01-01")).rows.find((r) => r.decisionKey === row.key);
    // past due, and the record does not say it was met: not known, never broken
    expect(promise).toMatchObject({ outcome: "NOT_KNOWN", madeByKind: "SUPPLIER", due: { end: "2009-06-30", label: "by June 2009" } });
  });
});
