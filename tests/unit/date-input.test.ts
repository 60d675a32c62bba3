import { describe, expect, it } from "vitest";
import { datePartsFromIso, datePartsOf, readDateInput } from "@/lib/validation/date-input";

const typed = (day: string, month: string, year: string) => ({ day, month, year });

describe("readDateInput: the NHS date input's three fields", () => {
  it("reads a day, a month or a year with the precision the person gave", () => {
    expect(readDateInput(typed("11", "2", "2009"), "Go-live date")).toEqual({ value: { date: "2009-02-11", precision: "DAY" } });
    expect(readDateInput(typed(" 03 ", "02", "2009"), "Go-live date")).toEqual({ value: { date: "2009-02-03", precision: "DAY" } });
    expect(readDateInput(typed("", "11", "2007"), "Go-live date")).toEqual({ value: { date: "2007-11-01", precision: "MONTH" } });
    expect(readDateInput(typed("", "", "2008"), "Go-live date")).toEqual({ value: { date: "2008-01-01", precision: "YEAR" } });
  });

  it("takes a month's name as well as its number", () => {
    expect(readDateInput(typed("1", "Jan", "2009"), "Date decided")).toEqual({ value: { date: "2009-01-01", precision: "DAY" } });
    expect(readDateInput(typed("", "september", "2009"), "Date decided")).toEqual({ value: { date: "2009-09-01", precision: "MONTH" } });
    expect(readDateInput(typed("", "Sept", "2009"), "Date decided")).toEqual({ value: { date: "2009-09-01", precision: "MONTH" } });
  });

  it("nothing typed is no date: whether one is needed is the form's rule", () => {
    expect(readDateInput(typed("", " ", ""), "Go-live date")).toEqual({ value: null });
  });

  it("names the missing parts and marks them", () => {
    expect(readDateInput(typed("11", "", "2009"), "Go-live date")).toEqual({ error: "Go-live date must include a month", parts: ["month"] });
    expect(readDateInput(typed("11", "2", ""), "Go-live date")).toEqual({ error: "Go-live date must include a year", parts: ["year"] });
    expect(readDateInput(typed("", "2", ""), "Go-live date")).toEqual({ error: "Go-live date must include a year", parts: ["year"] });
    expect(readDateInput(typed("11", "", ""), "Go-live date")).toEqual({ error: "Go-live date must include a month and year", parts: ["month", "year"] });
  });

  it("asks for the day where the record needs one", () => {
    expect(readDateInput(typed("", "2", "2009"), "The deadline", { coarsest: "DAY" })).toEqual({ error: "The deadline must include a day", parts: ["day"] });
    expect(readDateInput(typed("", "", "2009"), "the date", { coarsest: "DAY" })).toEqual({
      error: "The date must include a day and month",
      parts: ["day", "month"],
    });
    expect(readDateInput(typed("", "", "2009"), "Date", { coarsest: "MONTH" })).toEqual({ error: "Date must include a month", parts: ["month"] });
  });

  it("says which part is out of range, and marks only it", () => {
    expect(readDateInput(typed("11", "13", "2009"), "Go-live date")).toEqual({ error: "Month must be between 1 and 12", parts: ["month"] });
    expect(readDateInput(typed("11", "0", "2009"), "Go-live date")).toEqual({ error: "Month must be between 1 and 12", parts: ["month"] });
    expect(readDateInput(typed("32", "1", "2009"), "Go-live date")).toEqual({ error: "Day must be between 1 and 31", parts: ["day"] });
    expect(readDateInput(typed("x", "1", "2009"), "Go-live date")).toEqual({ error: "Day must be a number between 1 and 31", parts: ["day"] });
    expect(readDateInput(typed("1", "smarch", "2009"), "Go-live date")).toEqual({
      error: "Month must be a number between 1 and 12, or its name",
      parts: ["month"],
    });
    expect(readDateInput(typed("1", "1", "09"), "Go-live date")).toEqual({ error: "Year must include 4 numbers, like 2009", parts: ["year"] });
  });

  it("a date that does not exist, or more than one wrong part, is not a real date", () => {
    expect(readDateInput(typed("31", "2", "2009"), "Go-live date")).toEqual({ error: "Go-live date must be a real date", parts: ["day", "month", "year"] });
    expect(readDateInput(typed("29", "2", "2008"), "Go-live date")).toEqual({ value: { date: "2008-02-29", precision: "DAY" } });
    expect(readDateInput(typed("40", "13", "2009"), "Go-live date")).toEqual({ error: "Go-live date must be a real date", parts: ["day", "month"] });
  });

  it("keeps to the years the record allows", () => {
    expect(readDateInput(typed("1", "1", "1989"), "Go-live date")).toEqual({ error: "Go-live date must be between 1990 and 2100", parts: ["year"] });
    expect(readDateInput(typed("1", "1", "2100"), "The date", { earliestYear: 2000, latestYear: 2099 })).toEqual({
      error: "The date must be between 2000 and 2099",
      parts: ["year"],
    });
  });

  it("reads the three fields by the input's name, and shows a known date back in them", () => {
    expect(datePartsOf({ "asOf-day": "11", "asOf-month": ["2", "3"], other: "x" }, "asOf")).toEqual(typed("11", "2", ""));
    expect(datePartsFromIso("2009-02-11")).toEqual(typed("11", "2", "2009"));
    expect(datePartsFromIso("2007-11-01", "MONTH")).toEqual(typed("", "11", "2007"));
  });
});
