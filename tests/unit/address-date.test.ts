import { describe, expect, it } from "vitest";
import { addressDateSchema } from "@/lib/validation/address-date";
import { parseComparisonQuery } from "@/lib/validation/baselines";
import { parsePackQuery } from "@/lib/validation/board-pack";

const TODAY = "2024-05-01";
const messageOf = (value: string) =>
  addressDateSchema("Meeting date")
    .safeParse(value)
    .error?.issues.map((i) => i.message);

describe("addressDateSchema: a GET form's date input, as proxy.ts passes it on", () => {
  it("a real date, YYYY-MM-DD, passes", () => {
    expect(addressDateSchema("Meeting date").parse(" 2009-02-11 ")).toBe("2009-02-11");
  });

  it("the parts typed (day/month/year) get the date input's message, naming the field", () => {
    expect(messageOf("31/2/2009")).toEqual(["Meeting date must be a real date"]);
    expect(messageOf("/2/2009")).toEqual(["Meeting date must include a day"]);
    expect(messageOf("11/2/09")).toEqual(["Year must include 4 numbers, like 2009"]);
    expect(messageOf("1/1/1999")).toEqual(["Meeting date must be between 2000 and 2099"]);
    expect(messageOf(`${encodeURIComponent("x/y")}/2/2009`)).toEqual(["Day must be a number between 1 and 31"]);
  });

  it("a date written by hand in the address keeps the address's messages, one at a time", () => {
    expect(messageOf("2009-02-30")).toEqual(["Enter a real date, for example 2009-02-11"]);
    expect(messageOf("bad")).toEqual(["Enter the date as year, month and day, for example 2009-02-11"]);
  });
});

describe("the board pack and the baseline comparison read their dates as the other date inputs do", () => {
  it("the pack's meeting date and last pack's date", () => {
    expect(parsePackQuery({ to: "31/2/2010" }, TODAY).errors).toEqual([{ field: "to", message: "Meeting date must be a real date" }]);
    expect(parsePackQuery({ from: "1//2010", to: "2010-06-01" }, TODAY).errors).toEqual([
      { field: "from", message: "Date of the last pack must include a month" },
    ]);
    // In the form's order: the meeting date first.
    expect(parsePackQuery({ from: "1//2010", to: "31/2/2010" }, TODAY).errors.map((e) => e.field)).toEqual(["to", "from"]);
    expect(parsePackQuery({ from: "2010-03-01", to: "2010-06-01" }, TODAY)).toMatchObject({ from: "2010-03-01", to: "2010-06-01", errors: [] });
  });

  it("the comparison's baseline date and the date compared with", () => {
    expect(parseComparisonQuery({ on: "30/9/20008" }, TODAY).errors).toEqual([{ field: "on", message: "Year must include 4 numbers, like 2009" }]);
    expect(parseComparisonQuery({ on: "2008-10-30", asOf: "31/6/2010" }, TODAY).errors).toEqual([
      { field: "asOf", message: "The date to compare with must be a real date" },
    ]);
  });
});
