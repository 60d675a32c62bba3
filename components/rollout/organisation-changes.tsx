// A trust as it stood on the page's date (lib/domain/organisations.ts): its type, the trust it had
// become part of, the trusts that had become part of it, and every recorded change with its date and
// sources. Sources published after the date are counted in words, not cited (lib/domain/knowledge.ts).
import Link from "next/link";
import type { OrganisationChangeRecord } from "@/lib/data/organisations";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { citedOn } from "@/lib/domain/knowledge";
import { changeCountsFrom, ORGANISATION_TYPE_LABEL, type OrganisationOnDate, type OrganisationRef } from "@/lib/domain/organisations";
import { Secondary } from "../ui/secondary";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

const withAsOf = (path: string, asOf: string | null) => (asOf ? `${path}?asOf=${asOf}` : path);

function CitedSources({ change, asOf }: { change: OrganisationChangeRecord; asOf: string }) {
  const { cited, later } = citedOn(change.sources, asOf);
  return <SourceList sources={cited} later={later} />;
}

function describe(change: OrganisationChangeRecord, names: Map<number, OrganisationRef>): string {
  const who = names.get(change.trustId)?.name ?? "This trust";
  switch (change.kind) {
    case "MERGED_INTO":
      return `${who} became part of ${change.successor?.name ?? "another trust"}`;
    case "RENAMED":
      return `${who} renamed ${change.name ?? "(new name not recorded)"}`;
    case "TYPE_CHANGED":
      return `${who} became a ${change.type ? ORGANISATION_TYPE_LABEL[change.type].toLowerCase() : "trust of another type"}`;
  }
}

/** The rows for the trust's summary list: type, part of, and (a successor) its parts. */
export function OrganisationFacts({
  on,
  parts,
  names,
  asOf,
  asOfParam,
}: {
  on: OrganisationOnDate<OrganisationChangeRecord>;
  parts: OrganisationChangeRecord[];
  names: Map<number, OrganisationRef>;
  asOf: string;
  asOfParam: string | null;
}) {
  return (
    <>
      <dt className="font-semibold">Type on {formatIsoDate(asOf)}</dt>
      <dd>{ORGANISATION_TYPE_LABEL[on.type]}</dd>
      <dt className="font-semibold">Parent trust</dt>
      <dd>
        {on.partOf ? (
          <>
            <p>
              Part of <Link href={withAsOf(`/trusts/${on.partOf.slug}`, asOfParam)}>{on.partOf.name}</Link> from {formatPartialDate(on.partOf.since)}
            </p>
            <CitedSources change={on.partOf.change} asOf={asOf} />
          </>
        ) : (
          <Secondary>Not part of another trust on {formatIsoDate(asOf)}</Secondary>
        )}
      </dd>
      {parts.length ? (
        <>
          <dt className="font-semibold">Trusts that became part of it</dt>
          <dd>
            <ul className="list-none">
              {parts.map((c) => {
                const part = names.get(c.trustId);
                return (
                  <li key={c.id}>
                    {part ? <Link href={withAsOf(`/trusts/${part.slug}`, asOfParam)}>{part.name}</Link> : "A trust"}, from {formatPartialDate(c.occurred)}
                  </li>
                );
              })}
            </ul>
          </dd>
        </>
      ) : null}
    </>
  );
}

/** Every recorded change to the trust, and to the trusts that became part of it, marked where after the date. */
export function OrganisationChangeList({ changes, names, asOf }: { changes: OrganisationChangeRecord[]; names: Map<number, OrganisationRef>; asOf: string }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="organisation-changes-heading" className="mb-10">
      <h2 id="organisation-changes-heading">Changes to this organisation</h2>
      <p className="mb-4 max-w-reading">A change counts from the day it is certainly past: one recorded only as a year, from the end of that year.</p>
      <ul className="list-none bg-white p-4 tablet:p-6 max-w-page">
        {changes.map((c) => {
          const isLater = changeCountsFrom(c) > asOf;
          return (
            <li key={c.id} className="mb-4">
              <p>
                <span className="font-semibold">{formatPartialDate(c.occurred)}</span>: {describe(c, names)}.
                {isLater ? <Secondary> After {formatIsoDate(asOf)}.</Secondary> : null}
              </p>
              {c.note ? <p className="text-ink-secondary max-w-reading">{c.note}</p> : null}
              <CertaintyTag certainty={c.certainty} note={c.certaintyNote} />
              <CitedSources change={c} asOf={asOf} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
