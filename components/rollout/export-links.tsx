// The download links for an export of the registry (lib/exports): CSV and Excel, for the query the page was read with.
// Shown only to those who may download (the page checks `rollout.export`).
export function ExportLinks({ name, query = "", what, note }: { name: string; query?: string; what: string; note?: string }) {
  return (
    <p className="mb-4 no-print">
      <a href={`/exports/${name}.csv${query}`} download>
        Download {what} as CSV
      </a>
      {" · "}
      <a href={`/exports/${name}.xlsx${query}`} download>
        as Excel<span className="sr-only"> ({what})</span>
      </a>{" "}
      <span className="text-ink-secondary nhs-text-16">({note ?? "the same date and filters"})</span>
    </p>
  );
}
