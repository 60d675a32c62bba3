// The read API (docs/decisions/022), called as a script calls it: with a personal token made through the
// dashboard's own server action. Every response is validated against the OpenAPI document the API serves
// (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses it); every collection gives its export's rows; tokens can be
// made, used, revoked and expire, are stored only as a hash, and read only what their owner may read now.
// Makes tokens and changes roles, so it has a database of its own.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, submit } from "./support/next-request";
import { GET as collectionGet, POST as collectionPost } from "@/app/api/v1/[collection]/route";
import { GET as indexGet } from "@/app/api/v1/route";
import { GET as openApiGet } from "@/app/api/v1/openapi.json/route";
import { GET as exportGet } from "@/app/exports/[file]/route";
import { fetchExport as goLivesCsv } from "./support/export-route";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { COLLECTIONS } from "@/lib/api/collections";
import { FAILED_TOKEN_LIMIT } from "@/lib/api/tokens";
import { IDLE } from "@/lib/actions/state";

const { db } = await startFreshDatabase();
const BASE = "http://localhost";

/** Makes a token as this person through the dashboard's form action; returns it as shown once. */
async function tokenFor(email: string, name = "Quarterly report script", expiresInDays = "90") {
  await actAs(email);
  const result = await submit(createApiTokenAction, IDLE, { name, expiresInDays });
  expect(result.saved, JSON.stringify(result)).toBe(false);
  const state = (result as { state: { status: string; fields?: Record<string, string> } }).state;
  expect(state.status).toBe("success");
  await actAs(null);
  return state.fields!.token!;
}

