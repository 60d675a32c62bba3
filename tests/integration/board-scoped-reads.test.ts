// The board's pages read only the plans their rules read (what each decision cost, the board pack and
// the what-if: loadCostRecord; the baseline comparison: its rows' plans and, for its page, the go-lives'
// whole history) and give exactly what the rules give on the whole record. The sample data is given
// more to tell them apart: named halts, a partial resume, a postponement and a withdrawal, re-plans
// announced between them, one with no announcement known only from a later source, a halt naming a
// trust with no go-live, and sixty more go-lives re-planned in 2009 so that the comparison has pages.
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { testActor } from "../support/people";
import { loadAcceptances, loadBoardPack, loadPackChanges, loadPackProblems, loadPaymentFacts, loadProgrammeCosts, loadWhatIf } from "@/lib/data/board";
import { runWhatIf } from "@/lib/domain/what-if";
import { loadRecord, loadRolloutFacts } from "@/lib/data/rollout";
import { baselineOnRecord, loadBaseline, loadComparison } from "@/lib/data/baselines";
import { baselineFromRecord, compareWithBaseline } from "@/lib/domain/baseline";
import { readRecord } from "@/lib/domain/rollout";
import { programmeCosts, programmeTotals } from "@/lib/domain/decision-cost";
import { buildBoardPack, packExceptions } from "@/lib/domain/board-pack";
import { asRead } from "@/lib/domain/knowledge";
import { refreshSpans } from "@/lib/derived/status-spans";
import { milestoneTrends } from "@/lib/domain/milestone-trends";
import { exceptionsOn } from "@/lib/domain/tolerances";
import { readTolerances } from "@/lib/data/tolerances";

