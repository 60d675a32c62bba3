// The data layer against the real database of the run, loaded with the sample data.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getOverview } from "@/lib/data/overview";
import { loadRolloutFacts } from "@/lib/data/rollout";
import { getTrustDetail } from "@/lib/data/trust";
import { toCsv } from "@/lib/domain/csv";
import { GO_LIVE_COLUMNS, goLiveCells } from "@/lib/exports/definitions/go-lives";
import { parseOverviewQuery } from "@/lib/validation/overview";
import { parse } from "csv-parse/sync";
import { testActor } from "../support/people";

const viewer = testActor("viewer");

afterAll(async () => {
  await getDb().$disconnect();
});

const overviewOn = (asOf: string, extra: Record<string, string> = {}) => getOverview(viewer, parseOverviewQuery({ asOf, ...extra }));
// A trust's first go-live in the record (Imperial's order communications, live 2011, are a second one).
const statusOf = (rows: Awaited<ReturnType<typeof overviewOn>>["rows"], trust: string) =>
  rows.find((r) => r.trust.name.startsWith(trust) && r.scope !== "Order communications")?.derived.status;

describe("the rollout as the data layer reads it from the database", () => {
  it("refuses to read the record without a signed-in person", async () => {
    await expect(loadRolloutFacts(null)).rejects.toThrow(/Sign in/);
  });

  it("holds every trust in the record and only those", async () => {
    const facts = await loadRolloutFacts(viewer);
    expect(facts.trusts.map((t) => t.slug).sort()).toEqual(
      [
        "barnet-and-chase-farm",
        "barts-and-the-london",
        "barts-health",
        "croydon",
        "homerton",
        "imperial",
        "kingston",
        "lewisham-and-greenwich",
        "newham",
        "queen-marys-roehampton",
        "queen-marys-sidcup",
        "royal-free",
        "south-london-healthcare",
        "st-georges",
      ].sort(),
    );
    expect(facts.trusts.every((t) => t.odsCode === null)).toBe(true); // the record gives no ODS codes
  });

  it("keeps the three claimed Royal Free go-live days, each with its own source", async () => {
    const facts = await loadRolloutFacts(viewer);
    const royalFree = facts.trusts.find((t) => t.slug === "royal-free")!;
    const goLive = facts.goLives.find((g) => g.trustId === royalFree.id)!;
    expect(goLive.actuals.map((a) => a.wentLive.date).sort()).toEqual(["2008-06-15", "2008-06-16", "2008-06-17"]);
    expect(goLive.actuals.map((a) => a.sources.map((s) => s.key).join()).sort()).toEqual([
      "cnj-2009-02-19-royal-free",
      "ehi-2008-07-st-marys-delays-crs",
      "hansard-2009-02-27-royal-free-records",
    ]);
    const hansard = goLive.actuals.find((a) => a.wentLive.date === "2008-06-15")!;
    expect(hansard.sources.map((s) => s.publisher).join()).toMatch(/Hansard/);
    expect(goLive.actuals.every((a) => a.certainty === "UNCERTAIN")).toBe(true);
  });

  it("gives every plan, go-live and decision a source, or says why it has none", async () => {
    const facts = await loadRolloutFacts(viewer);
    const facts_ = [...facts.goLives.flatMap((g) => [...g.plans, ...g.actuals]), ...facts.decisions];
    for (const f of facts_) {
      if (f.sources.length === 0) expect(f.certaintyNote, JSON.stringify(f)).toBeTruthy();
    }
    expect(facts_.filter((f) => f.sources.length > 0).length).toBeGreaterThan(facts_.length * 0.8);
  });

  it("the October 2008 halt: not known as the record stood on 15 November 2008 (first reported in December), in force on 15 January 2009", async () => {
    const asItStood = await overviewOn("2008-11-15");
    expect(asItStood.decisions.find((d) => d.decision.kind === "HALT")).toBeUndefined();
    expect(asItStood.rows.some((r) => r.derived.status === "HALTED")).toBe(false);
    // Kingston's plans were first reported in December 2008: the record did not yet know of its go-live.
    expect(statusOf(asItStood.rows, "Kingston")).toBeUndefined();

    const hindsight = await overviewOn("2008-11-15", { view: "hindsight" });
    expect(hindsight.decisions.find((d) => d.decision.kind === "HALT")?.standing).toBe("IN_FORCE");
    for (const trust of ["Kingston", "Queen Mary's Hospital, Roehampton", "St George's", "Imperial"]) {
      expect(statusOf(hindsight.rows, trust)).toBe("HALTED");
      expect(hindsight.rows.find((r) => r.trust.name.startsWith(trust) && r.scope !== "Order communications")?.reportedLater).toBe("2008-12-31");
    }
    for (const trust of ["Royal Free", "Barnet", "Barts", "Queen Mary's Sidcup"]) expect(statusOf(hindsight.rows, trust)).toBe("LIVE");

    const january = await overviewOn("2009-01-15");
    expect(january.decisions.find((d) => d.decision.kind === "HALT")?.standing).toBe("IN_FORCE");
    for (const trust of ["Kingston", "Imperial"]) expect(statusOf(january.rows, trust)).toBe("HALTED");
  });

  it("tells the article's story on 11 February 2009", async () => {
    const overview = await overviewOn("2009-02-11");
    expect(overview.statusCounts).toMatchObject({ LIVE: 4, NEXT_IN_LINE: 4, HALTED: 0 });
    expect(overview.decisions.find((d) => d.decision.kind === "HALT")?.standing).toBe("LIFTED");
    expect(overview.rows.find((r) => r.trust.slug === "royal-free")?.configuration?.code).toBe("LC1");
  });

  it("has Kingston live on 30 November 2009 and St George's on 29 March 2010 by 1 June 2010", async () => {
    const overview = await overviewOn("2010-06-01");
    const kingston = overview.rows.find((r) => r.trust.slug === "kingston")!;
    expect(kingston.derived.status).toBe("LIVE");
    expect(kingston.derived.actuals[0]?.wentLive).toEqual({ date: "2009-11-30", precision: "DAY" });
    const stGeorges = overview.rows.find((r) => r.trust.slug === "st-georges")!;
    expect(stGeorges.derived.actuals[0]?.wentLive).toEqual({ date: "2010-03-29", precision: "DAY" });
  });

  it("St George's plan for 21 December 2009 is not known on 11 February 2009, and is on 1 October 2009 (announced September 2009)", async () => {
    const plan = async (asOf: string) => (await overviewOn(asOf)).rows.find((r) => r.trust.slug === "st-georges")!.derived.latestPlan;
    expect(await plan("2009-02-11")).toBeNull();
    expect((await plan("2009-10-01"))?.planned).toEqual({ date: "2009-12-21", precision: "DAY" });
    expect((await plan("2010-03-31"))?.planned).toEqual({ date: "2010-03-01", precision: "MONTH" });
  });

  it("filters by status, configuration and certainty as the URL asks", async () => {
    const lc0 = await overviewOn("2009-02-11", { configuration: "lc0" });
    expect(lc0.rows.map((r) => r.trust.slug).sort()).toEqual(["barnet-and-chase-farm", "barts-and-the-london", "queen-marys-sidcup"]);
    const nextInLine = await overviewOn("2009-02-11", { status: "next-in-line" });
    expect(nextInLine.rows).toHaveLength(4);
  });

  it("exports the same rows the page shows, as CSV that parses back", async () => {
    const overview = await overviewOn("2009-02-11");
    const records: Record<string, string>[] = parse(
      toCsv(
        GO_LIVE_COLUMNS.map((c) => c.name),
        goLiveCells(overview.rows, overview.asOf, false),
      ),
      { bom: true, columns: true },
    );
    expect(records.map((r) => r.trust)).toEqual(overview.rows.map((r) => r.trust.name));
    expect(records.find((r) => r.trust?.startsWith("Queen Mary's Hospital"))?.status).toBe("next_in_line");
  });

  it("finds a trust's whole history by its slug, and nothing for an unknown slug", async () => {
    const kingston = await getTrustDetail(viewer, "kingston", { asOf: "2010-06-01", hindsight: false });
    expect(kingston?.timeline.filter((e) => e.kind === "PLAN" || e.kind === "REPLAN").length).toBeGreaterThanOrEqual(4);
    expect(kingston?.timeline.some((e) => e.kind === "DECISION" && e.title.includes("halted"))).toBe(true);
    expect(await getTrustDetail(viewer, "no-such-trust", { asOf: "2010-06-01", hindsight: false })).toBeNull();
  });

  it("keeps the Royal Free's deployment charge with its price basis", async () => {
    const royalFree = await getTrustDetail(viewer, "royal-free", { asOf: "2009-02-11", hindsight: false });
    const charge = royalFree?.payments.find((p) => p.kind === "DEPLOYMENT_CHARGE");
    expect(charge).toMatchObject({ amount: "4676000", priceBasis: expect.stringMatching(/2003-04/) });
  });
});