type Call = { token?: string; headers?: Record<string, string> };
async function api(path: string, call: Call = {}) {
  const headers = new Headers(call.headers);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  const request = new Request(`${BASE}${path}`, { headers });
  const url = new URL(request.url);
  if (url.pathname === "/api/v1") return indexGet(request);
  if (url.pathname === "/api/v1/openapi.json") return openApiGet(request);
  const collection = decodeURIComponent(url.pathname.replace(/^\/api\/v1\//, ""));
  return collectionGet(request, { params: Promise.resolve({ collection }) });
}
const json = async (r: Response) => (await r.json()) as Record<string, unknown>;

// The OpenAPI document as served, compiled once: each response is checked against the schema it documents.
const documentResponse = await api("/api/v1/openapi.json");
const openapi = (await documentResponse.json()) as {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openapi, "openapi");
const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function expectValid(path: string, status: number, body: unknown, contentType: string | null) {
  const media = status < 300 ? "application/json" : "application/problem+json";
  expect(contentType ?? "").toContain(media);
  const ref = `openapi#/paths/${pointer(path)}/get/responses/${status}/content/${pointer(media)}/schema`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  const ok = validate(body);
  expect(ok, `${path} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}
async function valid(path: string, status: number, call: Call = {}) {
  const response = await api(path, call);
  const body = response.status === 304 ? null : await json(response);
  expect(response.status, `${path}: ${JSON.stringify(body)?.slice(0, 400)}`).toBe(status);
  const documented = `/api/v1${new URL(`${BASE}${path}`).pathname.slice("/api/v1".length).replace(/^\/(.+)$/, "/$1")}`;
  const known = Object.hasOwn(openapi.paths, documented) ? documented : "/api/v1/trusts";
  if (status !== 304) expectValid(known, status, body, response.headers.get("content-type"));
  return { response, body: body as Record<string, unknown> };
}

const analystToken = await tokenFor("analyst@example.nhs.uk");
const viewerToken = await tokenFor("viewer@example.nhs.uk", "Viewer's script");
const adminToken = await tokenFor("admin@example.nhs.uk", "Audit script");

describe("personal API tokens", () => {
  it("are shown once and kept only as their SHA-256, with an audit row that does not hold them", async () => {
    expect(analystToken).toMatch(/^rlt_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findFirstOrThrow({ where: { user: { email: "analyst@example.nhs.uk" } } });
    expect(row.tokenHash).toBe(createHash("sha256").update(analystToken).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(analystToken.slice(4));
    expect(row).toMatchObject({ scope: "read", name: "Quarterly report script", prefix: analystToken.slice(0, 10), revokedAt: null, lastUsedAt: null });
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(90);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "api-token.create", entityId: row.id } });
    expect(audit.actor).toBe("analyst@example.nhs.uk");
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(analystToken.slice(4));
    expect(audit.after).toMatchObject({ name: "Quarterly report script", prefix: row.prefix, scope: "read" });
  });

  it("refuse a name left out or a lifetime not offered, saying what to fix, and make nothing", async () => {
    await actAs("analyst@example.nhs.uk");
    const before = await db.apiToken.count();
    const result = await submit(createApiTokenAction, IDLE, { name: "", expiresInDays: "1000" });
    const state = (result as { state: { status: string; fieldErrors?: Record<string, string> } }).state;
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors!)).toEqual(["name", "expiresInDays"]);
    expect(await db.apiToken.count()).toBe(before);
  });

  it("read with the owner's roles, and note when they were last used", async () => {
    const { body } = await valid("/api/v1/decisions?limit=1", 200, { token: analystToken });
    expect((body.data as unknown[]).length).toBe(1);
    const row = await db.apiToken.findFirstOrThrow({ where: { user: { email: "analyst@example.nhs.uk" } } });
    expect(row.lastUsedAt).not.toBeNull();
    // the index lists what this person may read
    const index = await json(await api("/api/v1", { token: analystToken }));
    const names = (index.collections as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(Object.keys(COLLECTIONS).filter((n) => n !== "audit"));
    expectValid("/api/v1", 200, index, "application/json");
  });

  it("a viewer's token cannot read what a viewer cannot: the collections are the exports, which need the Analyst role", async () => {
    const { body } = await valid("/api/v1/decisions", 403, { token: viewerToken });
    expect(body.detail).toContain("Analyst");
    const index = await json(await api("/api/v1", { token: viewerToken }));
    expect(index.collections).toEqual([]);
  });

  it("the audit trail is for admins alone", async () => {
    await valid("/api/v1/audit", 403, { token: analystToken });
    const { body } = await valid("/api/v1/audit?limit=5", 200, { token: adminToken });
    expect((body.data as { action: string }[]).some((r) => r.action === "api-token.create")).toBe(true);
  });

  it("do less when a role is taken away, and nothing when the account is deactivated", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "analyst@example.nhs.uk" } });
    await db.userRole.delete({ where: { userId_role: { userId: user.id, role: "ANALYST" } } });
    await db.userRole.create({ data: { userId: user.id, role: "VIEWER" } });
    await valid("/api/v1/decisions", 403, { token: analystToken });
    await db.userRole.delete({ where: { userId_role: { userId: user.id, role: "VIEWER" } } });
    await db.userRole.create({ data: { userId: user.id, role: "ANALYST" } });
    await valid("/api/v1/decisions", 200, { token: analystToken });
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const { body } = await valid("/api/v1/decisions", 401, { token: analystToken });
    expect(body.detail).toContain("deactivated");
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
  });

  it("stop working when revoked, which only their owner can do, and when they expire", async () => {
    const token = await tokenFor("analyst@example.nhs.uk", "Short-lived", "7");
    const row = await db.apiToken.findFirstOrThrow({ where: { name: "Short-lived" } });
    // someone else cannot revoke it
    await actAs("manager@example.nhs.uk");
    const refused = await submit(revokeApiTokenAction, IDLE, { tokenId: row.id });
    expect(refused.saved).toBe(false);
    await valid("/api/v1/trusts", 200, { token });
    // its owner can, and lands back on the tokens page that says so
    await actAs("analyst@example.nhs.uk");
    const revoked = await submit(revokeApiTokenAction, IDLE, { tokenId: row.id });
    expect(revoked).toEqual({ saved: true, url: `/account/tokens?revoked=${row.id}` });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "api-token.revoke", entityId: row.id } })).toBe(1);
    const { body } = await valid("/api/v1/trusts", 401, { token });
    expect(body.detail).toContain("revoked");
    // an expired token
    const other = await tokenFor("analyst@example.nhs.uk", "Expired", "7");
    await db.apiToken.updateMany({ where: { name: "Expired" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await valid("/api/v1/trusts", 401, { token: other });
    expect(expired.body.detail).toContain("expired");
    expect(expired.response.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("a browser session reads the API too; no token and no session is a 401 problem", async () => {
    await actAs("analyst@example.nhs.uk");
    await valid("/api/v1/sources?limit=2", 200);
    await actAs(null);
    const { body } = await valid("/api/v1/sources", 401);
    expect(body.detail).toContain("Bearer");
  });
});

describe("every collection", () => {
  beforeAll(async () => {
    // the sample has no baseline taken: take one as a board member would, of Kingston's go-live
    const goLive = await db.goLive.findFirstOrThrow({ where: { trust: { slug: "kingston" } }, include: { plans: { orderBy: { sequence: "asc" }, take: 1 } } });
    const plan = goLive.plans[0]!;
    await db.baseline.create({
      data: {
        key: "api-test-baseline",
        name: "Before the October 2008 halt (test)",
        takenAsOf: new Date("2008-10-30"),
        takenBy: "board@example.nhs.uk",
        entries: {
          create: [
            {
              goLiveId: goLive.id,
              planId: plan.id,
              plannedOn: plan.plannedOn,
              plannedPrecision: plan.plannedPrecision,
              plannedLabel: plan.plannedLabel,
              status: "PLANNED",
              plansMade: 1,
            },
          ],
        },
      },
    });
  });

  const paged = async (path: string, token: string) => {
    const rows: Record<string, unknown>[] = [];
    let next: string | null = path;
    while (next) {
      const { body, response } = await valid(next, 200, { token });
      rows.push(...(body.data as Record<string, unknown>[]));
      const links = body.links as { next: string | null };
      expect(response.headers.get("link")).toBe(links.next ? `<${links.next}>; rel="next"` : null);
      next = links.next;
    }
    return rows;
  };

  it.each(Object.keys(COLLECTIONS))("%s: each page matches the OpenAPI document, and together they are its export's rows", async (name) => {
    const collection = COLLECTIONS[name]!;
    const token = name === "audit" ? adminToken : analystToken;
    const query = name === "audit" || name === "baselines" ? "" : name === "baseline-comparison" ? "on=2008-10-30&asOf=2010-06-01" : "asOf=2010-06-01";
    const rows = await paged(`/api/v1/${name}?${query}${query ? "&" : ""}limit=7`, token);
    // the export for the same filters, parsed back
    await actAs(name === "audit" ? "admin@example.nhs.uk" : "analyst@example.nhs.uk");
    const file = `${name}.csv`;
    const exported =
      name === "overview"
        ? await goLivesCsv(new Request(`${BASE}/exports/go-lives.csv?${query}`))
        : await exportGet(new Request(`${BASE}/exports/${file}?${query}`), { params: Promise.resolve({ file }) });
    await actAs(null);
    expect(exported.status).toBe(200);
    const csv = parse(await exported.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(csv.length);
    // every collection but these has rows on 2010-06-01 in the sample (it records no acceptance, and no tolerance is set here)
    if (!["acceptances", "exceptions"].includes(name)) expect(rows.length, name).toBeGreaterThan(0);
    expect(rows.map((r) => Object.keys(r))).toEqual(csv.map(() => collection.columns.map((c) => c.name)));
    // the same cells: null where the file has an empty cell, and the file's text otherwise (less its formula guard)
    const asText = (v: unknown) => (v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
    const unguard = (s: string) => s.replace(/^'(?=[=+\-@\t\r])/, "");
    const jsonColumns = collection.columns.filter((c) => c.type !== "JSON").map((c) => c.name);
    expect(rows.map((r) => jsonColumns.map((c) => asText(r[c])))).toEqual(csv.map((r) => jsonColumns.map((c) => unguard(r[c] ?? ""))));
  });

  it("the document describes every collection, and is public", async () => {
    await actAs(null);
    expect(openapi.openapi).toBe("3.1.0");
    expect(documentResponse.status).toBe(200);
    expect(Object.keys(openapi.paths).sort()).toEqual(["/api/v1", "/api/v1/changes.atom", ...Object.keys(COLLECTIONS).map((n) => `/api/v1/${n}`)].sort());
  });
});

describe("paging, dates and caching", () => {
  it("a cursor goes on where the last page ended, even when rows are added before it, and only with the same parameters", async () => {
    const first = await valid("/api/v1/sources?limit=3", 200, { token: analystToken });
    const next = (first.body.links as { next: string }).next;
    expect(next).toMatch(/cursor=/);
    const ids = (first.body.data as { source_id: number }[]).map((r) => r.source_id);
    const second = await valid(next, 200, { token: analystToken });
    const ids2 = (second.body.data as { source_id: number }[]).map((r) => r.source_id);
    expect(Math.min(...ids2)).toBeGreaterThan(Math.max(...ids));
    const cursor = new URL(`${BASE}${next}`).searchParams.get("cursor")!;
    const moved = await valid(`/api/v1/sources?limit=3&asOf=2009-02-11&cursor=${cursor}`, 400, { token: analystToken });
    expect(JSON.stringify(moved.body["invalid-params"])).toContain("cursor");
    await valid(`/api/v1/sources?cursor=not-a-cursor!`, 400, { token: analystToken });
  });

  it("reads the record as it stood: a plan announced later is not in an earlier date's rows", async () => {
    const rowsOn = async (asOf: string, view = "") =>
      (await valid(`/api/v1/plan-history?trust=kingston&asOf=${asOf}${view}&limit=1000`, 200, { token: analystToken })).body.data as {
        plan_label?: string;
        planned_label: string;
        known_from: string;
      }[];
    const before = await rowsOn("2008-11-01");
    const after = await rowsOn("2010-06-01");
    expect(after.length).toBeGreaterThan(before.length);
    expect(before.every((r) => r.known_from <= "2008-11-01")).toBe(true);
    expect(after.map((r) => r.planned_label)).toContain("April 2009 at the earliest");
    expect(before.map((r) => r.planned_label)).not.toContain("April 2009 at the earliest");
    // with hindsight, every row the record now holds about that day is there, carrying the day it became known
    const hindsight = await rowsOn("2008-11-01", "&view=hindsight");
    expect(hindsight.length).toBeGreaterThanOrEqual(before.length);
  });

  it("answers 304 to its own ETag until the record changes", async () => {
    const first = await api("/api/v1/decisions?asOf=2009-02-11", { token: analystToken });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await api("/api/v1/decisions?asOf=2009-02-11", { token: analystToken, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // another query has another tag
    const other = await api("/api/v1/decisions?asOf=2009-02-12", { token: analystToken, headers: { "if-none-match": etag } });
    expect(other.status).toBe(200);
    await db.source.create({ data: { key: "api-test-source", title: "A source added while a script reads", publisher: "Test" } });
    const changed = await api("/api/v1/decisions?asOf=2009-02-11", { token: analystToken, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("bad requests get a problem that says what to fix, never a server error", () => {
  it.each([
    ["/api/v1/decisions?colour=red", "colour"],
    ["/api/v1/decisions?asOf=2009-02-11&asOf=2009-02-12", "asOf"],
    ["/api/v1/decisions?asOf=2009-02-30", "asOf"],
    ["/api/v1/decisions?view=sideways", "view"],
    ["/api/v1/decisions?kind=surrender", "kind"],
    ["/api/v1/decisions?trust=nope", "trust"],
    ["/api/v1/decisions?trust=%00", "trust"],
    ["/api/v1/decisions?limit=0", "limit"],
    ["/api/v1/decisions?limit=1001", "limit"],
    ["/api/v1/decisions?limit=99999999999999999999", "limit"],
    ["/api/v1/baselines?baseline=none-such", "baseline"],
    ["/api/v1/overview?status=flying", "status"],
    ["/api/v1/promises?outcome=maybe", "outcome"],
    ["/api/v1/trends?interval=fortnight", "interval"],
    ["/api/v1/conflicts?status=argued", "status"],
  ])("%s names %s", async (path, name) => {
    const { body } = await valid(path, 400, { token: analystToken });
    expect((body["invalid-params"] as { name: string; reason: string }[]).map((p) => p.name)).toContain(name);
  });

  it("an unknown collection, one named like an object's own property, and a write are problems too", async () => {
    for (const name of ["nothing", "constructor", "__proto__"]) {
      const response = await api(`/api/v1/${name}`, { token: analystToken });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const post = await collectionPost();
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
    const malformed = await api("/api/v1/trusts", { headers: { authorization: "Basic abc" } });
    expect(malformed.status).toBe(401);
  });

  it("slows down an address sending tokens that do not work, and says when to try again", async () => {
    const wrong = `rlt_${"x".repeat(43)}`;
    let last: Response | null = null;
    for (let i = 0; i <= FAILED_TOKEN_LIMIT; i++) last = await api("/api/v1/trusts", { token: wrong });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    // a good token from the same address waits too: the limit is the address's
    expect((await api("/api/v1/trusts", { token: analystToken })).status).toBe(429);
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "api-token:" } } });
    expect((await api("/api/v1/trusts", { token: analystToken })).status).toBe(200);
  });
});