// This file writes: it gets a database of its own.
const { db } = await startFreshDatabase();
const board = testActor("board");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  const trust = (slug: string) =>
    db.trust.findUniqueOrThrow({ where: { slug }, select: { id: true, goLives: { select: { id: true, plans: { select: { sequence: true } } } } } });
  const [kingston, stGeorges, imperial] = await Promise.all([trust("kingston"), trust("st-georges"), trust("imperial")]);
  const later = await db.source.create({
    data: {
      key: "test-costs-later-source",
      title: "Test: a re-plan reported later",
      publisher: "Test",
      publishedOn: day("2009-06-01"),
      publishedPrecision: "DAY",
    },
  });
  const source = await db.source.create({
    data: { key: "test-costs-source", title: "Test: board minutes", publisher: "Test", publishedOn: day("2009-03-01"), publishedPrecision: "DAY" },
  });
  const orphan = await db.trust.create({
    data: { slug: "test-no-go-live", name: "Test Trust Without A Go-Live", shortName: "No go-live", certainty: "SINGLE_SOURCE" },
  });
  const plan = (goLive: { id: number; plans: { sequence: number }[] }, n: number, planned: string, precision: "DAY" | "MONTH", announced: string | null) => ({
    goLiveId: goLive.id,
    sequence: Math.max(0, ...goLive.plans.map((p) => p.sequence)) + n,
    plannedOn: day(planned),
    plannedPrecision: precision,
    announcedOn: announced ? day(announced) : null,
    announcedPrecision: announced ? ("DAY" as const) : null,
    certainty: "SINGLE_SOURCE" as const,
    sources: { connect: [{ id: announced ? source.id : later.id }] },
  });
  const kingstonGoLive = kingston.goLives[0]!;
  const stGeorgesGoLive = stGeorges.goLives[0]!;
  await db.$transaction(
    async (tx) => {
      for (const data of [
        plan(kingstonGoLive, 1, "2009-09-01", "MONTH", "2009-03-02"),
        plan(kingstonGoLive, 2, "2010-01-15", "DAY", null),
        plan(stGeorgesGoLive, 1, "2009-10-01", "MONTH", "2009-03-10"),
        plan(stGeorgesGoLive, 2, "2010-02-01", "DAY", "2009-08-01"),
      ])
        await tx.goLivePlan.create({ data });
      const decision = (
        key: string,
        kind: "HALT" | "RESUME" | "POSTPONE" | "WITHDRAW",
        decided: string,
        precision: "DAY" | "MONTH",
        trustIds: number[],
        extra: { reportedOn?: string; liftsId?: number } = {},
      ) =>
        tx.decision.create({
          data: {
            key,
            kind,
            title: `Test ${kind.toLowerCase()} ${key}`,
            decidedOn: day(decided),
            decidedPrecision: precision,
            body: "Test board",
            scope: "NAMED_TRUSTS",
            certainty: "SINGLE_SOURCE",
            reportedOn: extra.reportedOn ? day(extra.reportedOn) : null,
            liftsId: extra.liftsId ?? null,
            trusts: { connect: trustIds.map((id) => ({ id })) },
            sources: { connect: [{ id: source.id }] },
          },
        });
      // A tolerance the board recorded on the day it agreed it (decision 020): the packs lead with its exceptions.
      await tx.tolerance.create({
        data: {
          key: "test-slip-90",
          kind: "SLIP",
          slipDays: 90,
          baselineOn: day("2008-10-30"),
          agreedOn: day("2008-11-01"),
          reason: "Test",
          setById: "test",
          setByEmail: "board@example.test",
          createdAt: day("2008-11-01"),
        },
      });
      const halt = await decision("test-costs-halt", "HALT", "2009-04-01", "MONTH", [kingston.id, stGeorges.id], { reportedOn: "2009-04-10" });
      await decision("test-costs-resume", "RESUME", "2009-07-15", "DAY", [kingston.id], { liftsId: halt.id });
      await decision("test-costs-postpone", "POSTPONE", "2009-08-20", "DAY", [stGeorges.id]);
      await decision("test-costs-withdraw", "WITHDRAW", "2009-05-05", "DAY", [imperial.id]);
      await decision("test-costs-orphan-halt", "HALT", "2009-05-01", "DAY", [orphan.id]);
      await refreshSpans(tx, { trustIds: [kingston.id, stGeorges.id, imperial.id, orphan.id] });
      // Sixty go-lives: planned for 2009 (announced 2008), most re-planned in 2009, some twice, one with no date.
      const added: number[] = [];
      for (let i = 0; i < 60; i++) {
        const n = String(i).padStart(2, "0");
        const t = await tx.trust.create({
          data: { slug: `test-compare-${n}`, name: `Test Compare Trust ${n}`, shortName: `Compare ${n}`, certainty: "SINGLE_SOURCE" },
        });
        const month = String((i % 12) + 1).padStart(2, "0");
        const plans = [
          {
            sequence: 1,
            plannedOn: day(`2009-${month}-01`),
            plannedPrecision: "MONTH" as const,
            announcedOn: day("2008-06-01"),
            announcedPrecision: "DAY" as const,
            certainty: "SINGLE_SOURCE" as const,
            sources: { connect: [{ id: source.id }] },
          },
          ...(i % 3 === 0
            ? []
            : [
                {
                  sequence: 2,
                  plannedOn: day(`2010-${month}-15`),
                  plannedPrecision: "DAY" as const,
                  announcedOn: day(`2009-0${(i % 8) + 1}-10`),
                  announcedPrecision: "DAY" as const,
                  certainty: "SINGLE_SOURCE" as const,
                  sources: { connect: [{ id: source.id }] },
                },
              ]),
          ...(i % 5 === 0
            ? [
                {
                  sequence: 3,
                  plannedOn: null,
                  plannedLabel: "postponed",
                  plannedPrecision: null,
                  announcedOn: day("2009-11-01"),
                  announcedPrecision: "DAY" as const,
                  certainty: "SINGLE_SOURCE" as const,
                },
              ]
            : []),
          ...(i % 7 === 0
            ? [
                {
                  sequence: 4,
                  plannedOn: day(`2011-${month}-01`),
                  plannedPrecision: "MONTH" as const,
                  announcedOn: null,
                  announcedPrecision: null,
                  certainty: "SINGLE_SOURCE" as const,
                  sources: { connect: [{ id: later.id }] },
                },
              ]
            : []),
        ];
        const goLive = await tx.goLive.create({
          data: { trustId: t.id, scope: "Whole trust", certainty: "SINGLE_SOURCE", sources: { connect: [{ id: source.id }] }, plans: { create: plans } },
        });
        added.push(goLive.id);
      }
      await refreshSpans(tx, { goLiveIds: added });
    },
    { timeout: 120_000 },
  );
});

