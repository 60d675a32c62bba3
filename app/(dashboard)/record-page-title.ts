// The title of a record's own page (a trust's, a decision's): the record's name as read on the page's date, or that it
// was not found; "Error: " first when the address holds something the page cannot read (its date, its page number).
import type { Metadata } from "next";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import type { View } from "@/lib/domain/knowledge";
import { parseView } from "@/lib/validation/as-of";
import type { SearchParams } from "@/lib/validation/overview";

export async function recordPageTitle(
  searchParams: SearchParams,
  missing: string,
  readName: (actor: Actor, view: View) => Promise<string | undefined>,
  otherError: string | null = null,
): Promise<Metadata> {
  const asOf = parseView(searchParams.asOf, searchParams.view);
  const actor = await getActor();
  const name = actor ? await readName(actor, asOf.view) : undefined;
  return { title: `${asOf.error || otherError ? "Error: " : ""}${name ?? missing}` };
}
