import type { Metadata } from "next";
import Link from "next/link";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { requirePageActor } from "@/lib/auth/session";
import { DERIVED_EXPORTS } from "@/lib/exports/derived";
import { EXPORTS } from "@/lib/exports/registry";
import { ColumnTable } from "@/components/ui/column-table";

export const metadata: Metadata = { title: "Exports and their columns" };

/** The column dictionary: every export, each column's name, type, meaning and example, and a format version. */
export default async function ExportsPage() {
  await requirePageActor("rollout.read");
  const all = [
    ...Object.values(EXPORTS).map((d) => ({ ...d, files: [`${d.name}.csv`, `${d.name}.xlsx`] })),
    ...Object.values(DERIVED_EXPORTS).map((d) => ({ ...d, files: [`${d.name}.csv`, `${d.name}.xlsx`] })),
  ];
  return (
    <>
      <h1>Exports and their columns</h1>
      <div className="max-w-reading mb-8 space-y-4">
        <p className="nhs-text-22">Every list in the dashboard downloads as CSV and as Excel, for the same date and filters as its page.</p>
        <p>
          CSV files are UTF-8 with a byte-order mark (add <code>?bom=0</code> for none), CRLF line ends and RFC 4180 quoting. Dates are ISO 8601 (
          <code>2009-11-30</code>) with their precision in the next column: a month is stored as its first day with precision <code>month</code>. Numbers are
          unformatted. In a CSV file, text that begins with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return gets a
          leading apostrophe so no spreadsheet runs it as a formula.
        </p>
        <p>
          Excel workbooks have typed cells: dates are date cells, numbers are numbers, and text is text exactly as the record holds it (a text cell is never run
          as a formula, so it needs no apostrophe). A date the record gives only to the month or year is the first day of that period, shown as{" "}
          <code>2009-04</code> or <code>2009</code>, with its precision in the next column. Each workbook lists the sources on a second sheet. Column names are
          stable; a change of columns bumps the format version, which each download also sends in its <code>X-Export-Format-Version</code> header.
        </p>
      </div>
      <nav aria-label="Exports on this page" className="mb-8">
        <ul className="list-disc pl-6">
          {all.map((d) => (
            <li key={d.name}>
              <a href={`#export-${d.name}`}>{d.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {all.map((d) => (
        <section key={d.name} id={`export-${d.name}`} aria-labelledby={`export-${d.name}-heading`} className="bg-white p-4 tablet:p-6 mb-8">
          <h2 id={`export-${d.name}-heading`} className="nhs-text-26">
            {d.title}
          </h2>
          <p className="mb-2 max-w-reading">{d.description}</p>
          <dl className="grid grid-cols-1 tablet:grid-cols-[12rem_1fr] gap-x-6 gap-y-1 mb-4">
            <dt className="font-semibold">Files</dt>
            <dd className="font-mono">{d.files.map((f) => `/exports/${f}`).join(", ")}</dd>
            <dt className="font-semibold">Format version</dt>
            <dd>{d.version}</dd>
            <dt className="font-semibold">Who can download</dt>
            <dd>{PERMISSIONS[d.permission].map((r) => ROLE_LABEL[r]).join(", ")}</dd>
            <dt className="font-semibold">From the page</dt>
            <dd>
              <Link href={d.page}>{d.page}</Link>
            </dd>
          </dl>
          <ColumnTable title={d.title} columns={d.columns} />
        </section>
      ))}
    </>
  );
}
