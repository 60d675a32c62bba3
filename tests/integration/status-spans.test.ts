// The stored status spans against the pure rules: a page that reads one stored run per go-live must
// show exactly what deriving from the whole record would, on every day, in both views, after a
// rebuild and after each kind of change.
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { readProblemFacts, readRolloutFacts } from "@/lib/derived/facts";
import { computeSpans, rebuildSpans, spansAreCurrent } from "@/lib/derived/status-spans";
import { buildOverviewRows, readRecord } from "@/lib/domain/rollout";
import { asRead } from "@/lib/domain/knowledge";
import { addDays, isoFromDbDate } from "@/lib/domain/dates";
import { changeDays } from "@/lib/domain/status-spans";
import { replanGoLiveAction, recordProblemAction, recordActualGoLiveAction } from "@/lib/actions/go-lives";
import { recordDecisionAction } from "@/lib/actions/decisions";
import { IDLE } from "@/lib/actions/state";

// This file writes: it gets a database of its own.
const { db } = await startFreshDatabase();

type Value = {
  status: string;
  certainty: string;
  rating: string;
  firstPlanned: string | null;
  latestPlanned: string | null;
  latestPlan: string | null;
  wentLive: string | null;
};

const words = (d: { date: string; precision: string } | null | undefined, label?: string | null) =>
  d ? `${d.date} ${d.precision}${label ? ` "${label}"` : ""}` : null;
const stored = (on: Date | null, precision: string | null, label?: string | null) =>
  on && precision ? words({ date: isoFromDbDate(on), precision }, label) : null;

/** What the pages derived from the whole record show on a day, go-live by go-live. */
async function fromTheRules(days: readonly string[], hindsight: boolean): Promise<Map<string, Map<number, Value>>> {
  const [facts, problems] = await Promise.all([readRolloutFacts(db), readProblemFacts(db)]);
  const out = new Map<string, Map<number, Value>>();
  for (const day of days) {
    const rows = buildOverviewRows(
      readRecord(facts, { asOf: day, hindsight }),
      day,
      {},
      problems.map((p) => asRead(p, hindsight)),
    );
    out.set(
      day,
      new Map(
        rows.map((r) => {
          // The timeline's reading of the row: its first and latest dated plans, and the go-live.
          const dated = r.derived.knownPlans.filter((p) => p.planned !== null);
          const [first, latest] = [dated[0], dated.at(-1)];
          return [
            r.goLiveId,
            {
              status: r.derived.status,
              certainty: r.certainty,
              rating: r.rating!.rating,
              firstPlanned: words(first?.planned, first?.plannedLabel),
              latestPlanned: words(latest?.planned, latest?.plannedLabel),
              wentLive: words(r.derived.actuals[0]?.wentLive),
              // What a baseline on the day holds: the latest plan, dated or not.
              latestPlan: r.derived.latestPlan ? `${r.derived.latestPlan.planned ? "dated" : "undated"} ${r.derived.latestPlan.plannedLabel ?? ""}` : null,
            },
          ];
        }),
      ),
    );
  }
  return out;
}

/** What the stored spans say for the same days. */
async function fromTheSpans(days: readonly string[], hindsight: boolean): Promise<Map<string, Map<number, Value>>> {
  const spans = await db.goLiveStatusSpan.findMany({ where: { hindsight } });
  const out = new Map<string, Map<number, Value>>();
  for (const day of days) {
    const on = spans.filter((s) => isoFromDbDate(s.validFrom) <= day && (s.validTo === null || day < isoFromDbDate(s.validTo)));
    out.set(
      day,
      new Map(
        on.map((s) => [
          s.goLiveId,
          {
            status: s.status,
            certainty: s.certainty,
            rating: s.rating,
            firstPlanned: stored(s.firstPlannedOn, s.firstPlannedPrecision, s.firstPlannedLabel),
            latestPlanned: stored(s.latestPlannedOn, s.latestPlannedPrecision, s.latestPlannedLabel),
            wentLive: stored(s.wentLiveOn, s.wentLivePrecision),
            latestPlan: s.latestPlanDated === null ? null : `${s.latestPlanDated ? "dated" : "undated"} ${s.latestPlanLabel ?? ""}`,
          },
        ]),
      ),
    );
  }
  return out;
}

/** Every week from 2004 to 2016, and each day on which some rule can change, with the day before it. */
async function daysToCheck(): Promise<string[]> {
  const [facts, problems] = await Promise.all([readRolloutFacts(db), readProblemFacts(db)]);
  const days = new Set<string>();
  for (let d = "2004-01-05"; d < "2017-01-01"; d = addDays(d, 7)) days.add(d);
  for (const g of facts.goLives) {
    for (const d of changeDays(facts, g.id, problems)) {
      days.add(d);
      days.add(addDays(d, -1));
    }
  }
  days.add(isoFromDbDate(new Date()));
  return [...days].filter((d) => d >= "2000-01-01" && d <= "2100-12-31").sort();
}

