import { PageHeading } from "@/components/ui/page-heading";
import type { GoLiveForForm } from "@/lib/data/forms";
import { Secondary } from "../ui/secondary";

/** The frame of every go-live form: where you are, what the record holds now, then the form. */
export function GoLiveFormPage({ goLive, title, children }: { goLive: GoLiveForForm; title: string; children: React.ReactNode }) {
  return (
    <>
      <PageHeading trail={[{ href: `/trusts/${goLive.trust.slug}`, label: goLive.trust.name }]} title={title} />
      <dl className="bg-white p-4 tablet:p-6 mb-8 grid grid-cols-1 tablet:grid-cols-[14rem_1fr] gap-x-6 gap-y-2 max-w-page">
        <dt className="font-semibold">Go-live</dt>
        <dd>
          {goLive.scope}
          {goLive.configuration ? `, ${goLive.configuration}` : ""}
        </dd>
        <dt className="font-semibold">Latest plan</dt>
        <dd>{goLive.latestPlan ?? <Secondary>Not known</Secondary>}</dd>
        <dt className="font-semibold">Went live</dt>
        <dd>{goLive.wentLive.length ? goLive.wentLive.join(" or ") : <Secondary>Not recorded</Secondary>}</dd>
        <dt className="font-semibold">Accepted as fit for purpose</dt>
        <dd>{goLive.accepted.length ? goLive.accepted.join(", ") : <Secondary>Not recorded</Secondary>}</dd>
      </dl>
      {children}
    </>
  );
}
