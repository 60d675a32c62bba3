import "server-only";
import { createHash } from "node:crypto";
import type { MutationSpec } from "../actions/mutation";
import { ConflictError, FieldError } from "../actions/errors";
import { renderBoardPackHtml } from "@/components/rollout/board-pack-html";
import { loadBoardPack } from "../data/board";
import { parseIssuePack, type IssuePackInput } from "../validation/issued-packs";
import { freeKey, slugify } from "./shared";

/** SHA-256 hex of the text as UTF-8: what an issued pack's hash covers (docs/decisions/014). */
export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The key of a pack for a meeting: pack-2009-02-11, or with the decision's key; -2, -3 … when issued again. */
export function issuedPackKeyBase(input: Pick<IssuePackInput, "to" | "decisionKey">): string {
  return input.decisionKey ? `pack-${input.to}-${slugify(input.decisionKey).slice(0, 40).replace(/-$/, "")}` : `pack-${input.to}`;
}

/**
 * A board member issues the pack shown: rebuilt and rendered inside the transaction, so the text kept
 * is what this read of the record gives; refused if it is not what the person was shown.
 */
export const issueBoardPack: MutationSpec<IssuePackInput> = {
  permission: "decision.record",
  action: "board-pack.issue",
  parse: parseIssuePack,
  // Two packs issued at once take turns: each one's corrections start where the one before ended.
  serialize: "board-pack.issue",
  async write(tx, input, actor) {
    const loaded = await loadBoardPack(actor, { since: input.since, to: input.to, decisionKey: input.decisionKey, hindsight: input.view === "hindsight" }, tx);
    if (loaded.notFound) throw new FieldError({ decision: "Choose a decision from the list" });
    const content = renderBoardPackHtml(loaded.pack);
    const contentSha256 = sha256Hex(content);
    if (input.shownSha256 && input.shownSha256 !== contentSha256) {
      throw new ConflictError(
        "IssuedPack",
        issuedPackKeyBase(input),
        [
          {
            label: "The pack",
            current: "The record changed after you opened this pack. The page now shows the pack as it stands: read it, then issue it again.",
          },
        ],
        { shownSha256: input.shownSha256, nowSha256: contentSha256 },
        "The record changed after you opened this pack, so it was not issued.",
      );
    }
    const model = JSON.parse(JSON.stringify(loaded.pack));
    const pack = await tx.issuedPack.create({
      data: {
        key: await freeKey(tx, "issuedPack", issuedPackKeyBase(input)),
        meetingDate: new Date(`${input.to}T00:00:00.000Z`),
        sinceDate: new Date(`${loaded.pack.since}T00:00:00.000Z`),
        decisionKey: input.decisionKey ?? null,
        view: input.view,
        issuedById: actor.id,
        issuedByEmail: actor.email,
        issuedByName: actor.name,
        content,
        contentSha256,
        model,
      },
      select: { id: true, key: true, issuedAt: true },
    });
    return {
      entity: "IssuedPack",
      entityId: String(pack.id),
      before: null,
      after: {
        key: pack.key,
        meetingDate: input.to,
        since: loaded.pack.since,
        decisionKey: input.decisionKey ?? null,
        view: input.view,
        contentSha256,
        corrections: loaded.pack.corrections.length,
      },
      redirectTo: `/board/packs/${pack.key}`,
      revalidate: ["/board/packs", "/board/pack"],
    };
  },
};
