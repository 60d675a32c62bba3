// A disputed fact with every source's claim side by side (stacked on narrow screens): each claim
// with its detail, certainty in words and its source. The record keeps all sides; it picks none.
import { withAsOf, type RecordLink } from "./format";
import Link from "next/link";
import type { ConflictClaimView, ConflictView } from "@/lib/data/conflicts";
import { formatPartialDate } from "@/lib/domain/dates";
import type { SourceRef } from "@/lib/domain/rollout";
import { Secondary } from "../ui/secondary";
import { publishedLater } from "@/lib/domain/knowledge";
import { ReportedLater } from "./reported-later";
import { CertaintyTag } from "./status-tag";

type Level = 2 | 3 | 4;
const HEADINGS = { 2: "h2", 3: "h3", 4: "h4", 5: "h5" } as const;

function ClaimSource({ source, hindsightOn }: { source: SourceRef; hindsightOn: string | null }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noreferrer noopener">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      <span className="block text-ink-secondary">
        {source.publisher}, {source.published ? formatPartialDate(source.published) : "not dated"}
        {source.url ? null : " (no address recorded)"}
      </span>
      {hindsightOn ? <ReportedLater what="Published" on={publishedLater(source, hindsightOn)} /> : null}
    </>
  );
}

function Claim({ claim, level, conflictKey, hindsightOn }: { claim: ConflictClaimView; level: Level; conflictKey: string; hindsightOn: string | null }) {
  const Heading = HEADINGS[(level + 1) as 3 | 4 | 5];
  const id = `conflict-${conflictKey}-claim-${claim.position}`;
  return (
    <li className="border border-rule p-4">
      <Heading id={id} className="nhs-text-22 mb-3">
        <span className="block nhs-text-16 font-normal text-ink-secondary">{claim.source.publisher}:</span>
        {claim.claim}
      </Heading>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-4 gap-y-2 nhs-text-16">
        <dt className="font-semibold">Detail</dt>
        <dd>{claim.detail ?? <Secondary>No detail recorded</Secondary>}</dd>
        <dt className="font-semibold">Certainty</dt>
        <dd>
          <CertaintyTag certainty={claim.certainty} />
        </dd>
        <dt className="font-semibold">Source</dt>
        <dd>
          <ClaimSource source={claim.source} hindsightOn={hindsightOn} />
        </dd>
      </dl>
    </li>
  );
}

/** What the conflict is about, as links to where the fact is shown. */
function Subject({ conflict, asOf }: { conflict: ConflictView; asOf: RecordLink }) {
  const parts: React.ReactNode[] = [];
  if (conflict.trust) {
    parts.push(
      <Link key="trust" href={withAsOf(`/trusts/${conflict.trust.slug}`, asOf)}>
        {conflict.trust.name}
        {conflict.goLive ? ` (go-live: ${conflict.goLive.scope.toLowerCase()})` : ""}
      </Link>,
    );
  }
  if (conflict.contract) {
    parts.push(
      <Link key="contract" href={withAsOf("/contracts", asOf, `#contract-${conflict.contract.key}`)}>
        {conflict.contract.name} contract
      </Link>,
    );
  }
  return (
    <p className="mb-2">
      <span className="font-semibold">About: </span>
      {parts.length ? parts.flatMap((p, i) => (i ? [" · ", p] : [p])) : "the whole London programme"}
    </p>
  );
}

/**
 * One disputed fact. `level` is its heading's level; each claim's heading is one below.
 * `showSubject` links to the trust or contract (off where the page is that trust or contract).
 */
export function ConflictPanel({
  conflict,
  level = 3,
  showSubject = true,
  asOf = null,
}: {
  conflict: ConflictView;
  level?: Level;
  showSubject?: boolean;
  asOf?: RecordLink;
}) {
  const Heading = HEADINGS[level];
  const headingId = `conflict-${conflict.key}`;
  // With hindsight on a past date, the claims whose source came later are marked.
  const hindsightOn = typeof asOf === "object" && asOf !== null && asOf.hindsight ? asOf.asOf : null;
  const columns = conflict.claims.length > 2 ? "tablet:grid-cols-2 desktop:grid-cols-3" : "tablet:grid-cols-2";
  return (
    <section aria-labelledby={headingId} className="mb-8 bg-white border border-rule p-4 tablet:p-6">
      <p className="nhs-text-16 text-ink-secondary mb-1">{conflict.title}</p>
      <Heading id={headingId} className="nhs-text-26 mb-4">
        Sources disagree: {conflict.question}
      </Heading>
      {showSubject ? <Subject conflict={conflict} asOf={asOf} /> : null}
      <p className="mb-2">
        <span className="font-semibold">Status: </span>
        {conflict.status === "OPEN" ? "open (the record does not settle it)" : "resolved"}
      </p>
      {conflict.note ? <p className="mb-4 max-w-reading">{conflict.note}</p> : null}
      <ol aria-label={`What each source says: ${conflict.claims.length} claims`} className={`list-none grid grid-cols-1 ${columns} gap-4`}>
        {conflict.claims.map((claim) => (
          <Claim key={claim.id} claim={claim} level={level} conflictKey={conflict.key} hindsightOn={hindsightOn} />
        ))}
      </ol>
    </section>
  );
}

/** A page's section of conflicts under its own heading; nothing at all when there are none. */
export function ConflictsSection({
  conflicts,
  id,
  title,
  intro,
  level = 2,
  showSubject = false,
  asOf = null,
}: {
  conflicts: ConflictView[];
  id: string;
  title: string;
  intro?: string;
  level?: 2 | 3;
  showSubject?: boolean;
  asOf?: RecordLink;
}) {
  if (conflicts.length === 0) return null;
  const Heading = HEADINGS[level];
  return (
    <section aria-labelledby={id} className="mb-10">
      <Heading id={id}>{title}</Heading>
      {intro ? <p className="mb-4 max-w-reading">{intro}</p> : null}
      {conflicts.map((c) => (
        <ConflictPanel key={c.id} conflict={c} level={(level + 1) as 3 | 4} showSubject={showSubject} asOf={asOf} />
      ))}
    </section>
  );
}
