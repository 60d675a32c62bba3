import type { ReactNode } from "react";
import { STATUSES, STATUS_LABEL, type Status } from "@/lib/domain/status";
import { StatusTag } from "./status-tag";

const th = "text-left border-b-2 border-ink px-2 py-2 font-semibold";
const td = "border-b border-rule px-2 py-2";

/** A small table of counts: what is counted (a row heading each) and how many go-lives, in large figures. */
function CountTable({
  caption,
  heading,
  rows,
  className,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: ReactNode; count: number }[];
  className: string;
}) {
  return (
    <table className={`bg-white w-full border-collapse ${className}`}>
      <caption className="px-4 pt-4">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {heading}
          </th>
          <th scope="col" className={`${th} text-right`}>
            Go-lives
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className={`${td} text-left font-normal`}>
              {r.label}
            </th>
            <td className={`${td} text-right tabular-nums nhs-text-22 font-semibold`}>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatusCounts({
  statusCounts,
  configurationCounts,
}: {
  statusCounts: Record<Status, number>;
  configurationCounts: { code: string; name: string; count: number }[];
}) {
  return (
    <section aria-labelledby="counts-heading" className="mb-10">
      <h2 id="counts-heading">At a glance</h2>
      <div className="grid gap-6 desktop:grid-cols-2">
        <CountTable
          caption="Go-lives by status"
          heading="Status"
          className="p-4"
          rows={STATUSES.map((s) => ({
            key: s,
            label: (
              <>
                <StatusTag status={s} /> <span className="sr-only">{STATUS_LABEL[s]}</span>
              </>
            ),
            count: statusCounts[s],
          }))}
        />
        <CountTable
          caption="Go-lives by London Configuration"
          heading="Configuration"
          className="self-start"
          rows={configurationCounts.map((c) => ({ key: c.code, label: c.name, count: c.count }))}
        />
      </div>
    </section>
  );
}
