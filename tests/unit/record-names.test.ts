import { describe, expect, it } from "vitest";
import { actionInWords } from "@/lib/domain/audit-actions";
import { describeCorrection } from "@/lib/domain/record-corrections";
import { goLiveInWords, personInWords, RECORD_WORDS, recordInWords, recordKey, recordKindInWords, toleranceInWords } from "@/lib/domain/record-names";

const kingston = { scope: "Whole trust", trust: { name: "Kingston Hospital NHS Trust" } };

describe("a record an audit row points at, in words", () => {
  it("names a kind of record in words, and one it does not know by its name split into words", () => {
    expect(recordKindInWords("GoLive")).toBe("Go-live");
    expect(recordKindInWords("ApiToken")).toBe("API token");
    expect(recordKindInWords("User")).toBe("Account");
    expect(recordKindInWords("PayRun")).toBe("Pay run");
  });

  it("names a go-live by its trust and scope, as the board pack's corrections do", () => {
    expect(goLiveInWords(kingston)).toBe("Kingston Hospital NHS Trust — Whole trust");
    expect(RECORD_WORDS.plan(goLiveInWords(kingston))).toBe("Plan for Kingston Hospital NHS Trust — Whole trust");
  });

  it("names a person by name and email, or by the email alone when that is all there is", () => {
    expect(personInWords({ name: "Ada Lovelace", email: "ada@example.nhs.uk" })).toBe("Ada Lovelace (ada@example.nhs.uk)");
    expect(personInWords({ name: " ", email: "ada@example.nhs.uk" })).toBe("ada@example.nhs.uk");
    expect(personInWords({ name: "ada@example.nhs.uk", email: "ada@example.nhs.uk" })).toBe("ada@example.nhs.uk");
  });

  it("names a tolerance by its kind and what it covers, and a pack by its meeting", () => {
    expect(toleranceInWords({ kind: "DEADLINE", goLive: kingston })).toBe("A deadline to be live by: Kingston Hospital NHS Trust — Whole trust");
    expect(toleranceInWords({ kind: "SLIP", goLive: null })).toBe("Days of slip against a baseline: the whole programme");
    expect(RECORD_WORDS.issuedPack("2009-02-05")).toBe("Board pack for the meeting of 5 February 2009");
  });

  it("gives the name read for the record, and says so in words when there is none", () => {
    const names = new Map([[recordKey("GoLive", "6"), "Barnet and Chase Farm Hospitals NHS Trust — Whole trust"]]);
    expect(recordInWords("GoLive", "6", names)).toEqual({ text: "Barnet and Chase Farm Hospitals NHS Trust — Whole trust", found: true });
    expect(recordInWords("GoLive", "7", names)).toEqual({ text: "Go-live 7 (no longer in the record)", found: false });
    // an id that is not a number says nothing to a reader
    expect(recordInWords("User", "3f2a9c1e-0000-4000-8000-000000000000", names)).toEqual({ text: "Account (no longer in the record)", found: false });
    // a kind the trail does not know is never said to be gone: it was not looked for
    expect(recordInWords("PayRun", "3", names)).toEqual({ text: "Pay run 3", found: false });
    expect(recordInWords("Decision", null, names)).toEqual({ text: "Decision", found: false });
  });

  it("names a correction's subject the same way, in the board pack", () => {
    const row = { id: "1", occurredAt: "2026-12-01T00:00:00.000Z", actor: "a", action: "decision.record", entity: "Decision", before: null, after: {} };
    expect(describeCorrection({ ...row, entityId: "4" }, new Map([["Decision:4", "Halt all London go-lives"]])).subject).toBe("Halt all London go-lives");
    expect(describeCorrection({ ...row, entityId: "5" }).subject).toBe("Decision 5 (no longer in the record)");
  });
});

describe("an audited action, in words", () => {
  it("says what was done, and shows an action it does not know as stored", () => {
    const actions = ["go-live.replan", "import.problems", "sample-data.load", "pay-run.make"];
    expect(actions.map(actionInWords)).toEqual(["Re-planned", "Imported problems from a spreadsheet", "Loaded the sample data", "pay-run.make"]);
  });
});