const DAYS = ["2008-11-15", "2009-02-11", "2009-04-20", "2009-06-15", "2009-09-01", "2010-06-01"] as const;

describe("what each decision cost, read from the plans the rules read", () => {
  for (const asOf of DAYS) {
    for (const hindsight of [false, true]) {
      it(`is what the whole record gives on ${asOf}${hindsight ? " with hindsight" : " as it stood"}`, async () => {
        const view = { asOf, hindsight };
        const read = await loadProgrammeCosts(board, view);
        const whole = programmeCosts(await loadRecord(board, view), read.payments, asOf);
        expect(JSON.stringify(read.costs)).toBe(JSON.stringify(whole));
        expect(read.totals).toEqual(programmeTotals(whole));
      });
    }
  }

  it("lists the test decisions that had taken effect, with what they held", async () => {
    const { costs } = await loadProgrammeCosts(board, { asOf: "2009-09-01", hindsight: false });
    const byKey = new Map(costs.map((c) => [c.decision.key, c]));
    expect(
      byKey
        .get("test-costs-halt")!
        .goLives.map((g) => g.trust.slug)
        .sort(),
    ).toEqual(["kingston", "st-georges"]);
    // Lifted for Kingston on 15 July 2009; still holding St George's.
    const held = new Map(byKey.get("test-costs-halt")!.goLives.map((g) => [g.trust.slug, g]));
    expect(held.get("kingston")).toMatchObject({ end: "LIFTED", from: "2009-04-10", until: "2009-07-15" });
    expect(held.get("st-georges")).toMatchObject({ end: "IN_FORCE", until: "2009-09-01" });
    // The plan in force when the halt took effect: St George's re-plan announced on 10 March 2009.
    expect(held.get("st-georges")!.planAtDecision).toEqual({ date: "2009-10-01", precision: "MONTH" });
    expect(byKey.get("test-costs-orphan-halt")!.goLives).toEqual([]);
    expect(byKey.has("test-costs-postpone")).toBe(true);
  });
});

