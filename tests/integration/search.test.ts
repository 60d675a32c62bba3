// Search over the sample record with PostgreSQL's own full-text search, on a PostgreSQL server and on the
// embedded database alike: what ranks first, what a date hides, and that whatever is typed gets a result
// or a message, never an error. One test renames a trust, so the file has a database of its own.
import { afterAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { testActor } from "../support/people";
import { searchRecord } from "@/lib/data/search";
import { searchSql } from "@/lib/data/search-sql";
import { parseSearchQuery } from "@/lib/validation/search";

const { db } = await startFreshDatabase();
const viewer = testActor("viewer");
const now = { asOf: "2026-01-01", hindsight: false };

async function search(q: string, view = now, page = 1) {
  const result = await searchRecord(viewer, q, view, page);
  if (result.outcome !== "found") throw new Error(`no query made of ${JSON.stringify(q)}: ${result.outcome}`);
  return result;
}
const text = (fragments: { text: string }[]) => fragments.map((f) => f.text).join("");
const marked = (fragments: { text: string; marked: boolean }[]) => fragments.filter((f) => f.marked).map((f) => f.text);
const refOf = (h: Awaited<ReturnType<typeof search>>["hits"][number]) =>
  h.kind === "trust" ? `trust:${h.slug}` : h.kind === "problem" ? `problem:${h.id}` : `${h.kind}:${h.key}`;

describe("searching the record", () => {
  it("refuses to search without a signed-in person", async () => {
    await expect(searchRecord(null, "halt", now, 1)).rejects.toThrow(/Sign in/);
  });

  it("finds the Royal Free first for its name, with the words marked, and its decisions and problems after it", async () => {
    const result = await search("Royal Free");
    const [first] = result.hits;
    expect(first).toMatchObject({ kind: "trust", slug: "royal-free" });
    expect(text(first!.title)).toBe("Royal Free Hampstead NHS Trust");
    expect(marked(first!.title)).toEqual(["Royal Free"]);
    const kinds = new Set(result.hits.map((h) => h.kind));
    expect(kinds).toContain("decision");
    expect(kinds).toContain("problem");
    expect(result.total).toBe(result.hits.length); // fewer than a page in the sample
    expect(result.hits.map(refOf)).toContain("decision:royal-free-rescue-2008-10-06");
  });

  it("finds the October 2008 halt by 'halt' and by 'halted', and only once it was known", async () => {
    for (const q of ["halt", "halted"]) {
      const hits = (await search(q)).hits;
      const halt = hits.find((h) => h.kind === "decision" && h.key === "halt-2008-10");
      expect(halt, q).toBeDefined();
      expect(marked(halt!.title)).toEqual(["halted"]);
    }
    // Reported on 31 December 2008: as it stood in November nobody had; with hindsight it is there.
    const asItStood = await search("halt", { asOf: "2008-11-15", hindsight: false });
    expect(asItStood.hits.map(refOf)).not.toContain("decision:halt-2008-10");
    const withHindsight = await search("halt", { asOf: "2008-11-15", hindsight: true });
    expect(withHindsight.hits.map(refOf)).toContain("decision:halt-2008-10");
    expect((await search("halt", { asOf: "2009-01-15", hindsight: false })).hits.map(refOf)).toContain("decision:halt-2008-10");
  });

  it("finds sources by title and publisher as the sources page lists them, and a conflict by its question and claims", async () => {
    const hansard = await search("Hansard");
    const sources = hansard.hits.filter((h) => h.kind === "source");
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((h) => h.kind === "source" && h.listPage === 1)).toBe(true);
    expect(sources.map(refOf)).toContain("source:hansard-2009-02-27-royal-free-records");
    // published 27 February 2009: not on the list of 1 February 2009
    const before = await search("Hansard", { asOf: "2009-02-01", hindsight: false });
    expect(before.hits.map(refOf)).not.toContain("source:hansard-2009-02-27-royal-free-records");

    const day = await search('"17 June 2008"');
    expect(day.hits.map(refOf)).toContain("conflict:royal-free-go-live-day");
    const conflict = day.hits.find((h) => h.kind === "conflict")!;
    expect(marked(conflict.snippet ?? []).join(" ")).toMatch(/17 June 2008/);
  });

  it("finds a trust by a former name and by its new one, the new one only from the day it counts", async () => {
    const kingston = await db.trust.findUniqueOrThrow({ where: { slug: "kingston" } });
    const renamed = await db.organisationChange.create({
      data: {
        trustId: kingston.id,
        kind: "RENAMED",
        occurredOn: new Date("2013-06-01T00:00:00Z"),
        precision: "MONTH",
        name: "Kingston Searchtest Hospital NHS Foundation Trust",
        shortName: "Kingston Searchtest",
        certainty: "UNCERTAIN",
      },
    });
    afterAll(() => db.organisationChange.delete({ where: { id: renamed.id } }));

    const later = await search("Searchtest", { asOf: "2014-01-01", hindsight: false });
    expect(later.hits[0]).toMatchObject({ kind: "trust", slug: "kingston" });
    expect(text(later.hits[0]!.title)).toBe("Kingston Searchtest Hospital NHS Foundation Trust");
    // the name it had before still finds it, shown under its name on the date
    const former = await search("Kingston Hospital NHS Trust", { asOf: "2014-01-01", hindsight: false });
    expect(former.hits[0]).toMatchObject({ kind: "trust", slug: "kingston" });
    expect(text(former.hits[0]!.snippet ?? [])).toContain("Kingston Hospital NHS Trust");
    // counted from the end of June 2013: not yet its name in May, unless read with hindsight
    expect((await search("Searchtest", { asOf: "2013-05-01", hindsight: false })).hits).toEqual([]);
    expect((await search("Searchtest", { asOf: "2013-05-01", hindsight: true })).hits.map(refOf)).toEqual(["trust:kingston"]);
  });

  it("puts an exact trust name first and shows the last page for a page past it", async () => {
    const result = await search("Kingston");
    expect(result.hits[0]).toMatchObject({ kind: "trust", slug: "kingston" });
    const past = await search("Kingston", now, 99);
    expect(past.page).toBe(1);
    expect(past.hits.map(refOf)).toEqual(result.hits.map(refOf));
  });

  it("gives whatever is typed a result or a message, never an error", async () => {
    const typed = [
      '"',
      "'",
      "&|!",
      "!!!",
      "a & | b",
      "halt:*",
      "(halt",
      "halt)",
      "\\",
      "<script>alert(1)</script>",
      "Café ☕ 中文 😀",
      "-",
      "or or or",
      '""',
      '\'; DROP TABLE "Trust"; --',
      "\u2028halt",
      "é".repeat(200),
    ];
    for (const q of typed) {
      const parsed = parseSearchQuery(new URLSearchParams({ q }));
      expect(parsed.errors, q).toEqual([]);
      const result = await searchRecord(viewer, parsed.q!, now, 1);
      expect(["found", "common-words", "only-excluded"], q).toContain(result.outcome);
    }
    expect(await searchRecord(viewer, "the and of", now, 1)).toEqual({ outcome: "common-words" });
    expect(await searchRecord(viewer, "-halt", now, 1)).toEqual({ outcome: "only-excluded" });
    const script = await search("<script>alert(1)</script>");
    expect(script.hits.every((h) => !text(h.title).includes("\u0002"))).toBe(true);
    // refused before they reach the database, each with what to fix
    const refused = [
      new URLSearchParams({ q: "x".repeat(10_000) }),
      new URLSearchParams({ q: "halt\u0000" }),
      new URLSearchParams({ q: "   " }),
      new URLSearchParams([
        ["q", "halt"],
        ["q", "resume"],
      ]),
    ];
    for (const params of refused) expect(parseSearchQuery(params).errors[0]?.field).toBe("q");
    expect(await db.trust.count()).toBeGreaterThan(0);
  });

  it("reads decisions and problems through their GIN indexes", async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${searchSql(now)}`, now.asOf, "halt", "[]", 0);
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toContain("Decision_search_idx");
    expect(text).toContain("Problem_search_idx");
  });
});
