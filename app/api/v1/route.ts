import { readableBy } from "@/lib/api/collections";
import { authenticate, guarded } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

/** `/api/v1`: the collections the token's owner (or the signed-in person) may read. */
export async function GET(request: Request) {
  return guarded(request, async () => {
    const auth = await authenticate(request);
    if ("response" in auth) return auth.response;
    const collections = readableBy(auth.actor).map((c) => ({
      name: c.name,
      title: c.title,
      href: `/api/v1/${c.name}`,
      page: c.page,
      formatVersion: c.version,
    }));
    return Response.json({ collections, links: { openapi: "/api/v1/openapi.json", docs: "/api/docs" } }, { headers: { "Cache-Control": "private, no-cache" } });
  });
}

const readOnly = () => problem(405, "method-not-allowed", "The API only reads: use GET.", { headers: { Allow: "GET" } });
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
