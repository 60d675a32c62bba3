// Tolerances through the real server action, with real sessions: only a board member may set one; bad input and
// refused writes write nothing, not even an audit row; a tolerance set is audited with it, and its exceptions are
// read back as the record stood (not before it was recorded) and with hindsight.
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { PEOPLE, testActor } from "../support/people";
import { setToleranceAction } from "@/lib/actions/tolerances";
import { IDLE } from "@/lib/actions/state";
import { loadExceptions, loadTolerancesPage } from "@/lib/data/tolerances";
import { todayIso } from "@/lib/domain/dates";

// This file writes: it gets a database of its own.
const { db } = await startFreshDatabase();
type Person = keyof typeof PEOPLE | "nobody";
const board = testActor("board");

const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });
/** 90 days of slip for the programme, against the record the day before the October 2008 halt took effect. */
const preHalt = (overrides: Record<string, string> = {}) => ({
  goLiveId: "programme",
  kind: "SLIP",
  slipDays: "90",
  baseline: "on:2008-10-30",
  ...date("agreedOn", "1", "11", "2008"),
  reason: "Board meeting of 1 November 2008",
  ...overrides,
});
const counts = async () => ({ tolerances: await db.tolerance.count(), audit: await db.auditEvent.count({ where: { action: "tolerance.set" } }) });

describe("who may set a tolerance", () => {
  for (const person of ["nobody", "viewer", "analyst", "manager", "admin"] as Person[]) {
    it(`${person} cannot, and nothing is written`, async () => {
      await actAs(person === "nobody" ? null : PEOPLE[person as keyof typeof PEOPLE]);
      const before = await counts();
      const result = await submit(setToleranceAction, IDLE, preHalt());
      expect(result.saved).toBe(false);
      expect(result.saved ? "" : result.state.message).toMatch(person === "nobody" ? /session has ended/ : /cannot make this change/);
      expect(await counts()).toEqual(before);
    });
  }
});

describe("a board member sets tolerances", () => {
  beforeAll(async () => actAs(PEOPLE.board));

  it("bad input gets a message per field, in the form's order, keeps what was typed and writes nothing", async () => {
    await actAs(PEOPLE.board);
    const before = await counts();
    const result = await submit(
      setToleranceAction,
      IDLE,
      preHalt({ goLiveId: "99999999999", slipDays: "ninety", ...date("agreedOn", "31", "2", "2009"), reason: "" }),
    );
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(Object.keys(result.state.fieldErrors ?? {})).toEqual(["goLiveId", "slipDays", "agreedOn", "reason"]);
    expect(result.state.fieldErrors).toMatchObject({
      slipDays: "Days of slip must be a whole number from 0 to 3,650",
      agreedOn: "The day the board agreed it must be a real date",
      reason: "Enter why the board agreed it",
    });
    expect(result.state.fields?.slipDays).toBe("ninety");
    const future = await submit(
      setToleranceAction,
      IDLE,
      preHalt({ kind: "DEADLINE", ...date("deadline", "", "6", "2009"), ...date("agreedOn", "1", "1", String(Number(todayIso().slice(0, 4)) + 1)) }),
    );
    expect(future.saved ? null : future.state.fieldErrors).toMatchObject({
      deadline: "The deadline must include a day",
      agreedOn: "The day the board agreed it must be today or in the past",
    });
    const noBaseline = await submit(setToleranceAction, IDLE, preHalt({ baseline: "baseline:no-such-baseline" }));
    expect(noBaseline.saved ? null : noBaseline.state.fieldErrors?.baseline).toBe("Select a baseline that is in the record");
    const notRollout = await db.goLive.findFirst({ where: { trust: { isRolloutTarget: false } }, select: { id: true } });
    if (notRollout) {
      const own = await submit(setToleranceAction, IDLE, preHalt({ goLiveId: String(notRollout.id) }));
      expect(own.saved ? null : own.state.fieldErrors?.goLiveId).toBe("Select the whole programme or a go-live of the rollout from the list");
    }
    expect(await counts()).toEqual(before);
  });

  it("saves with its audit row and lands on the tolerances page marking it", async () => {
    await actAs(PEOPLE.board);
    const before = await counts();
    const result = await submit(setToleranceAction, IDLE, preHalt());
    expect(result.saved).toBe(true);
    expect(result.saved ? result.url : "").toBe("/board/tolerances?saved=slip-programme-2008-11-01#tolerance-slip-programme-2008-11-01");
    expect(await counts()).toEqual({ tolerances: before.tolerances + 1, audit: before.audit + 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "tolerance.set" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actor: PEOPLE.board, entity: "Tolerance", outcome: "APPLIED" });
    expect(audit.after).toMatchObject({ kind: "SLIP", slipDays: 90, baselineOn: "2008-10-30", goLive: "programme", agreedOn: "2008-11-01" });
  });

  it("raises Kingston's exception from 31 December 2008 with hindsight; as it stood in 2009 it was not yet recorded", async () => {
    const hindsight = await loadExceptions(board, { asOf: "2009-02-11", hindsight: true });
    const kingston = hindsight.exceptions.find((e) => e.trust.slug === "kingston");
    expect(kingston).toMatchObject({ state: "OPEN", since: "2008-12-31", kind: "SLIP" });
    expect(kingston!.reason).toBe("Its forecast, April 2009 at the earliest, is 122 to 180 days after the baseline's November 2008; 90 days tolerated.");
    const asItStood = await loadExceptions(board, { asOf: "2009-02-11", hindsight: false });
    expect(asItStood).toMatchObject({ exceptions: [], applying: 0, recordedLater: 1 });
    // today, as it stood: Kingston went live outside tolerance; the record has known the tolerance since today
    const today = await loadExceptions(board, { asOf: todayIso(), hindsight: false });
    expect(today.exceptions.find((e) => e.trust.slug === "kingston")).toMatchObject({ state: "CLOSED", since: todayIso(), sinceRecorded: true });
  });

  it("a go-live's own tolerance replaces the programme's; the history keeps both, newest first", async () => {
    await actAs(PEOPLE.board);
    const kingston = await db.goLive.findFirstOrThrow({ where: { trust: { slug: "kingston" } }, select: { id: true } });
    const result = await submit(
      setToleranceAction,
      IDLE,
      preHalt({ goLiveId: String(kingston.id), slipDays: "400", reason: "Kingston's board accepted a longer slip" }),
    );
    expect(result.saved).toBe(true);
    const page = await loadTolerancesPage(board, { asOf: "2009-02-11", hindsight: true });
    expect(page.exceptions.map((e) => e.trust.slug)).not.toContain("kingston");
    expect(page.history.map((t) => t.slipDays)).toEqual([400, 90]);
    expect(page.inForce.map((t) => [t.goLive?.slug ?? "programme", t.slipDays]).sort()).toEqual([
      ["kingston", 400],
      ["programme", 90],
    ]);
  });

  it("the database refuses a tolerance whose limit does not match its kind, whoever writes it", async () => {
    await expect(
      db.tolerance.create({
        data: { key: "bad", kind: "SLIP", deadline: new Date("2009-06-30"), agreedOn: new Date("2009-01-01"), reason: "x", setById: "x", setByEmail: "x" },
      }),
    ).rejects.toThrow();
  });
});
