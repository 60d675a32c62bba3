import type { Metadata } from "next";
import { ConflictsSection } from "@/components/rollout/conflict-panel";
import { DownloadLinks } from "@/components/rollout/download-links";
import { ListPage } from "@/components/rollout/list-page";
import { listContractConflicts } from "@/lib/data/conflicts";
import { formatMoney } from "@/lib/domain/format";
import { DisputedTag } from "@/components/rollout/status-tag";
import { CertaintyAndSourceCells, CertaintyAndSourceTerms, KnownCell } from "@/components/rollout/fact-cells";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listContracts, type ContractEventListing } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { contractEventsExport } from "@/lib/exports/definitions/contract-events";
import { parseView, parseViewParams } from "@/lib/validation/as-of";
import { PAGE_SIZE, pageOfGroups, parsePage, type SearchParams } from "@/lib/validation/overview";
import { td } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

const EVENT_KIND: Record<string, string> = {
  AWARD: "Award",
  EXIT: "Exit",
  TERMINATION: "Termination",
  WRITE_OFF: "Write-off",
  RENEGOTIATION: "Renegotiation",
  VALUATION: "Valuation",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const asOf = parseViewParams(sp);
  return { title: `${asOf.error || parsePage(sp.page).error ? "Error: " : ""}Contracts` };
}

/** How many figures the record has for the same event (same kind and date): more than one are shown side by side, not reconciled. */
function figuresFor(e: ContractEventListing, events: ContractEventListing[]): number {
  return events.filter((o) => o.kind === e.kind && o.occurred.date === e.occurred.date && o.value !== null).length;
}

export default async function ContractsPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const asOf = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  const { filters } = contractEventsExport.parseFilters(params);
  const [contracts, conflicts] = await Promise.all([listContracts(actor, filters), listContractConflicts(actor, asOf.view)]);
  const asOfParam = asOf.error ? null : asOf.requested;
  const exportQuery = queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null });
  // Paged by events, 50 a page: a contract whose events run over pages is shown on each, with which of its events these are.
  const requested = parsePage(params.getAll("page"));
  const shown = pageOfGroups(contracts, (c) => c.events, requested.page);
  return (
    <ListPage
      title="Contracts"
      lead={
        <>
          <p className="nhs-text-22 max-w-reading mb-8">
            The Local Service Provider contracts and what happened to them by {formatIsoDate(asOf.asOf)}: awards, exits, write-offs and renegotiations, each
            figure in pounds with the price basis its source gives.
          </p>
          <p className="mb-8 max-w-reading">
            Where sources give different figures for the same event, the record keeps each as it was reported, side by side: they are not converted to one price
            basis or reconciled.
          </p>
        </>
      }
      action="/contracts"
      asOf={asOf}
      errors={requested.error ? [{ href: "#contract-event-pages", message: requested.error }] : []}
      downloads={
        can(actor, "rollout.export") ? (
          <DownloadLinks
            groups={[
              { label: "Contracts", path: "/exports/contracts", query: exportQuery },
              { label: "Contract events, with their figures", srName: "contract events", path: "/exports/contract-events", query: exportQuery },
            ]}
            note="the same date"
          />
        ) : null
      }
      pagination={{
        id: "contract-event-pages",
        page: shown.page,
        pageCount: shown.pageCount,
        total: shown.total,
        pageSize: PAGE_SIZE,
        noun: "contract events (a contract with none counts as one)",
        hrefFor: (page) => `/contracts${queryString({ asOf: asOfParam, view: asOf.hindsight ? "hindsight" : null, page: page > 1 ? String(page) : null })}`,
      }}
    >
      {shown.groups.map(({ group: c, items: events, from, count }) => (
        <section key={c.id} aria-labelledby={`contract-${c.key}`} className="mb-10">
          <h2 id={`contract-${c.key}`}>
            {c.name}
            {from > 0 ? <span className="text-ink-secondary"> (continued)</span> : null}
          </h2>
          <dl className="grid grid-cols-1 tablet:grid-cols-[10rem_1fr] gap-x-6 gap-y-2 mb-4 bg-white p-4 tablet:p-6">
            <dt className="font-semibold">Supplier</dt>
            <dd>{c.supplier}</dd>
            <dt className="font-semibold">Region</dt>
            <dd>{c.region}</dd>
            <CertaintyAndSourceTerms fact={c} />
          </dl>
          <DataTable
            scroll={`Events of the ${c.name} contract`}
            className="min-w-[60rem]"
            caption={
              <>
                Events of the {c.name} contract by {formatIsoDate(asOf.asOf)}
                {count > events.length ? `: ${from + 1} to ${from + events.length} of ${count}` : ""}
              </>
            }
            columns={["Event", "Kind", "Date", { label: "Value", className: "text-right" }, "Price basis", "Certainty", "Sources"]}
            empty={count === 0 ? "No event in the record by this date." : null}
          >
            {events.map((e) => {
              const figures = figuresFor(e, c.events);
              return (
                <tr key={e.id}>
                  <RowHead className="max-w-reading">
                    {e.description}
                    {figures > 1 ? (
                      <span className="block mt-1">
                        <DisputedTag />{" "}
                        <span className="text-ink-secondary">
                          One of {figures} figures for this {EVENT_KIND[e.kind]?.toLowerCase() ?? "event"}
                        </span>
                      </span>
                    ) : null}
                  </RowHead>
                  <td className={td}>{EVENT_KIND[e.kind] ?? e.kind}</td>
                  <td className={`${td} whitespace-nowrap`}>{formatPartialDate(e.occurred)}</td>
                  <KnownCell value={e.value !== null ? formatMoney(e.value) : null} missing="No value" className="text-right tabular-nums whitespace-nowrap" />
                  <KnownCell value={e.priceBasis} missing={e.value === null ? "No value" : "Not known"} />
                  <CertaintyAndSourceCells fact={e} view={asOf} />
                </tr>
              );
            })}
          </DataTable>
          <ConflictsSection
            conflicts={conflicts.filter((k) => k.contract?.id === c.id)}
            id={`contract-${c.key}-conflicts`}
            title={`Where sources disagree about the ${c.name} contract`}
            level={3}
            asOf={{ asOf: asOfParam, hindsight: asOf.hindsight }}
          />
        </section>
      ))}
    </ListPage>
  );
}