describe("the board pack, read from the plans it states", () => {
  const packs = [
    { since: "2009-03-01", to: "2009-09-01", hindsight: false },
    { since: "2009-03-01", to: "2009-09-01", hindsight: true },
    { since: "2008-10-01", to: "2009-02-11", hindsight: false },
    { since: "2009-01-01", to: "2010-06-01", hindsight: true },
  ];
  // The plans behind a row's status are the rules' (`knownPlans` holds those read): every other part is compared.
  const withoutKnownPlans = (x: unknown) => JSON.stringify(x, (key, value) => (key === "knownPlans" ? undefined : value));

  for (const query of [...packs, { to: "2009-09-01", decisionKey: "test-costs-halt", hindsight: false }]) {
    it(`is what the whole record gives for ${JSON.stringify(query)}`, async () => {
      const loaded = await loadBoardPack(board, query);
      expect(loaded.notFound).toBe(false);
      if (loaded.notFound) return;
      const view = { asOf: query.to, hindsight: query.hindsight };
      const facts = await loadRecord(board, view);
      const [payments, problems] = await Promise.all([loadPaymentFacts(board, query.to, query.hindsight), loadPackProblems(board, query.to, db)]);
      const decision = "decisionKey" in query ? facts.decisions.find((d) => d.key === query.decisionKey)! : null;
      const whole = buildBoardPack(
        {
          facts,
          problems: problems.map((p) => asRead(p, query.hindsight)),
          payments,
          conflicts: loaded.pack.conflicts,
          corrections: { since: loaded.pack.correctionsSince, list: loaded.pack.corrections },
        },
        { since: loaded.pack.since, to: query.to, decision },
      );
      // The pack's milestone trends (decision 018): its go-lives' forecasts from the whole record, as it stood.
      const raw = await loadRolloutFacts(board);
      const drawn = new Set(loaded.pack.trends!.rows.map((r) => r.goLiveId));
      const trends = {
        dates: loaded.pack.trends!.dates,
        rows: milestoneTrends({ ...raw, goLives: raw.goLives.filter((g) => drawn.has(g.id)) }, loaded.pack.trends!.dates, query.to),
      };
      // Its exceptions (decision 020): from the whole record, with every tolerance.
      const tolerances = (await readTolerances(db)).filter((t) => t.agreedOn <= query.to && (query.hindsight || t.knownFrom! <= query.to));
      const exceptions = packExceptions(
        { exceptions: exceptionsOn(raw, tolerances, new Map(), view), applying: tolerances.length, recordedLater: 0 },
        loaded.pack.since,
      );
      expect(loaded.pack.exceptions!.list.length).toBeGreaterThan(0);
      expect(withoutKnownPlans(loaded.pack)).toBe(withoutKnownPlans({ ...whole, trends, exceptions }));
      expect(loaded.pack.changes.length).toBeGreaterThan(0);
    });
  }

  for (const window of [
    { since: "2009-03-01", to: "2009-09-01" },
    { since: "2008-10-01", to: "2009-02-11" },
  ]) {
    it(`the changes between two packs (${window.since} to ${window.to}) are the pack's own, read without the rest of a pack`, async () => {
      const loaded = await loadBoardPack(board, window);
      if (loaded.notFound) throw new Error("not found");
      const changes = await loadPackChanges(board, window);
      expect(changes.length).toBeGreaterThan(0);
      expect(JSON.stringify(changes)).toBe(JSON.stringify(loaded.pack.changes));
    });
  }

  it("a pack for a decision lists the changes since it took effect", async () => {
    const loaded = await loadBoardPack(board, { to: "2009-09-01", decisionKey: "test-costs-halt" });
    if (loaded.notFound) throw new Error("not found");
    expect(loaded.pack.since).toBe("2009-04-09");
    expect(loaded.pack.changes.some((c) => c.kind === "PLAN" && c.text.includes("planned for"))).toBe(true);
  });

  it("a decision the record did not know on the meeting date is not found", async () => {
    const loaded = await loadBoardPack(board, { to: "2009-02-11", decisionKey: "test-costs-halt" });
    expect(loaded.notFound).toBe(true);
  });
});

