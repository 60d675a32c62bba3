// The overview a page at a time: with more go-lives than a page holds, each page shows its 50 in the
// overview's order, the counts cover every go-live the filters keep, and the exports every row.
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { testActor } from "../support/people";
import { getOverview, loadProblemFacts, OVERVIEW_PAGE_SIZE } from "@/lib/data/overview";
import { loadRecord, loadRolloutFacts } from "@/lib/data/rollout";
import { buildOverviewRows, countByStatus, readRecord } from "@/lib/domain/rollout";
import { refreshSpans } from "@/lib/derived/status-spans";
import { parseOverviewQuery } from "@/lib/validation/overview";
import { getTimeline } from "@/lib/data/timeline";
import { listDecisionPage, listDecisions } from "@/lib/data/lists";
import { baselineOn, loadBoardTimeline } from "@/lib/data/board-timeline";
import { PROGRAMME } from "@/lib/domain/board-timeline";
import { countByQuarter, timelineLabel } from "@/lib/domain/timeline";
import { asRead } from "@/lib/domain/knowledge";

// This file writes: it gets a database of its own.
const { db } = await startFreshDatabase();
const analyst = testActor("analyst");
const ADDED = 70;

beforeAll(async () => {
  // Seventy trusts more, each with one go-live planned (and announced) in 2009 on a source of 2008.
  const source = await db.source.create({
    data: { key: "test-pages-source", title: "Test plans", publisher: "Test", publishedOn: new Date("2008-06-01T00:00:00Z"), publishedPrecision: "DAY" },
  });
  await db.$transaction(
    async (tx) => {
      const ids: number[] = [];
      for (let i = 0; i < ADDED; i++) {
        const n = String(i).padStart(2, "0");
        const trust = await tx.trust.create({ data: { slug: `test-trust-${n}`, name: `Test Trust ${n}`, shortName: `Test ${n}`, certainty: "SINGLE_SOURCE" } });
        const goLive = await tx.goLive.create({
          data: {
            trustId: trust.id,
            scope: "Whole trust",
            certainty: "SINGLE_SOURCE",
            sources: { connect: [{ id: source.id }] },
            plans: {
              create: [
                {
                  sequence: 1,
                  plannedOn: new Date(`2009-${String((i % 12) + 1).padStart(2, "0")}-01T00:00:00Z`),
                  plannedPrecision: "MONTH",
                  announcedOn: new Date("2008-06-01T00:00:00Z"),
                  announcedPrecision: "DAY",
                  certainty: "SINGLE_SOURCE",
                  sources: { connect: [{ id: source.id }] },
                },
              ],
            },
          },
        });
        ids.push(goLive.id);
      }
      await refreshSpans(tx, { goLiveIds: ids });
    },
    { timeout: 120_000 },
  );
});

const overviewOn = (params: Record<string, string>) => getOverview(analyst, parseOverviewQuery(params));

