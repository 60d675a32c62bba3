import { findCollection } from "@/lib/api/collections";
import { guarded, serveCollection } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

/** `/api/v1/<collection>`: a page of an export's rows as JSON (docs/decisions/022). */
export async function GET(request: Request, { params }: { params: Promise<{ collection: string }> }) {
  return guarded(request, async () => {
    const { collection: name } = await params;
    const collection = findCollection(name);
    if (!collection)
      return problem(404, "not-found", "There is no such collection. The list is at /api/v1, and each is described at /api/docs.", {
        instance: new URL(request.url).pathname.slice(0, 200),
      });
    return serveCollection(request, collection);
  });
}

const readOnly = () => problem(405, "method-not-allowed", "The API only reads: use GET.", { headers: { Allow: "GET" } });
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
