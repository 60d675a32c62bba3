import { Feed } from "feed";
import { can } from "@/lib/auth/permissions";
import { readAuthConfig } from "@/lib/auth/config";
import { authenticate, guarded } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { listChanges } from "@/lib/data/changes";
import { unknownKeyErrors } from "@/lib/exports/named-keys";
import { CONTROL_CHARACTERS } from "@/lib/validation/common";
import { parseChangesQuery } from "@/lib/validation/changes";

export const dynamic = "force-dynamic";

/** Entries in the feed: the newest changes. */
const FEED_SIZE = 100;
const TAKES = ["trust", "decision", "kind"];

/**
 * `/api/v1/changes.atom`: the changes to the record as an Atom feed (docs/decisions/023), all of them or those about
 * one trust (`trust=`), one decision (`decision=`) or of one kind (`kind=`). A feed reader signs in with a personal
 * API token, as a bearer token or as the password of HTTP Basic; any signed-in person may read it.
 */
export async function GET(request: Request) {
  return guarded(request, async () => {
    const url = new URL(request.url);
    const auth = await authenticate(request);
    if ("response" in auth) return auth.response;
    if (!can(auth.actor, "rollout.read")) return problem(403, "forbidden", "Your account cannot read the record.");
    const invalid = [...new Set(url.searchParams.keys())].flatMap((name) => {
      const values = url.searchParams.getAll(name);
      if (!TAKES.includes(name))
        return [{ name: name.slice(0, 100), reason: `The feed does not take ${JSON.stringify(name.slice(0, 100))}. It takes: ${TAKES.join(", ")}` }];
      if (values.length > 1) return [{ name, reason: "Give it once" }];
      if (values.some((v) => CONTROL_CHARACTERS.test(v) || v.length > 200))
        return [{ name, reason: "Must be 200 characters or fewer, with no control characters" }];
      return [];
    });
    const query = parseChangesQuery(Object.fromEntries(url.searchParams));
    const unknown = (await unknownKeyErrors(url.searchParams)).map((e) => {
      const [name, ...reason] = e.split(": ");
      return { name: name!, reason: reason.join(": ") };
    });
    const problems = [
      ...invalid,
      ...query.errors.filter((e) => invalid.every((i) => i.name !== e.field)).map((e) => ({ name: e.field, reason: e.message })),
      ...unknown,
    ];
    if (problems.length > 0)
      return problem(400, "bad-request", "Some parameters are not right: invalid-params says which and why.", {
        instance: `${url.pathname}${url.search}`.slice(0, 500),
        invalidParams: problems,
      });

    const { changes } = await listChanges(auth.actor, { trust: query.trust, decision: query.decision, kind: query.kind }, { offset: 0, limit: FEED_SIZE });
    const base = readAuthConfig().baseURL.replace(/\/$/, "");
    const about = [
      query.trust ? `about ${query.trust}` : null,
      query.decision ? `about decision ${query.decision}` : null,
      query.kind ? `${query.kind} only` : null,
    ]
      .filter(Boolean)
      .join(", ");
    const feed = new Feed({
      id: `${base}${url.pathname}${url.search}`,
      title: `London Cerner rollout: what changed${about ? ` (${about})` : ""}`,
      description: "Changes recorded in the record of the Cerner Millennium rollout in London, newest first.",
      link: `${base}/changes${url.search}`,
      updated: changes[0] ? new Date(changes[0].recordedAt) : new Date(0),
      language: "en-GB",
      generator: false,
      copyright: "The record's sources are public; see each change's page.",
      feedLinks: { atom: `${base}${url.pathname}${url.search}` },
    });
    for (const c of changes) {
      feed.addItem({
        id: `${base}/changes#change-${c.id}`,
        title: `${c.label}: ${c.about}`,
        link: `${base}${c.href}`,
        date: new Date(c.recordedAt),
        published: new Date(c.recordedAt),
        description: c.summary,
        category: [{ term: c.kind, name: c.label }],
      });
    }
    return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "private, no-cache" } });
  });
}

const readOnly = () => problem(405, "method-not-allowed", "The feed only reads: use GET.", { headers: { Allow: "GET" } });
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