describe("the what-if, read from the plans it reads", () => {
  const scenarios = [
    { move: "decision", decision: "test-costs-halt", date: "2009-06-01", asOf: "2009-09-01" },
    { move: "decision", decision: "test-costs-halt", date: "2009-02-01", asOf: "2010-06-01" },
    { move: "decision", decision: "test-costs-resume", date: "2009-05-01", asOf: "2009-09-01", view: "hindsight" },
    { move: "decision", decision: "halt-2008-10", date: "2008-12-01", asOf: "2010-06-01" },
    { move: "decision", decision: "resume-2009-02", date: "2009-06-15", asOf: "2010-06-01", view: "hindsight" },
  ];
  for (const params of scenarios) {
    it(`is what the whole record gives for ${JSON.stringify(params)}`, async () => {
      const { parseWhatIfQuery } = await import("@/lib/validation/what-if");
      const query = parseWhatIfQuery(params);
      expect(query.errors).toEqual([]);
      const read = await loadWhatIf(board, query);
      expect(read.error).toBeNull();
      const view = { asOf: query.asOf, hindsight: query.hindsight };
      const facts = await loadRecord(board, view);
      const decision = facts.decisions.find((d) => d.key === params.decision)!;
      const [payments, acceptances] = await Promise.all([loadPaymentFacts(board, query.asOf, query.hindsight), loadAcceptances(query.asOf, query.hindsight)]);
      const whole = runWhatIf(facts, payments, acceptances, { kind: "decision", decisionId: decision.id, date: params.date }, query.asOf);
      expect(JSON.stringify(read.result)).toBe(JSON.stringify(whole));
      expect(read.goLives.length).toBeGreaterThan(0);
    });
  }

  it("moves a planned go-live as the whole record does", async () => {
    const { parseWhatIfQuery } = await import("@/lib/validation/what-if");
    const stGeorges = await db.goLive.findFirstOrThrow({ where: { trust: { slug: "st-georges" } }, select: { id: true } });
    const query = parseWhatIfQuery({ move: "plan", goLive: String(stGeorges.id), planned: "2009-05-01", asOf: "2009-09-01" });
    const read = await loadWhatIf(board, query);
    const facts = await loadRecord(board, { asOf: "2009-09-01", hindsight: false });
    const [payments, acceptances] = await Promise.all([loadPaymentFacts(board, "2009-09-01"), loadAcceptances("2009-09-01")]);
    const whole = runWhatIf(
      facts,
      payments,
      acceptances,
      { kind: "plan", goLiveId: stGeorges.id, date: { date: "2009-05-01", precision: "DAY" } },
      "2009-09-01",
    );
    expect(JSON.stringify(read.result)).toBe(JSON.stringify(whole));
    // Inside the test halt, which was still holding St George's: it could not go live.
    expect(read.result!.rows.find((r) => r.goLiveId === stGeorges.id)!.reason).toContain("Test halt test-costs-halt");
  });
});

