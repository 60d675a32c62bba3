import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not. Never says why in detail: no internals leak. */
export async function GET() {
  const started = Date.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "reachable", ms: Date.now() - started }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("health: database unreachable:", (error as Error).message);
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
