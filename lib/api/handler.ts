import "server-only";
// One path for every /api/v1 request (docs/decisions/022): who is asking (a bearer token or the browser
// session), whether they may, the parameters checked against the collection's schemas, the ETag of what
// they would get (answered 304 without reading when it matches), then the page, with its next link.
// Every refusal is an RFC 9457 problem; nothing the server did not expect reaches the client.
import { createHash } from "node:crypto";
import { can, type Actor } from "../auth/permissions";
import { getActor } from "../auth/session";
import { requestAddress } from "../auth/request-address";
import { parseView } from "../validation/as-of";
import { recordVersion } from "../server/record-cache";
import { todayIso } from "../domain/dates";
import { CONTROL_CHARACTERS } from "../validation/common";
import { actorForToken, bearerToken, refusalWords } from "./tokens";
import { problem, type InvalidParam } from "./problem";
import type { Collection, Position } from "./collections";
import { PAGING } from "./params";
import { unknownKeyErrors } from "../exports/named-keys";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
const MAX_QUERY_LENGTH = 4096;

type Authenticated = { actor: Actor } | { response: Response };

/** The person a request acts for: its bearer token if it sends one, else its signed-in session. */
export async function authenticate(request: Request): Promise<Authenticated> {
  const token = bearerToken(request.headers);
  const challenge = { "WWW-Authenticate": 'Bearer realm="rollout"' };
  if (token === "malformed")
    return { response: problem(401, "not-signed-in", "The Authorization header must be: Bearer followed by your token.", { headers: challenge }) };
  if (token !== null) {
    const result = await actorForToken(token, requestAddress(request.headers));
    if (result.status === "limited") {
      return {
        response: problem(
          429,
          "too-many-requests",
          `Too many requests with tokens that do not work came from your address. Try again in ${result.retryAfterSeconds} seconds.`,
          { headers: { "Retry-After": String(result.retryAfterSeconds) } },
        ),
      };
    }
    if (result.status === "refused") return { response: problem(401, "not-signed-in", refusalWords(result.reason), { headers: challenge }) };
    return { actor: result.actor };
  }
  const actor = await getActor();
  if (!actor)
    return {
      response: problem(401, "not-signed-in", "Send a personal API token (Authorization: Bearer rlt_…), made under Account, API tokens, or sign in.", {
        headers: challenge,
      }),
    };
  return { actor };
}

/** The parameters in a fixed order, for fingerprints and ETags. */
const canonical = (search: URLSearchParams, skip: readonly string[] = []) =>
  [...search].filter(([k]) => !skip.includes(k)).sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);

interface Cursor {
  /** the collection and filters it belongs to */
  f: string;
  p: Exclude<Position, null>;
}

function encodeCursor(c: Cursor) {
  return Buffer.from(JSON.stringify(c), "utf8").toString("base64url");
}

function decodeCursor(raw: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(raw)) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Cursor>;
    if (typeof c.f !== "string" || !c.p || typeof c.p !== "object") return null;
    if ("offset" in c.p && Number.isSafeInteger(c.p.offset) && c.p.offset >= 0) return { f: c.f, p: { offset: c.p.offset } };
    if ("after" in c.p && (typeof c.p.after === "string" ? /^\d{1,19}$/.test(c.p.after) : Number.isSafeInteger(c.p.after)))
      return { f: c.f, p: { after: c.p.after } };
    return null;
  } catch {
    return null;
  }
}

/** Checks the parameters against the collection's: each one it takes, once (unless repeatable), with no control characters. */
export function checkParams(collection: Pick<Collection, "params">, search: URLSearchParams): InvalidParam[] {
  const known = new Map([...collection.params, ...PAGING].map((p) => [p.name, p]));
  const problems: InvalidParam[] = [];
  for (const name of new Set(search.keys())) {
    const doc = known.get(name);
    const values = search.getAll(name);
    if (!doc) {
      problems.push({
        name: name.slice(0, 100),
        reason: `This collection does not take ${JSON.stringify(name.slice(0, 100))}. It takes: ${[...known.keys()].join(", ")}`,
      });
      continue;
    }
    if (values.length > 1 && !doc.repeatable) problems.push({ name, reason: "Give it once" });
    if (values.some((v) => CONTROL_CHARACTERS.test(v) || v.length > 200))
      problems.push({ name, reason: "Must be 200 characters or fewer, with no control characters" });
  }
  return problems;
}

const ERROR_FIELD = /^([A-Za-z]+): (.*)$/;

