import type { Metadata } from "next";
import { UploadForm } from "@/components/import/import-forms";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";
import { requirePageActor } from "@/lib/auth/session";
import { IMPORT_KINDS, isImportKind, KINDS } from "@/lib/import/kinds";
import type { SearchParams } from "@/lib/validation/overview";

export const metadata: Metadata = { title: "Import from a spreadsheet" };

const HINTS = {
  replans: "New plans for go-lives that have not happened yet",
  "go-lives": "Go-lives that happened, with their dates",
  problems: "Problems reported at trusts after their go-lives",
} as const;

/** /import: choose what the file holds, download a template, upload. */
export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor("go-live.replan");
  const kind = (await searchParams).kind;
  return (
    <>
      <h1>Import from a spreadsheet</h1>
      <p className="max-w-reading">
        Record many re-plans, go-lives or problems at once from a CSV or Excel file. You see a preview of what every row will change, and any problems, before
        anything is saved; then all the rows are saved together, or none.
      </p>
      <UploadForm kinds={IMPORT_KINDS.map((k) => ({ value: k, label: KINDS[k].title, hint: HINTS[k] }))} selected={isImportKind(kind) ? kind : ""} />
      <h2 className="mt-10">Templates</h2>
      <p className="max-w-reading">
        Each template has the columns of its export and one row from the record, which the preview will say is already in the record: replace it with your rows.
      </p>
      {IMPORT_KINDS.map((k) => (
        <section key={k} aria-labelledby={`columns-${k}`} className="mb-8">
          <h3 id={`columns-${k}`}>{KINDS[k].title}</h3>
          <ul className="list-disc pl-6 mb-4">
            <li>
              <a href={`/import/templates/${k}.csv`} download>
                {KINDS[k].title} template (CSV)
              </a>
            </li>
            <li>
              <a href={`/import/templates/${k}.xlsx`} download>
                {KINDS[k].title} template (Excel)
              </a>
            </li>
          </ul>
          <DataTable
            scroll={`Columns of the ${KINDS[k].noun} template`}
            className="min-w-[40rem]"
            caption={`Columns of the ${KINDS[k].noun} template`}
            captionClassName="text-left font-semibold mb-2"
            columns={["Column", "Needed", "What it holds"]}
          >
            {KINDS[k].columns.map((c) => (
              <tr key={c.name}>
                <RowHead>
                  <code>{c.name}</code>
                </RowHead>
                <td className={td}>{c.required ? "Yes" : "No"}</td>
                <td className={td}>{c.meaning}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </>
  );
}
