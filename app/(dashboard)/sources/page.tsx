import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "@/components/rollout/download-links";
import { ListPage } from "@/components/rollout/list-page";
import { SecondaryLine } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listSourcesKnownBy } from "@/lib/data/lists";
import { queryString, searchParamsOf } from "@/lib/validation/search-params";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { sourcesExport } from "@/lib/exports/definitions/sources";
import { parseView, parseViewParams } from "@/lib/validation/as-of";
import { PAGE_SIZE, pageOf, parsePage, type SearchParams } from "@/lib/validation/overview";
import { KnownCell } from "@/components/rollout/fact-cells";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const asOf = parseViewParams(sp);
  return { title: `${asOf.error || parsePage(sp.page).error ? "Error: " : ""}Sources` };
}

export default async function SourcesPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const params = searchParamsOf(await searchParams);
  const saved = params.get("saved");
  const asOf = parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined);
  // the same filter as the sources export: published by the date, or with no date
  const { filters } = sourcesExport.parseFilters(params);
  const sources = await listSourcesKnownBy(actor, filters);
  const exportQuery = queryString({ asOf: asOf.error ? null : asOf.requested, view: asOf.hindsight ? "hindsight" : null });
  const requested = parsePage(params.getAll("page"));
  // After a save the address names the new source: the list opens on its page, with it marked.
  const savedAt = saved ? sources.findIndex((s) => s.key === saved) : -1;
  const savedSource = savedAt >= 0 ? sources[savedAt]! : null;
  const shown = pageOf(sources, savedSource && params.getAll("page").length === 0 ? Math.floor(savedAt / PAGE_SIZE) + 1 : requested.page);
  return (
    <ListPage
      title="Sources"
      lead="Every source the record cites, with the number of facts that rest on it."
      notices={
        <>
          {saved ? (
            <p role="status" className="mb-6 bg-white border-l-8 border-success p-4">
              {savedSource ? <>The source &ldquo;{savedSource.title}&rdquo; has been added: it is marked in the list below.</> : "The source has been added."}
            </p>
          ) : null}
          {can(actor, "source.add") ? (
            <p className="mb-6">
              <Link href="/sources/new" className="font-semibold">
                Add a source
              </Link>
            </p>
          ) : null}
        </>
      }
      action="/sources"
      asOf={asOf}
      errors={requested.error ? [{ href: "#source-pages", message: requested.error }] : []}
      downloads={can(actor, "rollout.export") ? <DownloadLinks groups={[{ path: "/exports/sources", query: exportQuery }]} note="the same date" /> : null}
      pagination={{
        id: "source-pages",
        page: shown.page,
        pageCount: shown.pageCount,
        total: sources.length,
        pageSize: PAGE_SIZE,
        noun: "sources",
        hrefFor: (page) =>
          `/sources${queryString({ asOf: asOf.error ? null : asOf.requested, view: asOf.hindsight ? "hindsight" : null, page: page > 1 ? String(page) : null })}`,
      }}
      tableLabel="Sources"
    >
      <DataTable
        className="min-w-[48rem]"
        caption={`${sources.length} sources published by ${formatIsoDate(asOf.asOf)} or undated`}
        columns={["Title", "Publisher", "Published", { label: "Facts", className: "text-right" }]}
      >
        {shown.rows.map((s) => (
          <tr key={s.key} id={`source-${s.key}`} className={s.key === saved ? "bg-tag-green-bg" : undefined}>
            <RowHead>
              {s.url ? (
                <a href={s.url} rel="noreferrer noopener">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {!s.url ? <SecondaryLine>No address recorded</SecondaryLine> : null}
            </RowHead>
            <td className={td}>{s.publisher}</td>
            <KnownCell value={s.published && formatPartialDate(s.published)} />
            <td className={`${td} text-right tabular-nums`}>{s.factCount}</td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}
