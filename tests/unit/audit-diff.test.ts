import { describe, expect, it } from "vitest";
import { describeAuditChange, fieldName, formatAuditValue, NONE } from "@/lib/domain/audit-diff";

describe("an audit row's change, field by field", () => {
  it("a created record shows its new values only", () => {
    const changes = describeAuditChange(null, { key: "halt-2008", title: "Halt all London go-lives", decidedOn: "2008-10-01" });
    expect(changes).toEqual([
      { field: "Key", before: null, after: "halt-2008" },
      { field: "Title", before: null, after: "Halt all London go-lives" },
      { field: "Decided on", before: null, after: "1 October 2008" },
    ]);
  });

  it("a deleted record shows its old values only", () => {
    expect(describeAuditChange({ name: "Reader", prefix: "rk_12" }, null)).toEqual([
      { field: "Name", before: "Reader", after: null },
      { field: "Prefix", before: "rk_12", after: null },
    ]);
  });

  it("leaves out the fields the change did not touch, and gives old and new for the ones it did", () => {
    const changes = describeAuditChange(
      { name: "Reader", prefix: "rk_12", revokedAt: null },
      { name: "Reader", prefix: "rk_12", revokedAt: "2026-12-07T10:15:00.000Z" },
    );
    expect(changes).toEqual([{ field: "Revoked at", before: NONE, after: "7 December 2026 at 10:15" }]);
  });

  it("reads nested values as paths, and a day beside its precision as one date of that precision", () => {
    const changes = describeAuditChange(null, { plan: { plannedOn: "2009-04-01", plannedPrecision: "MONTH", reason: "Board asked for time", goLiveId: 7 } });
    expect(changes).toEqual([
      { field: "Plan › planned on", before: null, after: "April 2009" },
      { field: "Plan › reason", before: null, after: "Board asked for time" },
      { field: "Plan › go-live ID", before: null, after: "7" },
    ]);
    expect(describeAuditChange(null, { actual: { wentLiveOn: { date: "2008-06-15", precision: "DAY" } } })).toEqual([
      { field: "Actual › went live on", before: null, after: "15 June 2008" },
    ]);
  });

  it("shows lists joined, yes or no, and nothing at all when nothing changed", () => {
    expect(describeAuditChange({ roles: ["VIEWER"] }, { roles: ["VIEWER", "ADMIN"] })).toEqual([{ field: "Roles", before: "Viewer", after: "Viewer, Admin" }]);
    expect(formatAuditValue(true)).toBe("Yes");
    expect(formatAuditValue([])).toBe(NONE);
    expect(formatAuditValue("")).toBe(NONE);
    expect(describeAuditChange({ a: 1 }, { a: 1 })).toEqual([]);
    expect(describeAuditChange(null, null)).toEqual([]);
  });

  it("says an enumeration's value in the pages' words, leaves out a record's own id, and names a source by its title", () => {
    const after = { plan: { id: 41, sequence: 2, certainty: "UNCERTAIN", madeByKind: "SUPPLIER", reason: "HALT", sourceId: 12 } };
    expect(describeAuditChange(null, after, { sources: { "12": "Computer Weekly: London Cerner go-lives halted" } })).toEqual([
      // Text a person typed is shown as typed, even when it reads like a stored value.
      { field: "Plan › reason", before: null, after: "HALT" },
      { field: "Plan › made by kind", before: null, after: "Supplier" },
      { field: "Plan › certainty", before: null, after: "Uncertain" },
      { field: "Plan › source", before: null, after: "Computer Weekly: London Cerner go-lives halted" },
      { field: "Plan › sequence", before: null, after: "2" },
    ]);
    expect(describeAuditChange(null, { problem: { sourceIds: [12, 99] } }, { sources: { "12": "Computer Weekly: London Cerner go-lives halted" } })).toEqual([
      { field: "Problem › sources", before: null, after: "Computer Weekly: London Cerner go-lives halted; 99" },
    ]);
    // A source the page could not name (not read, or not in the record) is still shown, by its number.
    expect(describeAuditChange(null, { sourceId: 99 })).toEqual([{ field: "Source", before: null, after: "99" }]);
    expect(describeAuditChange(null, { kind: "HALT", scope: "NAMED_TRUSTS" })).toEqual([
      { field: "Kind", before: null, after: "Halt" },
      { field: "Scope", before: null, after: "Named trusts" },
    ]);
  });

  it("keeps text exactly as typed, even when it looks like markup", () => {
    expect(describeAuditChange(null, { note: "<b>=1+1</b>" })).toEqual([{ field: "Note", before: null, after: "<b>=1+1</b>" }]);
  });

  it("a re-plan, whose before is the go-live as it stood and whose after is the plan it added, shows the plan and removes nothing", () => {
    const before = { version: 3, latestPlan: "April 2009", wentLive: [], accepted: [] };
    const after = { plan: { sequence: 2, plannedOn: "2009-06-01", plannedPrecision: "MONTH", reason: "Halt" } };
    const changes = describeAuditChange(before, after);
    expect(changes).toEqual([
      { field: "Plan › planned on", before: null, after: "June 2009" },
      { field: "Plan › reason", before: null, after: "Halt" },
      { field: "Plan › sequence", before: null, after: "2" },
    ]);
    expect(changes.some((c) => c.after === null)).toBe(false);
  });

  it("reads a re-plan in the form's order, whatever order the database kept its fields in, and says what was not given", () => {
    // as PostgreSQL's jsonb hands it back: keys by length
    const after = {
      plan: {
        madeBy: null,
        reason: "The trust moved its date",
        sequence: 3,
        sourceId: 12,
        certainty: "SINGLE_SOURCE",
        plannedOn: { date: "2010-07-01", precision: "MONTH" },
        madeByKind: null,
        announcedOn: { date: "2009-03-01", precision: "MONTH" },
        plannedLabel: null,
      },
    };
    expect(describeAuditChange({ version: 2 }, after, { sources: { "12": "Computer Weekly: BT to resume roll out" } })).toEqual([
      { field: "Plan › planned on", before: null, after: "July 2010" },
      { field: "Plan › planned label", before: null, after: "Not given" },
      { field: "Plan › announced on", before: null, after: "March 2009" },
      { field: "Plan › reason", before: null, after: "The trust moved its date" },
      { field: "Plan › made by", before: null, after: "Not given" },
      { field: "Plan › made by kind", before: null, after: "Not given" },
      { field: "Plan › certainty", before: null, after: "Single source" },
      { field: "Plan › source", before: null, after: "Computer Weekly: BT to resume roll out" },
      { field: "Plan › sequence", before: null, after: "3" },
    ]);
    // each record's fields stay together, the records in the order stored
    expect(describeAuditChange(null, { user: { roles: ["ADMIN"], name: "Ada" }, invitation: { email: "ada@example.nhs.uk" } }).map((c) => c.field)).toEqual([
      "User › name",
      "User › roles",
      "Invitation › email",
    ]);
  });

  it("names stored fields in words", () => {
    expect(fieldName("announcedAsTyped")).toBe("announced as typed");
    expect(fieldName("sourceId")).toBe("source ID");
    expect(fieldName("heldByHalt")).toBe("held by halt");
  });
});