describe("the overview, a page at a time", () => {
  it("shows 50 rows a page, in the order the whole record gives, and counts every go-live", async () => {
    const asOf = "2009-03-15";
    const view = { asOf, hindsight: false };
    const whole = buildOverviewRows(await loadRecord(analyst, view), asOf, {}, await loadProblemFacts(analyst, view));
    expect(whole.length).toBeGreaterThan(OVERVIEW_PAGE_SIZE);

    const first = await overviewOn({ asOf });
    const second = await overviewOn({ asOf, page: "2" });
    expect(first.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(first.total).toBe(whole.length);
    expect(first.pageCount).toBe(Math.ceil(whole.length / OVERVIEW_PAGE_SIZE));
    expect([...first.rows, ...second.rows].map((r) => r.goLiveId)).toEqual(whole.slice(0, 2 * OVERVIEW_PAGE_SIZE).map((r) => r.goLiveId));
    expect(first.rows.map((r) => r.derived.reason)).toEqual(whole.slice(0, OVERVIEW_PAGE_SIZE).map((r) => r.derived.reason));
    expect(first.statusCounts).toEqual(countByStatus(whole));
  });

  it("keeps a page past the last within the pages there are", async () => {
    const past = await overviewOn({ asOf: "2009-03-15", page: "999" });
    expect(past.page).toBe(past.pageCount);
    expect(past.rows.length).toBeGreaterThan(0);
  });

  it("filters before it pages: the counts and pages are of the go-lives the filters keep", async () => {
    // Before the October 2008 halt held them (then they were next in line), all seventy are planned.
    const planned = await overviewOn({ asOf: "2008-07-01", status: "planned" });
    expect(planned.rows.every((r) => r.derived.status === "PLANNED")).toBe(true);
    expect(planned.total).toBe(planned.statusCounts.PLANNED);
    expect(planned.total).toBeGreaterThanOrEqual(ADDED);
    expect(planned.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
  });

  // A row reads only its first dated, latest and latest dated plans: the page reads only those (FactScope.rowsOn).
  const rowSays = (r: Awaited<ReturnType<typeof overviewOn>>["rows"][number]) => ({
    goLiveId: r.goLiveId,
    status: r.derived.status,
    reason: r.derived.reason,
    slip: r.derived.slip,
    isDisputed: r.derived.isDisputed,
    firstPlan: r.derived.firstPlan?.sequence ?? null,
    latestPlan: r.derived.latestPlan?.sequence ?? null,
    heldBy: r.derived.heldBy?.id ?? null,
    liftedBy: r.derived.liftedBy?.id ?? null,
    actuals: r.derived.actuals.map((a) => `${a.wentLive.date} ${a.wentLive.precision}`),
    rating: r.rating,
    latestPlanned: r.latestPlanned,
    latestPlannedLabel: r.latestPlannedLabel,
    certainty: r.certainty,
    sources: r.sources.map((x) => x.key),
    laterSources: r.laterSources,
    reportedLater: r.reportedLater,
  });
  for (const [asOf, hindsight] of [
    ["2008-07-01", false],
    ["2009-01-15", false],
    ["2009-03-15", true],
    ["2010-06-01", false],
    ["2010-06-01", true],
  ] as const) {
    it(`says on every row what the whole record says on ${asOf}${hindsight ? " with hindsight" : ""}, reading only the plans a row states`, async () => {
      const view = { asOf, hindsight };
      const whole = buildOverviewRows(await loadRecord(analyst, view), asOf, {}, await loadProblemFacts(analyst, view));
      const paged = await getOverview(analyst, parseOverviewQuery({ asOf, ...(hindsight ? { view: "hindsight" } : {}) }), { allRows: true });
      expect(paged.rows.map(rowSays)).toEqual(whole.map(rowSays));
    });
  }

  it("gives the exports every row the filters keep, not one page", async () => {
    const whole = await getOverview(analyst, parseOverviewQuery({ asOf: "2009-03-15" }), { allRows: true });
    expect(whole.rows.length).toBe(whole.total);
    expect(whole.total).toBeGreaterThan(OVERVIEW_PAGE_SIZE);
  });
});

describe("the timeline, counted by quarter and a page at a time", () => {
  /** The timeline's go-lives as the whole record gives them, by the overview's rules. */
  async function fromTheRules(asOf: string, hindsight: boolean) {
    const view = { asOf, hindsight };
    return buildOverviewRows(await loadRecord(analyst, view), asOf, {}, await loadProblemFacts(analyst, view)).map((r) => {
      const dated = r.derived.knownPlans.filter((p) => p.planned !== null);
      const plan = (p: (typeof dated)[number] | undefined) => (p ? { planned: p.planned!, label: p.plannedLabel } : null);
      return {
        goLiveId: r.goLiveId,
        label: timelineLabel(r.trust.shortName, r.scope),
        slug: r.trust.slug,
        status: r.derived.status,
        firstPlanned: plan(dated[0]),
        latestPlanned: plan(dated.at(-1)),
        wentLive: r.derived.actuals[0]?.wentLive ?? null,
      };
    });
  }

  for (const [asOf, hindsight] of [
    ["2008-07-01", false],
    ["2009-01-15", false],
    ["2010-06-01", false],
    ["2009-01-15", true],
  ] as const) {
    it(`counts what the whole record gives on ${asOf}${hindsight ? " with hindsight" : ""}, quarter by quarter and at each quarter's end`, async () => {
      const expected = await fromTheRules(asOf, hindsight);
      const timeline = await getTimeline(analyst, { asOf, hindsight }, { page: 1, drill: null });
      expect(timeline.goLives).toBe(expected.length);
      const counts = countByQuarter(expected);
      expect(timeline.quarters).toEqual(counts.quarters);
      expect(timeline.notToAQuarter).toEqual(counts.notToAQuarter);
      // Halted and live at each quarter's end: the overview's counts on that day, in the same view.
      const facts = await loadRolloutFacts(analyst);
      const problems = await loadProblemFacts(analyst, { asOf, hindsight });
      for (const { day, halted, live } of timeline.overTime) {
        const rows = buildOverviewRows(
          readRecord(facts, { asOf: day, hindsight }),
          day,
          {},
          problems.map((p) => asRead(p, hindsight)),
        );
        expect({ day, halted, live }).toEqual({
          day,
          halted: rows.filter((r) => r.derived.status === "HALTED").length,
          live: rows.filter((r) => r.derived.status === "LIVE").length,
        });
      }
    });
  }

  it("lists 50 go-lives a page, and a count's go-lives when one is chosen", async () => {
    const asOf = "2009-03-15";
    const first = await getTimeline(analyst, { asOf, hindsight: false }, { page: 1, drill: null });
    const second = await getTimeline(analyst, { asOf, hindsight: false }, { page: 2, drill: null });
    expect(first.shown).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(first.listed).toBe(first.goLives);
    expect(new Set([...first.shown, ...second.shown].map((g) => g.goLiveId)).size).toBe(first.shown.length + second.shown.length);
    // Six of the seventy added trusts were first planned for each month of 2009: eighteen for January to March.
    const q1 = await getTimeline(analyst, { asOf, hindsight: false }, { page: 1, drill: { series: "first", quarter: "2009-Q1" } });
    expect(q1.listed).toBe(q1.quarters.find((q) => q.quarter === "2009-Q1")!.first);
    expect(q1.shown.filter((g) => g.label.startsWith("Test ")).length).toBe(18);
    expect(q1.shown.every((g) => g.firstPlanned!.planned.date >= "2009-01-01" && g.firstPlanned!.planned.date <= "2009-03-31")).toBe(true);
  });
});

describe("the decision log, a page at a time", () => {
  beforeAll(async () => {
    // Sixty announcements more, each naming one of the added trusts, reported the day they were made in 2009: more than a page.
    const trusts = await db.trust.findMany({ where: { slug: { startsWith: "test-trust-" } }, select: { id: true }, orderBy: { slug: "asc" } });
    for (let i = 0; i < 60; i++) {
      await db.decision.create({
        data: {
          key: `test-announce-${i}`,
          kind: "ANNOUNCE",
          title: `Test announcement ${i}`,
          decidedOn: new Date(`2009-${String((i % 12) + 1).padStart(2, "0")}-15T00:00:00Z`),
          decidedPrecision: "DAY",
          reportedOn: new Date(`2009-${String((i % 12) + 1).padStart(2, "0")}-15T00:00:00Z`),
          body: "Test board",
          scope: "NAMED_TRUSTS",
          certainty: "SINGLE_SOURCE",
          trusts: { connect: [{ id: trusts[i % trusts.length]!.id }] },
        },
      });
    }
  });

  for (const filters of [
    { asOf: "2010-06-01" },
    { asOf: "2009-06-30" },
    { asOf: "2009-03-15", hindsight: true },
    { asOf: "2010-06-01", kind: "announce" as const },
    { asOf: "2010-06-01", trust: "kingston-hospital" },
    { asOf: "2010-06-01", trust: "test-trust-03" },
    { asOf: "2010-06-01", trust: "no-such-trust" },
  ]) {
    it(`pages exactly the decisions the whole log keeps, newest first: ${JSON.stringify(filters)}`, async () => {
      const whole = await listDecisions(analyst, filters);
      const pages = [];
      const first = await listDecisionPage(analyst, filters, 1);
      expect(first.total).toBe(whole.length);
      for (let p = 1; p <= first.pageCount; p++) pages.push(...(await listDecisionPage(analyst, filters, p)).rows);
      expect(pages.map((d) => d.id)).toEqual(whole.map((d) => d.id));
      expect(first.rows.length).toBe(Math.min(whole.length, OVERVIEW_PAGE_SIZE));
      // Each halt on the page comes with the decisions that lift it, whatever the filters keep.
      const halts = first.rows.filter((d) => d.kind === "HALT").map((d) => d.id);
      const lifts = await db.decision.findMany({ where: { liftsId: { in: halts } }, select: { id: true } });
      expect(first.record.map((d) => d.id)).toEqual(expect.arrayContaining(lifts.map((d) => d.id)));
    });
  }

  it("keeps a page past the last within the pages there are", async () => {
    const past = await listDecisionPage(analyst, { asOf: "2010-06-01" }, 999);
    expect(past.page).toBe(past.pageCount);
    expect(past.pageCount).toBeGreaterThan(1);
    expect(past.rows.length).toBeGreaterThan(0);
  });
});

describe("the board timeline, a page at a time", () => {
  it("draws 50 go-lives a page, in the chart's order, and counts them all", async () => {
    const baselines = [await baselineOn("2009-03-15", false, "The record on 15 March 2009")];
    const first = await loadBoardTimeline(analyst, { baselines, range: PROGRAMME, page: 1 });
    const second = await loadBoardTimeline(analyst, { baselines, range: PROGRAMME, page: 2 });
    expect(first.total).toBeGreaterThan(OVERVIEW_PAGE_SIZE);
    expect(first.timeline.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(second.timeline.rows).toHaveLength(first.total - OVERVIEW_PAGE_SIZE);
    const names = [...first.timeline.rows, ...second.timeline.rows].map((r) => r.trust.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(new Set([...first.timeline.rows, ...second.timeline.rows].map((r) => r.goLiveId)).size).toBe(first.total);
  });
});
