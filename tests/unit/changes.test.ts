import { describe, expect, it } from "vitest";
import { countsInWords, summariseChange, viewChange, type ChangeRow } from "@/lib/domain/changes";
import { parseChangesQuery } from "@/lib/validation/changes";

const none = { decision: null, source: null, trust: null };

describe("a change in words", () => {
  it("reads the forms' audit rows and the generator's flatter ones alike", () => {
    expect(summariseChange("replan", { plan: { plannedLabel: "April 2009 at the earliest", reason: "Delays at the Royal Free." } }, none)).toBe(
      "Planned for April 2009 at the earliest. Delays at the Royal Free.",
    );
    expect(summariseChange("replan", { plannedOn: "2009-04-01", plannedPrecision: "MONTH", reason: "Trust board asked for more time" }, none)).toBe(
      "Planned for April 2009. Trust board asked for more time.",
    );
    expect(summariseChange("replan", { plan: { plannedOn: null, plannedLabel: null } }, none)).toBe("Postponed with no new date.");
    expect(summariseChange("go-live", { actual: { wentLiveOn: { date: "2008-06-15", precision: "DAY" }, overrideReason: null }, superseded: [3] }, none)).toBe(
      "Went live 15 June 2008. Corrects an earlier record.",
    );
    expect(summariseChange("go-live", { wentLiveOn: "2012-01-30", precision: "DAY" }, none)).toBe("Went live 30 January 2012.");
    expect(summariseChange("acceptance", { acceptedOn: "2004-08-07", precision: "MONTH" }, none)).toBe("Accepted as fit for purpose August 2004.");
    expect(summariseChange("problem", { trustId: 334, reportedOn: "2009-03-07", description: "A&E waiting times rose" }, none)).toBe(
      "A&E waiting times rose. Reported 7 March 2009.",
    );
    expect(
      summariseChange("decision", { kind: "WITHDRAW", decidedOn: "2010-07-03" }, { ...none, decision: { key: "w", title: "Trust leaves the programme" } }),
    ).toBe("Trust leaves the programme. Decided 3 July 2010.");
    expect(summariseChange("source", { title: "Hexham delays go-live again", publisher: "The Register" }, none)).toBe(
      "Hexham delays go-live again (The Register).",
    );
    expect(summariseChange("tolerance", { cleared: true, reason: "No longer needed" }, none)).toBe("A tolerance cleared. No longer needed.");
  });

  it("never fails on a row it does not expect: it says what it can", () => {
    for (const after of [null, 42, "text", [], { plan: "x" }, { plannedOn: "not a date" }, { description: { nested: true } }]) {
      expect(typeof summariseChange("replan", after, none)).toBe("string");
      expect(typeof summariseChange("problem", after, none)).toBe("string");
    }
    expect(summariseChange("problem", {}, none)).toBe("A problem.");
  });

  it("links each change to what it is about, and marks the viewer's own", () => {
    const row: ChangeRow = {
      id: "9",
      recordedAt: "2026-12-07T10:00:00.000Z",
      actorId: "u1",
      action: "go-live.replan",
      after: {},
      trust: { slug: "kingston", name: "Kingston Hospital NHS Trust", shortName: "Kingston" },
      decision: null,
      source: null,
      pack: null,
    };
    expect(viewChange(row, "u1")).toMatchObject({
      kind: "replan",
      label: "Re-plan",
      href: "/trusts/kingston#history",
      about: "Kingston Hospital NHS Trust",
      byYou: true,
    });
    expect(viewChange(row, "u2")!.byYou).toBe(false);
    expect(viewChange({ ...row, action: "user.invite" }, "u1")).toBeNull();
  });

  it("counts by kind in words", () => {
    expect(countsInWords([{ kind: "replan" }, { kind: "replan" }, { kind: "problem" }])).toBe("2 re-plans and 1 problem");
    expect(countsInWords([{ kind: "decision" }])).toBe("1 decision");
    expect(countsInWords([{ kind: "replan" }, { kind: "go-live" }, { kind: "source" }])).toBe("1 re-plan, 1 go-live and 1 source");
  });
});

describe("the address of /changes and the feed", () => {
  it("takes days, a trust, a decision, a kind and a page; each wrong value is a message and the rest still apply", () => {
    expect(parseChangesQuery({ from: "2026-12-01", trust: "kingston", kind: "replan", page: "2" })).toMatchObject({
      from: "2026-12-01",
      trust: "kingston",
      kind: "replan",
      page: 2,
      errors: [],
    });
    const wrong = parseChangesQuery({ from: "2026-02-30", to: "yesterday", kind: "rumour", trust: "Kingston Hospital", page: "0", decision: "halt-2008-10" });
    expect(wrong.errors.map((e) => e.field)).toEqual(["from", "to", "trust", "kind", "page"]);
    expect(wrong.decision).toBe("halt-2008-10");
    expect(parseChangesQuery({ from: "2026-12-05", to: "2026-12-01" }).errors).toEqual([
      { field: "to", message: "The to date must be the same as or after the from date" },
    ]);
    expect(parseChangesQuery({ kind: ["replan", "problem"] }).errors).toEqual([{ field: "kind", message: "Give the kind of change once" }]);
  });
});
