import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplyForm } from "@/components/import/import-forms";
import { Tag } from "@/components/ui/tag";
import { DataTable } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";
import { Pagination } from "@/components/ui/pagination";
import { checkImportAgainAction } from "@/lib/actions/import";
import { requirePageActor } from "@/lib/auth/session";
import { readImportBatch } from "@/lib/import/batches";
import { countOf, KINDS } from "@/lib/import/kinds";
import type { SearchParams } from "@/lib/validation/overview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 200;

export const metadata: Metadata = { title: "Check the rows before importing" };

/** /import/<id>: every row with what it will change, or its problems in words. Nothing is saved here. */
export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("go-live.replan");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const batch = await readImportBatch(actor, id);
  if (!batch) notFound();
  const definition = KINDS[batch.kind];
  const onlyProblems = query.show === "problems";
  const shown = onlyProblems ? batch.rows.filter((r) => r.problems.length > 0) : batch.rows;
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Number(query.page) || 1));
  const rows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const caption = `${onlyProblems ? "Rows with problems" : "Every row"} of ${batch.fileName}${pageCount > 1 ? ` (page ${page} of ${pageCount})` : ""}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/import", label: "Import from a spreadsheet" }]} />
      {batch.appliedAt ? (
        <p className="bg-white p-4 mb-6 max-w-page">
          This file has been imported. <Link href={`/import/${batch.id}/applied`}>See what was saved</Link>.
        </p>
      ) : null}
      {batch.problemRows > 0 && !batch.appliedAt ? (
        <div role="alert" className="mb-8 border-4 border-error bg-white p-4 tablet:p-6 max-w-page">
          <h2 className="nhs-text-26">
            {batch.problemRows.toLocaleString("en-GB")} of {batch.rows.length.toLocaleString("en-GB")} rows{" "}
            {batch.problemRows === 1 ? "has a problem" : "have problems"}: nothing has been saved
          </h2>
          <p>
            Correct the rows in your file, then <Link href={`/import?kind=${batch.kind}`}>upload it again</Link>. The rows with problems are marked below.
          </p>
        </div>
      ) : null}
      <h1>
        Check the {definition.noun} in {batch.fileName}
      </h1>
      <p className="max-w-reading">
        {batch.rows.length.toLocaleString("en-GB")} {batch.rows.length === 1 ? "row" : "rows"} read from the {batch.format === "xlsx" ? "workbook" : "CSV file"}
        .{" "}
        {batch.problemRows === 0
          ? "Every row can be imported."
          : `${(batch.rows.length - batch.problemRows).toLocaleString("en-GB")} ${batch.rows.length - batch.problemRows === 1 ? "row is" : "rows are"} ready.`}{" "}
        Nothing has been saved yet.
      </p>
      {batch.problemRows > 0 ? (
        <p>
          <Link href={onlyProblems ? `/import/${batch.id}` : `/import/${batch.id}?show=problems`}>
            {onlyProblems ? "Show every row" : "Show only the rows with problems"}
          </Link>
        </p>
      ) : null}
      <DataTable
        scroll={caption}
        className="min-w-[48rem]"
        caption={caption}
        captionClassName="text-left font-semibold mb-2"
        columns={[{ label: "Row", className: "text-right" }, "Status", "What it will change, or what is wrong"]}
      >
        {rows.map((r) => (
          <tr key={r.line}>
            <th scope="row" className={`${td} text-right tabular-nums font-normal`}>
              {r.line.toLocaleString("en-GB")}
            </th>
            <td className={td}>{r.problems.length ? <Tag tone="red">Problem</Tag> : <Tag tone="green">Ready</Tag>}</td>
            <td className={td}>
              {r.problems.length ? (
                <ul className="list-disc pl-6">
                  {r.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : (
                r.change
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {pageCount > 1 ? (
        <Pagination
          id="rows-pages"
          page={page}
          pageCount={pageCount}
          total={shown.length}
          pageSize={PAGE_SIZE}
          noun="rows"
          hrefFor={(p) => `/import/${batch.id}?${onlyProblems ? "show=problems&" : ""}page=${p}`}
        />
      ) : null}
      {batch.problemRows === 0 && !batch.appliedAt ? (
        <section aria-labelledby="apply-heading" className="mt-8">
          <h2 id="apply-heading">Import the rows</h2>
          <ApplyForm id={batch.id} label={`Import ${countOf(definition, batch.rows.length)}`} />
          <form action={checkImportAgainAction} className="mt-4">
            <input type="hidden" name="id" value={batch.id} />
            <button type="submit" className="underline text-link">
              Check the rows again against the record as it is now
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
