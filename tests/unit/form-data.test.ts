import { describe, expect, it } from "vitest";
import { echoFields, fieldErrorsOf, formFile, formInput, formText, inFieldOrder, inFormOrder } from "@/lib/validation/form-data";
import { z } from "zod";

function form(entries: [string, string | File][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("formInput: the one reader of a posted form", () => {
  it("reads text fields in the form's order, a repeated name as a list, and leaves out React's $ACTION fields and files", () => {
    const input = formInput(
      form([
        ["$ACTION_ID_1", "x"],
        ["name", "Kingston"],
        ["trustIds", "1"],
        ["trustIds", "2"],
        ["file", new File(["a"], "a.csv")],
      ]),
    );
    expect(input).toEqual({ name: "Kingston", trustIds: ["1", "2"] });
    expect(Object.keys(input)).toEqual(["name", "trustIds"]);
    expect(formText(input, "trustIds")).toBe("1");
    expect(formText(input, "missing")).toBe("");
  });

  it("echoes what was typed with lists joined, never the omitted (secret) fields", () => {
    expect(
      echoFields(
        formInput(
          form([
            ["email", "a@b"],
            ["password", "secret"],
            ["ids", "1"],
            ["ids", "2"],
          ]),
        ),
        ["password"],
      ),
    ).toEqual({ email: "a@b", ids: "1,2" });
  });

  it("an empty file input is no file", () => {
    expect(formFile(form([["file", new File([], "")]]), "file")).toBeNull();
    expect(formFile(form([["file", new File(["x"], "a.csv")]]), "file")?.name).toBe("a.csv");
  });

  it("keeps the first problem with each field", () => {
    const error = new z.ZodError([
      { code: "custom", path: ["reason"], message: "Enter the reason", input: undefined },
      { code: "custom", path: ["reason"], message: "second", input: undefined },
      { code: "custom", path: [], message: "whole form", input: undefined },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ reason: "Enter the reason", form: "whole form" });
  });
});

describe("the error summary follows the order of the fields", () => {
  it("orders a form's errors as its fields were sent, a date's parts and a choice's marker counting as the field", () => {
    const sent = ["goLiveId", "plannedOn-day", "plannedOn-month", "plannedOn-year", "hasNoDate-asked", "reason", "madeByKind-asked", "sourceId"];
    const errors = { sourceId: "Select the source", reason: "Enter the reason", form: "Something else", madeByKind: "Select who", plannedOn: "Enter the date" };
    expect(Object.keys(inFormOrder(errors, sent))).toEqual(["plannedOn", "reason", "madeByKind", "sourceId", "form"]);
  });

  it("orders a page's errors as its fields stand, keeping the order of those it does not place", () => {
    const found = [
      { field: "outcome", message: "c" },
      { field: "page", message: "d" },
      { field: "maker", message: "b" },
      { field: "other", message: "e" },
      { field: "trust", message: "a" },
      { field: "asOf", message: "0" },
    ];
    expect(inFieldOrder(found, ["asOf", "trust", "maker", "outcome", "page"]).map((e) => e.message)).toEqual(["0", "a", "b", "c", "d", "e"]);
  });
});
