import { describe, expect, it } from "vitest";
import { decisionsMatching } from "@/lib/domain/decision-filters";
import { DECISION, TRUST, decisions, trustOf } from "./fixtures/seed-record";

const ids = (list: { id: number }[]) => list.map((d) => d.id).sort();
const filterTrust = (key: keyof typeof TRUST) => ({ id: trustOf(key).id, isRolloutTarget: trustOf(key).isRolloutTarget });

describe("the decision log's filters", () => {
  it("keeps what was decided by the date and known on it; with hindsight, what was decided by then", () => {
    // The resume was decided in February 2009 and became known when it was reported, on 11 February.
    const record = decisions.map((d) => (d.id === DECISION.RESUME ? { ...d, knownFrom: "2009-02-11" } : d));
    expect(ids(decisionsMatching(record, { asOf: "2009-02-05" }))).toEqual([DECISION.HALT]);
    expect(ids(decisionsMatching(record, { asOf: "2009-02-05", hindsight: true }))).toEqual([DECISION.HALT, DECISION.RESUME]);
    expect(ids(decisionsMatching(record, { asOf: "2009-02-11" }))).toEqual([DECISION.HALT, DECISION.RESUME]);
    expect(decisionsMatching(record, { asOf: "2008-09-30", hindsight: true })).toEqual([]);
  });

  it("keeps one kind, named by its slug", () => {
    expect(ids(decisionsMatching(decisions, { asOf: "2011-01-01", kind: "postpone" }))).toEqual([DECISION.KINGSTON_AUTUMN]);
    expect(ids(decisionsMatching(decisions, { asOf: "2011-01-01", kind: "halt" }))).toEqual([DECISION.HALT]);
  });

  it("keeps the decisions that cover a trust: London-wide ones and those naming it", () => {
    const kingston = ids(decisionsMatching(decisions, { asOf: "2011-01-01" }, filterTrust("KINGSTON")));
    expect(kingston).toContain(DECISION.KINGSTON_AUTUMN);
    expect(kingston).toContain(DECISION.HALT);
    const barts = ids(decisionsMatching(decisions, { asOf: "2011-01-01" }, filterTrust("BARTS")));
    expect(barts).not.toContain(DECISION.KINGSTON_AUTUMN);
    expect(barts).toContain(DECISION.HALT);
  });
});
