// Issued board packs through the real server actions and data layer: who may issue one, that its text
// reads back byte for byte (and matches its hash) after the record is corrected, and that the changes
// between two packs include the corrections recorded between their issue times, with who made them.
// Writes, so it has a database of its own.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { PEOPLE, testActor } from "../support/people";
import { issueBoardPackAction } from "@/lib/actions/issued-packs";
import { replanGoLiveAction } from "@/lib/actions/go-lives";
import { IDLE } from "@/lib/actions/state";
import { getIssuedPack, getPreviousIssuedPack, loadChangesBetweenPacks, loadPackComparison } from "@/lib/data/issued-packs";

const { db } = await startFreshDatabase();
const viewer = testActor("viewer");
const pack = (to: string, from: string) => ({ to, from, decision: "", view: "as-it-stood" });
const keyOf = (url: string) => url.replace("/board/packs/", "");

async function replanRoehampton(day: string) {
  const goLive = await db.goLive.findFirstOrThrow({
    where: { trust: { slug: "queen-marys-roehampton" }, actuals: { none: {} } },
    select: { id: true, version: true },
  });
  const source = await db.source.findFirstOrThrow({ select: { id: true } });
  await actAs(PEOPLE.manager);
  const result = await submit(replanGoLiveAction, IDLE, {
    goLiveId: String(goLive.id),
    version: String(goLive.version),
    "plannedOn-day": day,
    "plannedOn-month": "6",
    "plannedOn-year": "2011",
    plannedLabel: "",
    reason: "Re-planned after the issue of the pack",
    certainty: "SINGLE_SOURCE",
    sourceId: String(source.id),
    "announcedOn-day": "1",
    "announcedOn-month": "2",
    "announcedOn-year": "2009",
  });
  expect(result.saved, JSON.stringify(result)).toBe(true);
  return goLive.id;
}

describe("who may issue a board pack", () => {
  for (const person of ["nobody", "viewer", "analyst", "manager", "admin"] as const) {
    it(`${person} cannot issue one, and nothing is written`, async () => {
      await actAs(person === "nobody" ? null : PEOPLE[person]);
      const [packs, audits] = [await db.issuedPack.count(), await db.auditEvent.count()];
      const result = await submit(issueBoardPackAction, IDLE, pack("2009-02-11", "2008-10-01"));
      expect(result.saved).toBe(false);
      expect(await db.issuedPack.count()).toBe(packs);
      expect(await db.auditEvent.count()).toBe(audits);
    });
  }

  it("a bad meeting date is refused with what to fix, and nothing is written", async () => {
    await actAs(PEOPLE.board);
    const result = await submit(issueBoardPackAction, IDLE, pack("2009-02-31", "2008-10-01"));
    expect(result.saved).toBe(false);
    expect(JSON.stringify(result)).toMatch(/real date/);
    expect(await db.issuedPack.count()).toBe(0);
  });
});

describe("an issued pack", () => {
  it("reads back byte for byte after the record is corrected, and its hash matches", async () => {
    await actAs(PEOPLE.board);
    const issued = await submit(issueBoardPackAction, IDLE, pack("2009-02-11", "2008-10-01"));
    expect(issued.saved, JSON.stringify(issued)).toBe(true);
    const key = keyOf((issued as { url: string }).url);
    expect(key).toBe("pack-2009-02-11");
    const stored = await db.issuedPack.findUniqueOrThrow({ where: { key }, select: { content: true, contentSha256: true, issuedByEmail: true } });
    expect(stored.issuedByEmail).toBe(PEOPLE.board);
    expect(await db.auditEvent.count({ where: { action: "board-pack.issue", entity: "IssuedPack" } })).toBe(1);

    await replanRoehampton("30");

    const read = (await getIssuedPack(viewer, key))!;
    expect(Buffer.from(read.content, "utf8").equals(Buffer.from(stored.content, "utf8"))).toBe(true);
    expect(read.contentSha256).toBe(createHash("sha256").update(stored.content, "utf8").digest("hex"));
    expect(read.hashMatches).toBe(true);
    expect(read.content).not.toContain("30 June 2011");

    // What we know now that we did not then: the re-plan, as a different latest plan and a correction with who.
    const compared = await loadPackComparison(viewer, read);
    expect(compared.decisionGone).toBe(false);
    if (!compared.decisionGone) expect(compared.diff.goLives.some((d) => d.trust.includes("Roehampton") && d.now === "Planned 30 June 2011")).toBe(true);
    expect(compared.corrections.map((c) => [c.by, c.action])).toEqual([[PEOPLE.manager, "go-live.replan"]]);
    expect(compared.corrections[0]!.text).toContain("planned for 30 June 2011");
  });

  it("a stored text that was altered no longer matches its hash", async () => {
    const { content } = await db.issuedPack.findUniqueOrThrow({ where: { key: "pack-2009-02-11" }, select: { content: true } });
    await db.issuedPack.update({ where: { key: "pack-2009-02-11" }, data: { content: content.replace("Board pack", "Board  pack") } });
    expect((await getIssuedPack(viewer, "pack-2009-02-11"))!.hashMatches).toBe(false);
    await db.issuedPack.update({ where: { key: "pack-2009-02-11" }, data: { content } });
    expect((await getIssuedPack(viewer, "pack-2009-02-11"))!.hashMatches).toBe(true);
  });

  it("is refused when the record changed after it was shown", async () => {
    await actAs(PEOPLE.board);
    const result = await submit(issueBoardPackAction, IDLE, { ...pack("2009-03-11", "2009-02-11"), shownSha256: "0".repeat(64) });
    expect(result.saved).toBe(false);
    expect(await db.issuedPack.count({ where: { meetingDate: new Date("2009-03-11T00:00:00.000Z") } })).toBe(0);
  });
});

describe("changes between two issued packs", () => {
  it("include the corrections recorded between their issue times, with who, and the pack lists them", async () => {
    await actAs(PEOPLE.board);
    const second = await submit(issueBoardPackAction, IDLE, pack("2009-06-01", "2009-02-11"));
    expect(second.saved, JSON.stringify(second)).toBe(true);
    const later = (await getIssuedPack(viewer, keyOf((second as { url: string }).url)))!;
    // The live pack listed the correction made since the last issued pack; the issued copy keeps it.
    expect(later.content).toContain("Corrections recorded in the dashboard");
    expect(later.content).toContain(PEOPLE.manager);
    const previous = (await getPreviousIssuedPack(viewer, later))!;
    expect(previous.key).toBe("pack-2009-02-11");
    const between = await loadChangesBetweenPacks(viewer, later, previous);
    expect(between.earlier.key).toBe("pack-2009-02-11");
    expect(between.corrections.map((c) => [c.by, c.action, c.subject.includes("Roehampton")])).toEqual([[PEOPLE.manager, "go-live.replan", true]]);
    expect(between.changes.some((c) => c.kind === "PLAN" && c.trust?.startsWith("Kingston"))).toBe(true);

    // A correction after the second pack is not between the two.
    await replanRoehampton("29");
    const again = await loadChangesBetweenPacks(viewer, previous, later);
    expect(again.corrections).toHaveLength(1);
  });
});
