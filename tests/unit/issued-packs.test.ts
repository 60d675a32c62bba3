import { describe, expect, it } from "vitest";
import { escapeHtml, renderBoardPackHtml } from "@/components/rollout/board-pack-html";
import { buildBoardPack, type PackConflict } from "@/lib/domain/board-pack";
import { diffPacks, isSamePack } from "@/lib/domain/pack-diff";
import { describeCorrection, type PackCorrection } from "@/lib/domain/record-corrections";
import type { RolloutFacts } from "@/lib/domain/rollout";
import { SOURCES, TRUST, facts } from "./fixtures/seed-record";

const conflicts: PackConflict[] = [
  { key: "royal-free-day", question: "On which day did the Royal Free go live?", claims: [{ claim: "15 June 2008", source: SOURCES.hansardRoyalFree }] },
];
const build = (f: RolloutFacts, corrections: PackCorrection[] = []) =>
  buildBoardPack(
    { facts: f, problems: [], payments: [], conflicts, corrections: { since: "2009-02-01T10:00:00.000Z", list: corrections } },
    { since: "2008-10-01", to: "2009-02-11" },
  );

/** The record with one more Kingston plan, for June 2011, announced in January 2009. */
function withReplan(): RolloutFacts {
  const copy: RolloutFacts = structuredClone(facts);
  const kingston = copy.goLives.find((g) => g.trustId === TRUST.KINGSTON)!;
  kingston.plans.push({
    ...kingston.plans.at(-1)!,
    id: 9999,
    sequence: 99,
    planned: { date: "2011-06-30", precision: "DAY" },
    plannedLabel: null,
    announced: { date: "2009-01-20", precision: "DAY" },
    reason: "Corrected",
    sources: [SOURCES.ehiRoyalFree],
  } as never);
  return copy;
}

describe("a pack beside the same pack made again (what we know now that we did not then)", () => {
  it("finds nothing when the record is the same", () => {
    expect(isSamePack(diffPacks(build(facts), build(facts)))).toBe(true);
  });

  it("names a go-live whose latest plan changed, the change now listed and the source now cited", () => {
    const diff = diffPacks(build(facts), build(withReplan()));
    expect(isSamePack(diff)).toBe(false);
    const kingston = diff.goLives.filter((d) => d.goLiveId === facts.goLives.find((g) => g.trustId === TRUST.KINGSTON)!.id);
    expect(kingston.find((d) => d.field === "Latest plan or go-live")?.now).toBe("Planned 30 June 2011");
    expect(diff.changesAdded.map((c) => c.text)).toEqual([expect.stringContaining("planned for 30 June 2011")]);
    expect(diff.changesRemoved).toEqual([]);
    // and the other way round: what was then and is no longer
    expect(diffPacks(build(withReplan()), build(facts)).changesRemoved).toHaveLength(1);
  });
});

describe("a correction from the audit trail, in words", () => {
  it("says what a re-plan changed, with who and when", () => {
    const c = describeCorrection(
      {
        id: "7",
        occurredAt: "2026-12-01T14:05:00.000Z",
        actor: "manager@example.nhs.uk",
        action: "go-live.replan",
        entity: "GoLive",
        entityId: "3",
        before: { latestPlan: "April 2009" },
        after: { plan: { plannedOn: { date: "2011-06-01", precision: "MONTH" }, reason: "Trust board" } },
      },
      new Map([["GoLive:3", "Kingston Hospital NHS Trust — Whole trust"]]),
    );
    expect(c).toMatchObject({
      by: "manager@example.nhs.uk",
      at: "2026-12-01T14:05:00.000Z",
      subject: "Kingston Hospital NHS Trust — Whole trust",
      text: "Re-planned: planned for June 2011 (was April 2009). Reason: Trust board",
    });
  });

  it("falls back to the action's words when the row's shape is not the one expected", () => {
    expect(
      describeCorrection({
        id: "1",
        occurredAt: "2026-12-01T00:00:00.000Z",
        actor: "a",
        action: "go-live.record-actual",
        entity: "GoLive",
        entityId: null,
        before: "x",
        after: [1],
      }).text,
    ).toBe("Recorded the go-live");
  });
});

describe("the pack's HTML", () => {
  it("is the same text for the same pack, and lists the corrections with who made them", () => {
    const correction = describeCorrection({
      id: "2",
      occurredAt: "2009-02-05T09:00:00.000Z",
      actor: "manager@example.nhs.uk",
      action: "problem.record",
      entity: "Problem",
      entityId: "5",
      before: null,
      after: { problem: { description: "Outage" } },
    });
    const html = renderBoardPackHtml(build(facts, [correction]));
    expect(renderBoardPackHtml(build(facts, [correction]))).toBe(html);
    expect(html).toContain("manager@example.nhs.uk");
    expect(html).toContain("Recorded a problem: Outage");
    expect(renderBoardPackHtml(build(facts))).toContain("No correction was recorded in the dashboard since the last pack was issued");
  });

  it("escapes every value and carries no script, inline style or forced page break", () => {
    const hostile = structuredClone(facts);
    hostile.trusts[0]!.name = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const html = renderBoardPackHtml(build(hostile));
    expect(html).not.toMatch(/<script|<img|style=|break-before/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
