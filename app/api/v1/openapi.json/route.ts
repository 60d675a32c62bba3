import { apiDocument } from "@/lib/api/document";
import { guarded } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document, generated from the API's zod schemas. It holds no data: anyone may read it. */
export async function GET(request: Request) {
  return guarded(request, async () => Response.json(apiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }));
}
