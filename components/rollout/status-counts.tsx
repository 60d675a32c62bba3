import { STATUSES, STATUS_LABEL, type Status } from "@/lib/domain/status";
import { StatusTag } from "./status-tag";

const th = "text-left border-b-2 border-ink px-2 py-2 font-semibold";
const td = "border-b border-rule px-2 py-2";

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
        <table className="bg-white w-full border-collapse p-4">
          <caption className="px-4 pt-4">Go-lives by status</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Status
              </th>
              <th scope="col" className={`${th} text-right`}>
                Go-lives
              </th>
            </tr>
          </thead>
          <tbody>
            {STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <StatusTag status={s} /> <span className="sr-only">{STATUS_LABEL[s]}</span>
                </th>
                <td className={`${td} text-right tabular-nums nhs-text-22 font-semibold`}>{statusCounts[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="bg-white w-full border-collapse self-start">
          <caption className="px-4 pt-4">Go-lives by London Configuration</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Configuration
              </th>
              <th scope="col" className={`${th} text-right`}>
                Go-lives
              </th>
            </tr>
          </thead>
          <tbody>
            {configurationCounts.map((c) => (
              <tr key={c.code}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  {c.name}
                </th>
                <td className={`${td} text-right tabular-nums nhs-text-22 font-semibold`}>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
