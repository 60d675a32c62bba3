// What every go-live form page reads: the person may make the change, the go-live is at this trust (else the
// segment's not-found page), and the sources a fact may cite.
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { getGoLiveForForm, listSourceOptions } from "@/lib/data/forms";
import { todayIso } from "@/lib/domain/dates";
import { parseId } from "@/lib/validation/common";

export type GoLiveFormParams = Promise<{ slug: string; goLiveId: string }>;

export async function loadGoLiveForm(params: GoLiveFormParams, permission: Permission) {
  const actor = await requirePageActor(permission);
  const { slug, goLiveId } = await params;
  const id = parseId(goLiveId);
  const [goLive, sources] = await Promise.all([id ? getGoLiveForForm(actor, permission, slug, id) : null, listSourceOptions(actor)]);
  if (!goLive) notFound();
  // the form's props: the go-live and the version read, the sources, and today for the date it became known
  return { goLive, form: { goLiveId: goLive.id, version: goLive.version, sources, today: todayIso() } };
}