async function expectSpansMatchTheRules() {
  const days = await daysToCheck();
  expect(days.length).toBeGreaterThan(600);
  for (const hindsight of [false, true]) {
    const expected = await fromTheRules(days, hindsight);
    const actual = await fromTheSpans(days, hindsight);
    for (const day of days)
      expect({ day, hindsight, rows: Object.fromEntries(actual.get(day)!) }).toEqual({ day, hindsight, rows: Object.fromEntries(expected.get(day)!) });
  }
}

describe("the derived status spans", () => {
  it("are built at start-up, by this code's rules", async () => {
    expect(await spansAreCurrent(db)).toBe(true);
    expect(await db.goLiveStatusSpan.count()).toBeGreaterThan(0);
  });

  it("give exactly what the rules give from the whole record, on every day and in both views", async () => {
    await expectSpansMatchTheRules();
  });

  it("are rebuilt from the facts by the rebuild, identically", async () => {
    const before = await db.goLiveStatusSpan.findMany({ orderBy: [{ goLiveId: "asc" }, { hindsight: "asc" }, { validFrom: "asc" }], omit: { id: true } });
    await db.goLiveStatusSpan.deleteMany({});
    const result = await rebuildSpans(db, { batch: 4 });
    expect(result.spans).toBe(before.length);
    const after = await db.goLiveStatusSpan.findMany({ orderBy: [{ goLiveId: "asc" }, { hindsight: "asc" }, { validFrom: "asc" }], omit: { id: true } });
    expect(after).toEqual(before);
  });

  it("follow a re-plan, a problem, a go-live and a halt, each in the change's own transaction", async () => {
    const source = await db.source.findFirstOrThrow({ where: { key: "cw-2009-02-11-bt-to-resume" }, select: { id: true } });
    const roehampton = await db.goLive.findFirstOrThrow({ where: { trust: { slug: "queen-marys-roehampton" } }, select: { id: true, trustId: true } });
    const version = async () => String((await db.goLive.findUniqueOrThrow({ where: { id: roehampton.id }, select: { version: true } })).version);
    const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });
    const saved = async (
      action: (state: typeof IDLE, formData: FormData) => Promise<unknown>,
      fields: Record<string, string>,
      person = "manager@example.nhs.uk",
    ) => {
      await actAs(person);
      const result = await submit(action, IDLE, fields);
      expect(result.saved, JSON.stringify(result)).toBe(true);
    };

    await saved(replanGoLiveAction, {
      goLiveId: String(roehampton.id),
      version: await version(),
      ...date("plannedOn", "1", "9", "2010"),
      ...date("announcedOn", "1", "6", "2010"),
      reason: "A later date",
      sourceId: String(source.id),
      certainty: "SINGLE_SOURCE",
    });
    await saved(recordProblemAction, {
      trustId: String(roehampton.trustId),
      goLiveId: "",
      ...date("reportedOn", "3", "3", "2010"),
      description: "Appointments lost in the move",
      sourceId: String(source.id),
      certainty: "SINGLE_SOURCE",
    });
    await saved(
      recordDecisionAction,
      {
        kind: "HALT",
        title: "All go-lives held for the review",
        ...date("decidedOn", "1", "4", "2010"),
        body: "London Programme Board",
        scope: "ALL_LONDON",
        rationale: "A review",
        sourceId: String(source.id),
        certainty: "SINGLE_SOURCE",
      },
      "board@example.nhs.uk",
    );
    await saved(recordActualGoLiveAction, {
      goLiveId: String(roehampton.id),
      version: await version(),
      ...date("wentLiveOn", "5", "9", "2010"),
      ...date("knownOn", "6", "9", "2010"),
      overrideReason: "Went live during the review by the board's leave",
      sourceId: String(source.id),
      certainty: "SINGLE_SOURCE",
    });

    const stored = await db.goLiveStatusSpan.findMany({ where: { goLiveId: roehampton.id }, orderBy: [{ hindsight: "asc" }, { validFrom: "asc" }] });
    const fresh = await computeSpans(db, [roehampton.id]);
    expect(stored.map((s) => [s.hindsight, isoFromDbDate(s.validFrom), s.validTo ? isoFromDbDate(s.validTo) : null, s.status, s.rating])).toEqual(
      fresh
        .sort((a, b) => Number(a.hindsight) - Number(b.hindsight) || a.from.localeCompare(b.from))
        .map((s) => [s.hindsight, s.from, s.to, s.status, s.rating]),
    );
    await expectSpansMatchTheRules();
  });
});
