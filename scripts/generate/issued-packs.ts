// Issued board packs for the generated programme, so that the pages that open one are measured too:
// each issued as a board member issues one (lib/mutations/issued-packs.ts), from the record as the app
// reads it (loadBoardPack) and rendered by the app's own renderer, kept with the SHA-256 of its text.
// Written after the rest of the data is committed, since the app reads it through its own client.
import { createHash } from "node:crypto";
import { renderBoardPackHtml } from "../../components/rollout/board-pack-html";
import type { Actor } from "../../lib/auth/permissions";
import { createPrismaClient } from "../../lib/db/client";
import { loadBoardPack } from "../../lib/data/board";

/** The meetings: a month apart, during the first halt of the real programme's era. */
export const GENERATED_MEETINGS = [
  { since: "2008-12-15", to: "2009-01-15" },
  { since: "2009-01-15", to: "2009-02-11" },
] as const;

const ISSUER: Actor = { id: "generated-data", email: "generated-data@example.nhs.uk", name: "Generated data", roles: ["BOARD_MEMBER"] };

export async function writeIssuedPacks(connectionString: string): Promise<number> {
  const db = createPrismaClient(connectionString, { poolMax: 2 });
  try {
    let issued = 0;
    for (const meeting of GENERATED_MEETINGS) {
      const loaded = await loadBoardPack(ISSUER, meeting, db);
      if (loaded.notFound) continue;
      const content = renderBoardPackHtml(loaded.pack);
      await db.issuedPack.create({
        data: {
          key: `gen-pack-${meeting.to}`,
          meetingDate: new Date(`${meeting.to}T00:00:00.000Z`),
          sinceDate: new Date(`${loaded.pack.since}T00:00:00.000Z`),
          view: "as-it-stood",
          issuedById: ISSUER.id,
          issuedByEmail: ISSUER.email,
          issuedByName: ISSUER.name,
          issuedAt: new Date(`${meeting.to}T17:00:00.000Z`),
          content,
          contentSha256: createHash("sha256").update(content, "utf8").digest("hex"),
          model: JSON.parse(JSON.stringify(loaded.pack)),
        },
      });
      issued++;
    }
    return issued;
  } finally {
    await db.$disconnect();
  }
}
