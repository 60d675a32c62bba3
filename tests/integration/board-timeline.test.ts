// The board timeline read from the stored runs (lib/data/board-timeline.ts) against the same chart
// built from the whole record: the same rows, bars, halts and decisions, for each kind of baseline.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listBaselines, loadBaseline, loadDerivedBaselines } from "@/lib/data/baselines";
import { baselineOn, loadBoardTimeline } from "@/lib/data/board-timeline";
import { loadRolloutFacts } from "@/lib/data/rollout";
import { baselineFromRecord } from "@/lib/domain/baseline";
import { buildBoardTimeline, PROGRAMME, zoomRange } from "@/lib/domain/board-timeline";
import { readRecord } from "@/lib/domain/rollout";
import { testActor } from "../support/people";

const board = testActor("board");

afterAll(async () => {
  await getDb().$disconnect();
});

describe("the board timeline from the stored runs", () => {
  for (const [label, on, hindsight, range] of [
    ["the day before the halt, the whole programme", "2008-10-30", false, PROGRAMME],
    ["the day before the halt with hindsight, 2009", "2008-10-30", true, zoomRange("2009")!],
    ["30 June 2008 with hindsight, the last quarter of 2008", "2008-06-30", true, zoomRange("2008-Q4")!],
  ] as const) {
    it(`draws what the whole record gives: ${label}`, async () => {
      const facts = await loadRolloutFacts(board);
      const derived = await loadDerivedBaselines(board);
      expect(derived.map((d) => d.on)).toContain("2008-10-30");
      const stored = await listBaselines(board);
      const kept = stored.length ? [(await loadBaseline(board, stored[0]!.key))!] : [];
      const name = `The record on ${on}`;
      const baselines = [...kept, baselineFromRecord(readRecord(facts, { asOf: on, hindsight }), on, name)];
      const drawn = new Set(buildBoardTimeline(facts, baselines, range).rows.map((r) => r.trust.id));
      // The chart marks the decisions for all London and for the trusts it draws (a decision about a
      // trust with nothing in the period has nothing on the chart to mark).
      const expected = buildBoardTimeline(
        { ...facts, decisions: facts.decisions.filter((d) => d.scope === "ALL_LONDON" || d.trustIds.some((id) => drawn.has(id))) },
        baselines,
        range,
      );
      const { timeline, total, page, pageCount } = await loadBoardTimeline(board, {
        baselines: [...kept, await baselineOn(on, hindsight, name)],
        range,
        page: 1,
      });
      expect({ total, page, pageCount }).toEqual({ total: expected.rows.length, page: 1, pageCount: 1 });
      expect(timeline.rows).toEqual(expected.rows);
      expect(timeline.outside).toEqual(expected.outside);
      expect(timeline.halts).toEqual(expected.halts);
      expect(timeline.decisions).toEqual(expected.decisions);
      expect(timeline.rows.length).toBeGreaterThan(0);
    });
  }
});
