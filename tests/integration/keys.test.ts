// Keys made from words (a source's, a baseline's, a decision's address) are unique by construction:
// a clash never loses what the person typed, however the saves interleave. Writes, so it has a
// database of its own.
import { describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { addSourceAction } from "@/lib/actions/sources";
import { takeBaselineAction } from "@/lib/actions/baselines";
import { recordDecisionAction } from "@/lib/actions/decisions";
import { executeMutation } from "@/lib/actions/mutation";
import { IDLE } from "@/lib/actions/state";

const { db } = await startFreshDatabase();
const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });

describe("keys made from words", () => {
  it('a source titled "Key", then "Key 3", then "Key" again: all three are saved, each at its own address', async () => {
    await actAs("manager@example.nhs.uk");
    const results = [];
    for (const title of ["Key", "Key 3", "Key"]) results.push(await submit(addSourceAction, IDLE, { title, publisher: "Clash Weekly" }));
    expect(results).toEqual([
      { saved: true, url: "/sources?saved=clash-weekly-key#source-clash-weekly-key" },
      { saved: true, url: "/sources?saved=clash-weekly-key-3#source-clash-weekly-key-3" },
      { saved: true, url: "/sources?saved=clash-weekly-key-2#source-clash-weekly-key-2" },
    ]);
    const keys = (await db.source.findMany({ where: { publisher: "Clash Weekly" }, orderBy: { id: "asc" }, select: { key: true } })).map((s) => s.key);
    expect(keys).toEqual(["clash-weekly-key", "clash-weekly-key-3", "clash-weekly-key-2"]);
  });

  it("a baseline whose words give a key already taken lands on its own comparison page", async () => {
    await actAs("board@example.nhs.uk");
    const day = date("takenAsOf", "30", "9", "2008");
    const first = await submit(takeBaselineAction, IDLE, { name: "Key", ...day });
    const second = await submit(takeBaselineAction, IDLE, { name: "Key 3", ...day });
    // Another name, the same words once made into an address.
    const third = await submit(takeBaselineAction, IDLE, { name: "Key!", ...day });
    expect([first, second, third]).toEqual([
      { saved: true, url: "/board/compare?baseline=baseline-key" },
      { saved: true, url: "/board/compare?baseline=baseline-key-3" },
      { saved: true, url: "/board/compare?baseline=baseline-key-2" },
    ]);
  });

  it("twenty decisions with the same title saved at the same moment are all kept, each at its own address", async () => {
    await actAs("board@example.nhs.uk");
    const source = await db.source.findFirstOrThrow({ where: { key: "cw-2009-02-11-bt-to-resume" }, select: { id: true } });
    const trust = await db.trust.findUniqueOrThrow({ where: { slug: "queen-marys-roehampton" }, select: { id: true } });
    const fields = {
      kind: "RECOMMEND",
      title: "Same title",
      body: "London Programme Board",
      scope: "NAMED_TRUSTS",
      trustIds: [String(trust.id)],
      ...date("decidedOn", "10", "3", "2009"),
      rationale: "Parallel saves",
      sourceId: String(source.id),
      certainty: "SINGLE_SOURCE",
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(recordDecisionAction, IDLE, fields)));
    expect(
      results.filter((r) => r.saved),
      JSON.stringify(results.filter((r) => !r.saved)),
    ).toHaveLength(20);
    const urls = results.map((r) => (r.saved ? r.url : ""));
    expect(new Set(urls).size).toBe(20);
    expect(urls).toContain("/decisions/recommend-2009-03-10-same-title");
    expect(urls).toContain("/decisions/recommend-2009-03-10-same-title-20");
    expect(await db.decision.count({ where: { title: "Same title" } })).toBe(20);
  });

  it("a unique-constraint failure that still happens is a message on the form, with what was typed kept", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "manager@example.nhs.uk" }, select: { id: true, email: true, name: true } });
    const taken = await db.source.findFirstOrThrow({ select: { key: true } });
    const fd = new FormData();
    fd.append("title", "What I typed");
    const audits = await db.auditEvent.count();
    const state = await executeMutation(
      {
        permission: "source.add",
        action: "source.add",
        parse: () => ({ success: true, data: null }),
        write: async (tx) => {
          await tx.source.create({ data: { key: taken.key, title: "Clash", publisher: "Clash" } });
          return { entity: "Source", entityId: "0", before: null, after: null, redirectTo: "/sources" };
        },
      },
      fd,
      { ...admin, roles: ["PROGRAMME_MANAGER"] },
    );
    expect(state).toMatchObject({
      status: "error",
      message: expect.stringMatching(/clashes with something already in the record/),
      fields: { title: "What I typed" },
    });
    expect(await db.auditEvent.count()).toBe(audits);
  });
});
