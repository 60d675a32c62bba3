import { describe, expect, it } from "vitest";
import { isExactName, MARK_START as S, MARK_STOP as E, splitHeadline } from "@/lib/domain/search";
import { parseSearchQuery, SEARCH_MAX_LENGTH } from "@/lib/validation/search";

// A record where each parameter comes once, entries where one comes twice.
const parse = (params: Record<string, string> | [string, string][]) => parseSearchQuery(new URLSearchParams(params));

describe("the search's address", () => {
  it("reads the words, tidied, with the date, the view and the page", () => {
    const query = parse({ q: "  Royal \t Free  ", asOf: "2009-02-11", view: "hindsight", page: "2" });
    expect(query).toMatchObject({ q: "Royal Free", typed: "  Royal \t Free  ", page: 2, errors: [] });
    expect(query.view).toMatchObject({ asOf: "2009-02-11", hindsight: true });
  });

  it("asks for nothing when there is no search yet", () => {
    expect(parse([])).toMatchObject({ q: null, errors: [] });
  });

  it("says what to fix when the words are blank, too long, hold control characters or come twice", () => {
    expect(parse([["q", "   "]]).errors).toEqual([{ field: "q", message: "Enter a word or words to search the record for" }]);
    expect(parse([["q", "x".repeat(SEARCH_MAX_LENGTH + 1)]]).errors).toEqual([{ field: "q", message: "The search must be 200 characters or fewer" }]);
    expect(parse([["q", "x".repeat(SEARCH_MAX_LENGTH)]]).errors).toEqual([]);
    // 200 characters, not 200 UTF-16 code units: an emoji is one
    expect(parse([["q", "😀".repeat(SEARCH_MAX_LENGTH)]]).errors).toEqual([]);
    expect(parse([["q", "halt\u0000"]]).errors[0]).toMatchObject({ field: "q", message: expect.stringMatching(/control characters/) });
    expect(parse([["q", "\u001b[31mhalt"]]).q).toBeNull();
    expect(
      parse([
        ["q", "halt"],
        ["q", "resume"],
      ]).errors[0],
    ).toMatchObject({ field: "q", message: expect.stringMatching(/one thing at a time/) });
    // what was typed is kept to show back, but never a 10,000-character box
    expect(parse([["q", "x".repeat(10_000)]]).typed.length).toBe(SEARCH_MAX_LENGTH * 2);
  });

  it("says what to fix in the date, the view and the page, and keeps the words", () => {
    const query = parse({ q: "halt", asOf: "2009-13-01", view: "sideways", page: "0" });
    expect(query.q).toBe("halt");
    expect(query.errors.map((e) => e.field)).toEqual(["asOf", "view", "page"]);
    expect(
      parse([
        ["q", "halt"],
        ["asOf", "2009-01-01"],
        ["asOf", "2010-01-01"],
      ]).errors.map((e) => e.field),
    ).toEqual(["asOf"]);
  });
});

describe("a highlighted passage", () => {
  it("becomes plain and marked text, never markup", () => {
    expect(splitHeadline(`All Cerner go-lives in London ${S}halted${E} <b>now</b>`)).toEqual([
      { text: "All Cerner go-lives in London ", marked: false },
      { text: "halted", marked: true },
      { text: " <b>now</b>", marked: false },
    ]);
  });

  it("reads marked words with only a space between them as one phrase", () => {
    expect(splitHeadline(`the ${S}Royal${E} ${S}Free${E} Hampstead`)).toEqual([
      { text: "the ", marked: false },
      { text: "Royal Free", marked: true },
      { text: " Hampstead", marked: false },
    ]);
    expect(splitHeadline(`${S}Royal${E}, ${S}Free${E}`).map((f) => f.marked)).toEqual([true, false, true]);
  });

  it("marks only between a start and a stop, whatever else the text holds", () => {
    expect(splitHeadline(`a${E}b`)).toEqual([{ text: "ab", marked: false }]);
    expect(splitHeadline(`a${S}b`)).toEqual([
      { text: "a", marked: false },
      { text: "b", marked: true },
    ]);
    expect(splitHeadline("")).toEqual([]);
    expect(splitHeadline(`${S}${E}`)).toEqual([]);
    expect(splitHeadline(`${S}😀 中文${E}`)).toEqual([{ text: "😀 中文", marked: true }]);
  });
});

describe("an exact trust name", () => {
  it("is any of its names, whatever the case, quotes and spaces", () => {
    expect(isExactName("royal free", ["Royal Free Hampstead NHS Trust", "Royal Free"])).toBe(true);
    expect(isExactName(' "Royal  Free" ', ["Royal Free"])).toBe(true);
    expect(isExactName("Royal", ["Royal Free"])).toBe(false);
    expect(isExactName("", [""])).toBe(false);
  });
});