/** The collection's own parser's messages ("trust: Choose a trust from the list") as invalid parameters. */
const asInvalidParams = (errors: readonly string[]): InvalidParam[] =>
  errors.map((e) => {
    const m = ERROR_FIELD.exec(e);
    return m ? { name: m[1]!, reason: m[2]! } : { name: "query", reason: e };
  });

export async function serveCollection(request: Request, collection: Collection): Promise<Response> {
  const url = new URL(request.url);
  const instance = `${url.pathname}${url.search}`.slice(0, 500);
  if (url.search.length > MAX_QUERY_LENGTH)
    return problem(400, "bad-request", `The query is longer than ${MAX_QUERY_LENGTH} characters.`, { instance: url.pathname });
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const { actor } = auth;
  if (!can(actor, collection.permission)) {
    return problem(
      403,
      "forbidden",
      `Your account cannot read ${collection.title.toLowerCase()}: it needs the ${collection.permission.startsWith("audit") ? "Admin" : "Analyst"} role. Ask an admin if your work needs it.`,
      { instance },
    );
  }
  const search = url.searchParams;
  const invalid = checkParams(collection, search);
  if (invalid.length > 0)
    return problem(400, "bad-request", "Some parameters are not right: invalid-params says which and why.", { instance, invalidParams: invalid });

  let limit = DEFAULT_LIMIT;
  const rawLimit = search.get("limit");
  if (rawLimit !== null) {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      return problem(400, "bad-request", "limit is not right.", {
        instance,
        invalidParams: [{ name: "limit", reason: `A whole number from 1 to ${MAX_LIMIT}` }],
      });
    }
    limit = Number(rawLimit);
  }
  const filters = new URLSearchParams(canonical(search, ["limit", "cursor"]));
  const fingerprint = digest([collection.name, [...filters]]);
  let from: Position = null;
  const rawCursor = search.get("cursor");
  if (rawCursor !== null) {
    const cursor = decodeCursor(rawCursor);
    if (!cursor)
      return problem(400, "bad-request", "cursor is not right.", {
        instance,
        invalidParams: [{ name: "cursor", reason: "Use the cursor from links.next as it is" }],
      });
    if (cursor.f !== fingerprint)
      return problem(400, "bad-request", "cursor is not right.", {
        instance,
        invalidParams: [
          {
            name: "cursor",
            reason: "This cursor belongs to other parameters: keep the parameters the same from page to page, or start again without a cursor",
          },
        ],
      });
    from = cursor.p;
  }

  const version = await recordVersion();
  const etag = version
    ? `W/"${digest([version.epoch, String(version.version), todayIso(), collection.name, canonical(search), [...actor.roles].sort()])}"`
    : null;
  if (etag && ifNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "private, no-cache" } });
  }

  const unknown = await unknownKeyErrors(filters);
  if (unknown.length > 0)
    return problem(400, "bad-request", "Some parameters are not right: invalid-params says which and why.", {
      instance,
      invalidParams: asInvalidParams(unknown),
    });
  const result = await collection.read(actor, filters, from, limit);
  if ("errors" in result)
    return problem(400, "bad-request", "Some parameters are not right: invalid-params says which and why.", {
      instance,
      invalidParams: asInvalidParams(result.errors),
    });
  const { page } = result;
  const view = parseView(search.get("asOf") ?? undefined, search.get("view") ?? undefined);
  const next = page.next ? pageUrl(url, encodeCursor({ f: fingerprint, p: page.next })) : null;
  const body = {
    data: page.rows,
    meta: { collection: collection.name, asOf: view.asOf, view: view.hindsight ? "hindsight" : "as-it-stood", limit, formatVersion: collection.version },
    links: { self: `${url.pathname}${url.search}`, next },
  };
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "private, no-cache",
    "X-Export-Format-Version": String(collection.version),
  };
  if (etag) headers.ETag = etag;
  if (next) headers.Link = `<${next}>; rel="next"`;
  return new Response(JSON.stringify(body), { status: 200, headers });
}

function pageUrl(url: URL, cursor: string): string {
  const params = new URLSearchParams(url.searchParams);
  params.set("cursor", cursor);
  return `${url.pathname}?${params.toString()}`;
}

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => t.trim() === etag || t.trim() === "*");
}

/** Anything unexpected: logged here, told to the client without internals. */
export async function guarded(request: Request, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    console.error(`api: ${new URL(request.url).pathname}: ${error instanceof Error ? error.message : String(error)}`);
    return problem(500, "server-error", "Something went wrong on the server. Try again; if it keeps happening, tell the dashboard's team.");
  }
}