describe("the baseline comparison, a page at a time", () => {
  const cases = [
    { on: "2008-10-30", asOf: "2010-06-01", hindsight: false },
    { on: "2008-10-30", asOf: "2010-06-01", hindsight: true },
    { on: "2009-03-01", asOf: "2009-09-01", hindsight: false },
    { on: "2009-06-15", asOf: "2012-01-01", hindsight: false },
  ];
  for (const c of cases) {
    it(`gives, page by page, what the whole record gives against the record on ${c.on}, on ${c.asOf}${c.hindsight ? " with hindsight" : ""}`, async () => {
      const whole = await loadRolloutFacts(board);
      const baseline = baselineFromRecord(readRecord(whole, { asOf: c.on, hindsight: c.hindsight }), c.on);
      const expected = compareWithBaseline(readRecord(whole, { asOf: c.asOf, hindsight: c.hindsight }), baseline, c.asOf);
      expect(expected.rows.length).toBeGreaterThan(50);
      const first = await loadComparison(board, { on: c.on, asOf: c.asOf, hindsight: c.hindsight });
      if ("notFound" in first) throw new Error("not found");
      expect(first.pageCount).toBe(Math.ceil(expected.rows.length / 50));
      expect(first.total).toBe(expected.rows.length);
      const rows = [...first.comparison.rows];
      for (let page = 2; page <= first.pageCount; page++) {
        const next = await loadComparison(board, { on: c.on, asOf: c.asOf, hindsight: c.hindsight, page });
        if ("notFound" in next) throw new Error("not found");
        rows.push(...next.comparison.rows);
      }
      expect(first.comparison.rows).toHaveLength(50);
      expect(JSON.stringify(rows)).toBe(JSON.stringify(expected.rows));
      expect(first.comparison.slipped).toBe(expected.slipped);
      expect(first.comparison.replans).toBe(expected.replans);
      expect(expected.replans).toBeGreaterThan(0);
      expect(first.comparison.baseline.plans.map((p) => p.plansMade)).toEqual(baseline.plans.map((p) => p.plansMade));
    });
  }

  it("against a kept baseline, as the whole record gives", async () => {
    const whole = await loadRolloutFacts(board);
    const taken = baselineFromRecord(readRecord(whole, { asOf: "2009-02-11", hindsight: false }), "2009-02-11");
    await db.baseline.create({
      data: {
        key: "test-scoped-kept",
        name: "Test kept baseline",
        takenAsOf: day("2009-02-11"),
        takenBy: "board@example.test",
        entries: {
          create: taken.plans.map((p) => ({
            goLiveId: p.goLiveId,
            planId: p.planId,
            plannedOn: p.planned ? day(p.planned.date) : null,
            plannedPrecision: p.planned?.precision ?? null,
            plannedLabel: p.plannedLabel,
            status: p.status,
            plansMade: p.plansMade,
          })),
        },
      },
    });
    const kept = (await loadBaseline(board, "test-scoped-kept"))!;
    const expected = compareWithBaseline(readRecord(whole, { asOf: "2010-06-01", hindsight: false }), kept, "2010-06-01");
    const rows = [];
    let result = await loadComparison(board, { baseline: "test-scoped-kept", asOf: "2010-06-01" });
    if ("notFound" in result) throw new Error("not found");
    rows.push(...result.comparison.rows);
    for (let page = 2; page <= result.pageCount; page++) {
      result = await loadComparison(board, { baseline: "test-scoped-kept", asOf: "2010-06-01", page });
      if ("notFound" in result) throw new Error("not found");
      rows.push(...result.comparison.rows);
    }
    expect(JSON.stringify(rows)).toBe(JSON.stringify(expected.rows));
    expect(result.comparison.slipped).toBe(expected.slipped);
    expect(result.comparison.replans).toBe(expected.replans);
  });

  for (const [on, hindsight] of [
    ["2008-10-30", false],
    ["2009-06-15", false],
    ["2009-06-15", true],
  ] as const) {
    it(`a baseline taken on ${on}${hindsight ? " with hindsight" : ""} holds what the whole record gives`, async () => {
      const whole = await loadRolloutFacts(board);
      const expected = baselineFromRecord(readRecord(whole, { asOf: on, hindsight }), on, "Taken");
      expect(await baselineOnRecord(board, { asOf: on, hindsight }, "Taken")).toEqual(expected);
      expect(expected.plans.some((p) => p.plansMade > 1)).toBe(true);
    });
  }

  it("keeps a page past the last within the pages there are", async () => {
    const result = await loadComparison(board, { on: "2008-10-30", asOf: "2010-06-01", page: 999 });
    if ("notFound" in result) throw new Error("not found");
    expect(result.page).toBe(result.pageCount);
    expect(result.comparison.rows.length).toBeGreaterThan(0);
  });
});

describe("the promises ledger and the exceptions, read from the lean record", () => {
  it("give what the whole record gives, on every date and view (the sources apart: a page adds those of its rows)", async () => {
    const { readLeanRecord } = await import("@/lib/derived/lean-record");
    const { promisesLedger } = await import("@/lib/domain/promises");
    const { withSources } = await import("@/lib/data/promises");
    const [lean, whole, tolerances] = await Promise.all([readLeanRecord(db), loadRolloutFacts(board), readTolerances(db)]);
    for (const asOf of ["2008-12-31", "2009-02-11", "2009-09-01", "2010-06-01", "2015-01-01"]) {
      const fromWhole = promisesLedger(whole, asOf);
      expect(await withSources(board, promisesLedger(lean, asOf)), asOf).toEqual(fromWhole);
      expect(fromWhole.length).toBeGreaterThan(0);
      for (const hindsight of [false, true]) {
        const view = { asOf, hindsight };
        expect(exceptionsOn(lean, tolerances, new Map(), view), JSON.stringify(view)).toEqual(exceptionsOn(whole, tolerances, new Map(), view));
      }
    }
  });
});
