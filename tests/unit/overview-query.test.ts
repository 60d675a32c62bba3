// The overview's address: the page number, like the filters, is read with a message for a wrong one.
import { describe, expect, it } from "vitest";
import { overviewSearch, pageOf, pageOfGroups, parseOverviewQuery, parsePage } from "@/lib/validation/overview";

describe("the overview's page number", () => {
  it("is 1 when absent or empty", () => {
    expect(parsePage(undefined)).toEqual({ page: 1, error: null });
    expect(parsePage("")).toEqual({ page: 1, error: null });
  });

  it("reads a page number, the first of a repeated parameter", () => {
    expect(parsePage("3")).toEqual({ page: 3, error: null });
    expect(parsePage(["2", "9"])).toEqual({ page: 2, error: null });
  });

  it.each(["0", "-1", "abc", "1.5", "9999999", "2\u0000", "１"])("refuses %j with a message and shows the first page", (value) => {
    const result = parsePage(value);
    expect(result.page).toBe(1);
    expect(result.error).toMatch(/Choose a page by its number/);
  });

  it("goes into the errors beside the filters' and keeps them", () => {
    const query = parseOverviewQuery({ asOf: "2009-02-11", page: "x", status: "live" });
    expect(query.errors.map((e) => e.field)).toEqual(["page"]);
    expect(query.filters.status).toBe("LIVE");
    expect(query.page).toBe(1);
  });

  it("is kept in the address with the date, view and filters", () => {
    const query = parseOverviewQuery({ asOf: "2009-02-11", view: "hindsight", status: "live" });
    expect(overviewSearch({ ...query, params: { ...query.params, page: "2" } })).toBe("?asOf=2009-02-11&view=hindsight&status=live&page=2");
  });
});

describe("a page of a long list", () => {
  const rows = Array.from({ length: 120 }, (_, i) => i + 1);
  it("holds 50 rows, the last page the rest", () => {
    expect(pageOf(rows, 1)).toMatchObject({ page: 1, pageCount: 3 });
    expect(pageOf(rows, 1).rows).toEqual(rows.slice(0, 50));
    expect(pageOf(rows, 3).rows).toEqual(rows.slice(100));
  });
  it("keeps a page past the last, or before the first, within the pages there are", () => {
    expect(pageOf(rows, 99)).toMatchObject({ page: 3 });
    expect(pageOf(rows, 0)).toMatchObject({ page: 1 });
    expect(pageOf([], 4)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });
});

describe("the overview's filters", () => {
  // "constructor" is a key of every object: found with `in`, it reached the database as a status and failed there.
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("refuse %j as a status or a certainty, with a message", (value) => {
    const query = parseOverviewQuery({ status: value, certainty: value });
    expect(query.errors.map((e) => e.field)).toEqual(["status", "certainty"]);
    expect(query.filters).toEqual({});
  });
});

describe("pageOfGroups: a page of a list of groups, counted by their items", () => {
  const contracts = [
    { name: "London", events: Array.from({ length: 30 }, (_, i) => `London ${i + 1}`) },
    { name: "Southern", events: [] as string[] },
    { name: "North, Midlands and East", events: Array.from({ length: 45 }, (_, i) => `NME ${i + 1}`) },
  ];
  it("puts a group's items on the pages they fall on, and names where each part starts", () => {
    const first = pageOfGroups(contracts, (c) => c.events, 1);
    expect(first.total).toBe(76); // 30 + 1 (a group with nothing still takes a row) + 45
    expect(first.pageCount).toBe(2);
    expect(first.groups.map((g) => [g.group.name, g.items.length, g.from, g.count])).toEqual([
      ["London", 30, 0, 30],
      ["Southern", 0, 0, 0],
      ["North, Midlands and East", 19, 0, 45],
    ]);
    const second = pageOfGroups(contracts, (c) => c.events, 2);
    expect(second.groups.map((g) => [g.group.name, g.items.length, g.from, g.count])).toEqual([["North, Midlands and East", 26, 19, 45]]);
    expect(second.groups[0]!.items[0]).toBe("NME 20");
  });
  it("keeps a page beyond the last within the list", () => {
    expect(pageOfGroups(contracts, (c) => c.events, 9).page).toBe(2);
    expect(pageOfGroups([], (c: { events: string[] }) => c.events, 3)).toEqual({ groups: [], page: 1, pageCount: 1, total: 0 });
  });
});
