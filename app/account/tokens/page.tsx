import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm, RevokeTokenForm } from "@/components/forms/api-token-forms";
import { Secondary } from "@/components/ui/secondary";
import { Tag } from "@/components/ui/tag";
import { td } from "@/components/ui/table-styles";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listOwnTokens } from "@/lib/data/api-tokens";
import { formatRecordedAt } from "@/lib/domain/dates";
import { TableSection } from "@/components/ui/table-section";
import { ACTIONS_COLUMN } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("api.token");
  const tokens = await listOwnTokens(actor);
  const { revoked } = await searchParams;
  const revokedToken = typeof revoked === "string" ? tokens.find((t) => t.id === revoked && t.state === "revoked") : undefined;
  const canExport = can(actor, "rollout.export");
  return (
    <>
      <h1>API tokens</h1>
      <div className="max-w-reading mb-8">
        <p>
          A token lets a script read the record as you can, without your password, through the <Link href="/api/docs">read API</Link> (<code>/api/v1</code>).
          Tokens only read; they never change the record. A token acts with your roles as they are when it is used, so if your roles change, so does what it can
          read.
        </p>
        {!canExport ? (
          <p className="mt-4">
            <strong>Your roles do not include Analyst</strong>, so a token of yours cannot read the API&rsquo;s collections, which are the exports&rsquo; rows.
            Ask an admin if your work needs them.
          </p>
        ) : null}
      </div>
      {revokedToken ? (
        <div role="status" className="mb-8 border-l-8 border-success bg-nhs-grey-5 p-4">
          <p className="font-semibold">Token &ldquo;{revokedToken.name}&rdquo; revoked: it no longer works.</p>
        </div>
      ) : null}
      <section aria-labelledby="new-token-heading" className="mb-10">
        <h2 id="new-token-heading">Make a token</h2>
        <CreateTokenForm />
      </section>
      <TableSection
        id="tokens"
        heading="Your tokens"
        caption="Your tokens, newest first"
        columns={["Name", "Starts", "Made", "Last used", "Status", ACTIONS_COLUMN]}
        empty={tokens.length === 0 ? "You have no tokens." : null}
      >
        {tokens.map((t) => (
          <tr key={t.id} id={`token-${t.id}`}>
            <th scope="row" className={`${td} text-left font-semibold break-words`}>
              {t.name}
            </th>
            <td className={`${td} font-mono`}>{t.prefix}…</td>
            <td className={td}>{formatRecordedAt(t.createdAt)}</td>
            <td className={td}>{t.lastUsedAt ? formatRecordedAt(t.lastUsedAt) : <Secondary>Not used yet</Secondary>}</td>
            <td className={td}>
              {t.state === "works" ? (
                <Tag tone="green">Works until {formatRecordedAt(t.expiresAt)}</Tag>
              ) : t.state === "expired" ? (
                <Tag tone="grey">Expired {formatRecordedAt(t.expiresAt)}</Tag>
              ) : (
                <Tag tone="grey">Revoked {formatRecordedAt(t.revokedAt!)}</Tag>
              )}
            </td>
            <td className={td}>{t.state === "works" ? <RevokeTokenForm tokenId={t.id} name={t.name} /> : null}</td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
