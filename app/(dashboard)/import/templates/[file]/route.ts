import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { isImportKind, KINDS } from "@/lib/import/kinds";
import { templateCsv, templateWorkbook } from "@/lib/import/templates";

export const dynamic = "force-dynamic";

/** /import/templates/replans.csv, /import/templates/go-lives.xlsx: the columns, and one row of the sample record. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
  const kind = match?.[1];
  if (!match || !isImportKind(kind)) return plain(404, "There is no such template. The templates are listed at /import.");
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download a template.");
  if (!can(actor, KINDS[kind].permission))
    return plain(403, "Your account cannot import these rows: importing is for programme managers. Ask an admin if your work needs it.");
  const name = `london-cerner-import-${kind}`;
  if (match[2] === "csv") {
    return new Response(templateCsv(kind), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, "Cache-Control": "no-store" },
    });
  }
  const body = await templateWorkbook(kind);
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
