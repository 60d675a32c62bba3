import { ViewChoice } from "@/components/rollout/view-choice";
import { DataTable } from "@/components/ui/data-table";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { Options, type Option } from "@/components/forms/fields";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import type { Metadata } from "next";
import Link from "next/link";
import { GoLiveRowHeader } from "@/components/rollout/fact-cells";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Lines } from "@/components/ui/lines";
import { Secondary } from "@/components/ui/secondary";
import { td } from "@/components/ui/table-styles";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { loadWhatIf } from "@/lib/data/board";
import { formatIsoDate, formatPartialDate } from "@/lib/domain/dates";
import { decisionEffectiveFrom } from "@/lib/domain/status";
import { whatIfCallToAction } from "@/lib/domain/decision-words";
import type { WhatIfRow } from "@/lib/domain/what-if";
import { parseWhatIfQuery, type WhatIfField } from "@/lib/validation/what-if";
import { buttonClass } from "@/components/ui/form-styles";
import { DATE_EXAMPLE_HINT, DateInput, dateErrorHref } from "@/components/forms/date-input";
import { addressDateFields } from "@/lib/validation/as-of";
import { DAY_NEEDED } from "@/lib/validation/date-input";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseWhatIfQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}What if` };
}

const change = (r: WhatIfRow) => {
  if (!r.changed) return <Secondary>No change</Secondary>;
  if (r.shiftDays === null) return <Secondary>Not known</Secondary>;
  const n = Math.abs(r.shiftDays).toLocaleString("en-GB");
  return r.shiftDays === 0 ? "Same day" : `${n} ${Math.abs(r.shiftDays) === 1 ? "day" : "days"} ${r.shiftDays < 0 ? "earlier" : "later"}`;
};

const input = "border-2 bg-white px-2 py-1 nhs-text-19";
const groupClass = (error: string | undefined) => `mb-4 ${error ? "border-l-4 border-error pl-4" : ""}`;

function ErrorText({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p id={`${name}-error`} className="text-error font-semibold mb-1">
      <span className="sr-only">Error:</span> {error}
    </p>
  ) : null;
}

/** One thing a what-if can move: its radio, the choice of which one, then the date it moves to (`children`). */
function MoveChoice({
  radio,
  select,
  options,
  children,
}: {
  radio: { id: string; value: string; label: string; checked: boolean };
  select: { name: WhatIfField; label: string; value: string | undefined; error: string | undefined };
  options: Option[];
  children: ReactNode;
}) {
  return (
    <div>
      <div className="flex items-center gap-2 mb-3">
        <input id={radio.id} type="radio" name="move" value={radio.value} defaultChecked={radio.checked} className="w-6 h-6" />
        <label htmlFor={radio.id} className="font-semibold">
          {radio.label}
        </label>
      </div>
      <div id={`${select.name}-group`} className={groupClass(select.error)}>
        <label htmlFor={select.name} className="block mb-1">
          {select.label}
        </label>
        <ErrorText name={select.name} error={select.error} />
        <select
          id={select.name}
          name={select.name}
          defaultValue={select.value ?? ""}
          className={`${input} max-w-full border-nhs-grey-1`}
          aria-describedby={select.error ? `${select.name}-error` : undefined}
        >
          <option value="">Choose</option>
          <Options options={options} />
        </select>
      </div>
      {children}
    </div>
  );
}

export default async function WhatIfPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parseWhatIfQuery(await searchParams);
  const { decisions, goLives, result, error } = await loadWhatIf(actor, query);
  const errors: { field: WhatIfField; message: string }[] = [...query.errors, ...(error ? [error] : [])];
  const err = (field: WhatIfField) => errors.find((e) => e.field === field)?.message;
  const p = query.params;
  // Each date input shows what the address holds: the date, or the parts typed when they made no date.
  const dateFields = { date: addressDateFields("date", p.date), planned: addressDateFields("planned", p.planned), asOf: addressDateFields("asOf", p.asOf) };
  const DATE_FIELDS: readonly WhatIfField[] = ["date", "planned", "asOf"];
  const errorHref = (field: WhatIfField) =>
    DATE_FIELDS.includes(field) ? dateErrorHref(dateFields[field as keyof typeof dateFields], field, DAY_NEEDED) : `#${field}`;
  const moved = result?.rows.filter((r) => r.changed) ?? [];
  const scenario = result?.scenario ?? null;
  const movedPlan = scenario?.kind === "plan" ? (result?.rows.find((r) => r.goLiveId === scenario.goLiveId) ?? null) : null;
  const callToAction = scenario ? whatIfCallToAction(scenario, movedPlan) : null;
  return (
    <>
      {errors.length > 0 ? <ErrorSummary errors={errors.map((e) => ({ href: errorHref(e.field), message: e.message }))} /> : null}
      <PageHeading trail={[BOARD_REVIEW]} title="What if" leadClassName="nhs-text-22 max-w-reading mb-6">
        Move a halt or resume, or one go-live&apos;s planned date, and see what it would have done to the other go-lives and to the payments, beside the record.{" "}
        <strong>Nothing is saved.</strong>
      </PageHeading>
      <form method="get" action="/board/what-if" className="bg-white p-4 tablet:p-6 mb-10 no-print">
        <fieldset className={groupClass(err("move"))} aria-describedby={err("move") ? "move-error" : undefined}>
          <legend className="font-semibold nhs-text-22 mb-2">What to move</legend>
          <ErrorText name="move" error={err("move")} />
          <div className="grid grid-cols-1 desktop:grid-cols-2 gap-6">
            <MoveChoice
              radio={{ id: "move", value: "decision", label: "A halt or resume", checked: p.move !== "plan" }}
              select={{ name: "decision", label: "Halt or resume", value: p.decision, error: err("decision") }}
              options={decisions.map((d) => ({
                value: d.key,
                label: `${d.liftsId !== null ? "Resume" : "Halt"}: ${d.title} (in effect from ${formatIsoDate(decisionEffectiveFrom(d))})`,
              }))}
            >
              <DateInput name="date" legend="Would take effect on" error={err("date")} fields={dateFields.date} rules={DAY_NEEDED} />
            </MoveChoice>
            <MoveChoice
              radio={{ id: "move-plan", value: "plan", label: "A go-live's planned date", checked: p.move === "plan" }}
              select={{ name: "goLive", label: "Go-live", value: p.goLive, error: err("goLive") }}
              options={goLives.map((g) => ({ value: String(g.id), label: g.label }))}
            >
              <DateInput name="planned" legend="New planned date" error={err("planned")} fields={dateFields.planned} rules={DAY_NEEDED} />
            </MoveChoice>
          </div>
        </fieldset>
        <DateInput
          name="asOf"
          legend="The record as it stood on"
          hint={`Leave empty for today. ${DATE_EXAMPLE_HINT}`}
          error={err("asOf")}
          fields={dateFields.asOf}
          rules={DAY_NEEDED}
        />
        <div className="mb-4">
          <ViewChoice hindsight={query.hindsight} legend="Start from the record" />
        </div>
        <button type="submit" className={buttonClass.primary}>
          Show what would change
        </button>
      </form>
      {result ? (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading">If {result.summary}</h2>
          <p className="mb-2" role="status">
            {moved.length === 0
              ? "No go-live would have moved."
              : `${moved.length} ${moved.length === 1 ? "go-live" : "go-lives"} would have moved: ${Math.abs(result.totalShiftDays).toLocaleString("en-GB")} go-live days ${result.totalShiftDays < 0 ? "earlier" : "later"} in all.`}
          </p>
          <p className="mb-6 max-w-reading">
            <Secondary>
              {callToAction!.link && callToAction!.permission && can(actor, callToAction!.permission) ? (
                <>
                  {callToAction!.lead} <Link href={callToAction!.link.href}>{callToAction!.link.text}</Link>.
                </>
              ) : callToAction!.link ? (
                callToAction!.withoutPermission
              ) : (
                callToAction!.lead
              )}
            </Secondary>
          </p>
          <DataTable
            scroll="Go-lives in the record and in this what-if"
            className="min-w-[64rem]"
            caption={<>Each go-live in the record and in this what-if, as the record stood on {formatIsoDate(result.asOf)}</>}
            captionClassName="text-left font-semibold nhs-text-19 mb-2"
            columns={["Trust", "In the record", "In this what-if", "Change", "Why", "Payments"]}
          >
            {result.rows.map((r) => (
              <tr key={r.goLiveId}>
                <GoLiveRowHeader trust={r.trust} scope={r.scope} />
                <td className={td}>
                  {r.record ? `${r.recordIsActual ? "Live" : "Planned"} ${formatPartialDate(r.record)}` : <Secondary>No date known</Secondary>}
                </td>
                <td className={td}>
                  {r.scenario ? `${formatPartialDate(r.scenario)}${r.atTheEarliest ? " at the earliest" : ""}` : <Secondary>No date</Secondary>}
                </td>
                <td className={`${td} tabular-nums`}>{change(r)}</td>
                <td className={td}>{r.reason}</td>
                <td className={td}>
                  <Lines items={r.payments} keyOf={(m) => m.payment.id} none="None in the record">
                    {(m) => (
                      <>
                        {m.payment.kind === "DEPLOYMENT_CHARGE" ? "Deployment charge" : "Service charge"}:{" "}
                        {m.recordDue ? (
                          <>
                            due {formatPartialDate(m.recordDue)}
                            {m.scenarioDue && m.shiftDays !== 0 ? `, in this what-if ${formatPartialDate(m.scenarioDue)}` : ""}
                          </>
                        ) : (
                          <>
                            due on acceptance, not recorded
                            {m.shiftDays !== 0 ? `; ${Math.abs(m.shiftDays)} days ${m.shiftDays < 0 ? "earlier" : "later"} in this what-if` : ""}
                          </>
                        )}
                      </>
                    )}
                  </Lines>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      <details className="my-8 max-w-reading">
        <summary className="font-semibold cursor-pointer">The rules a what-if follows</summary>
        <ul className="list-disc pl-6 mt-2">
          <li>
            A go-live a resume released keeps the days it took from the resume to go live: move the resume and it moves as much, never before the new resume.
          </li>
          <li>
            A halt that begins later does not hold a go-live whose plan fell before it: that go-live goes live as planned. A halt that begins earlier holds the
            go-lives it then covers until its resume, at the earliest.
          </li>
          <li>
            A go-live moved to a new date goes live then, unless a halt covering it is in force on that date; later phases at the same trust move with it.
          </li>
          <li>A go-live&apos;s deployment charge (due on acceptance) and service charge move by as many days as the go-live.</li>
        </ul>
      </details>
    </>
  );
}
