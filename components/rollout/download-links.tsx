// The download links for an export of the registry (lib/exports): CSV and Excel, for the query the page was read with,
// so the file is what the page shows. Shown only to those who may download (the page checks `rollout.export`).

export interface DownloadGroup {
  /** what the files hold, where a page offers more than one export ("Contract events, with their figures") */
  label?: string;
  /** the files named in the links' words: "Download the conflicts as CSV · as Excel" */
  what?: string;
  /** otherwise the links' hidden context for screen readers, "contract events" (the label in lower case unless said) */
  srName?: string;
  /** the export's address without its extension: "/exports/payments" */
  path: string;
  /** the page's date and filters, "?asOf=…" */
  query?: string;
}

function Links({ group: g }: { group: DownloadGroup }) {
  const csv = `${g.path}.csv${g.query ?? ""}`;
  const xlsx = `${g.path}.xlsx${g.query ?? ""}`;
  if (g.what) {
    return (
      <>
        <a href={csv} download>
          Download {g.what} as CSV
        </a>
        {" · "}
        <a href={xlsx} download>
          as Excel<span className="sr-only"> ({g.what})</span>
        </a>
      </>
    );
  }
  const name = g.srName ?? g.label?.toLowerCase();
  const hidden = name ? <span className="sr-only"> ({name})</span> : null;
  return (
    <>
      <a href={csv} download>
        Download as CSV{hidden}
      </a>
      {" · "}
      <a href={xlsx} download>
        Download as Excel{hidden}
      </a>
    </>
  );
}

/**
 * "Download as CSV · Download as Excel", for each export the page offers, and what the files keep (`note`). One
 * export may be introduced by a sentence (`intro`) saying what its file holds.
 */
export function DownloadLinks({ groups, note, intro }: { groups: DownloadGroup[]; note?: string; intro?: string }) {
  const noted = note ? (
    <>
      {" "}
      <span className="text-ink-secondary nhs-text-16">({note})</span>
    </>
  ) : null;
  if (groups.length === 1 && !groups[0]!.label) {
    return (
      <p className="mb-4 no-print">
        {intro ? `${intro} ` : null}
        <Links group={groups[0]!} />
        {noted}
      </p>
    );
  }
  return (
    <ul className="mb-8 no-print list-none space-y-2">
      {groups.map((g, i) => (
        <li key={g.path}>
          {g.label}: <Links group={g} />
          {i === groups.length - 1 ? noted : null}
        </li>
      ))}
    </ul>
  );
}
