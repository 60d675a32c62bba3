import type { Metadata } from "next";
import Link from "next/link";
import { Secondary } from "@/components/ui/secondary";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listSources } from "@/lib/data/sources";
import { formatPartialDate } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Sources" };

const th = "text-left align-bottom border-b-2 border-ink px-2 py-3 font-semibold";
const td = "align-top border-b border-rule px-2 py-3";

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePageActor("rollout.read");
  const { saved } = await searchParams;
  const sources = await listSources(actor);
  return (
    <>
      <h1>Sources</h1>
      <p className="nhs-text-22 max-w-reading mb-8">Every source the record cites, with the number of facts that rest on it.</p>
      {saved ? <p role="status" className="mb-6 bg-white border-l-8 border-success p-4">The source has been added.</p> : null}
      {can(actor, "source.add") ? (
        <p className="mb-6"><Link href="/sources/new" className="font-semibold">Add a source</Link></p>
      ) : null}
      <div className="overflow-x-auto bg-white p-4 tablet:p-6">
        <table className="w-full min-w-[48rem] border-collapse nhs-text-16">
          <caption>{sources.length} sources</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Title</th>
              <th scope="col" className={th}>Publisher</th>
              <th scope="col" className={th}>Published</th>
              <th scope="col" className={`${th} text-right`}>Facts</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.key}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  {s.url ? <a href={s.url} rel="noreferrer noopener">{s.title}</a> : s.title}
                  {!s.url ? <span className="block"><Secondary>No address recorded</Secondary></span> : null}
                </th>
                <td className={td}>{s.publisher}</td>
                <td className={td}>{s.published ? formatPartialDate(s.published) : <Secondary>Not known</Secondary>}</td>
                <td className={`${td} text-right tabular-nums`}>{s.factCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
