// The overview a page at a time: with more go-lives than a page holds, each page shows its 50 in the
// overview's order, the counts cover every go-live the filters keep, and the exports every row.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { startFreshDatabase } from "./support/fresh-database";

// This file writes: it gets a database of its own.
await startFreshDatabase();

const { getDb } = await import("@/lib/db");
const { getOverview, loadProblemFacts, OVERVIEW_PAGE_SIZE } = await import("@/lib/data/overview");
const { loadRecord } = await import("@/lib/data/rollout");
const { buildOverviewRows, countByStatus } = await import("@/lib/domain/rollout");
const { refreshSpans } = await import("@/lib/derived/status-spans");
const { parseOverviewQuery } = await import("@/lib/validation/overview");

const db = getDb();
const analyst: Actor = { id: "test-analyst", email: "analyst@example.test", name: "Test Analyst", roles: ["ANALYST"] };
const ADDED = 70;

beforeAll(async () => {
  // Seventy trusts more, each with one go-live planned (and announced) in 2009 on a source of 2008.
  const source = await db.source.create({ data: { key: "test-pages-source", title: "Test plans", publisher: "Test", publishedOn: new Date("2008-06-01T00:00:00Z"), publishedPrecision: "DAY" } });
  await db.$transaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < ADDED; i++) {
      const n = String(i).padStart(2, "0");
      const trust = await tx.trust.create({ data: { slug: `test-trust-${n}`, name: `Test Trust ${n}`, shortName: `Test ${n}`, certainty: "SINGLE_SOURCE" } });
      const goLive = await tx.goLive.create({
        data: {
          trustId: trust.id, scope: "Whole trust", certainty: "SINGLE_SOURCE", sources: { connect: [{ id: source.id }] },
          plans: { create: [{ sequence: 1, plannedOn: new Date(`2009-${String((i % 12) + 1).padStart(2, "0")}-01T00:00:00Z`), plannedPrecision: "MONTH", announcedOn: new Date("2008-06-01T00:00:00Z"), announcedPrecision: "DAY", certainty: "SINGLE_SOURCE", sources: { connect: [{ id: source.id }] } }] },
        },
      });
      ids.push(goLive.id);
    }
    await refreshSpans(tx, { goLiveIds: ids });
  }, { timeout: 120_000 });
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

  it("gives the exports every row the filters keep, not one page", async () => {
    const whole = await getOverview(analyst, parseOverviewQuery({ asOf: "2009-03-15" }), { allRows: true });
    expect(whole.rows.length).toBe(whole.total);
    expect(whole.total).toBeGreaterThan(OVERVIEW_PAGE_SIZE);
  });
});
