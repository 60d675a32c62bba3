import type { Metadata } from "next";
import { BOARD_REVIEW } from "@/components/layout/trails";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssuePackForm } from "@/components/forms/issue-pack-form";
import { ViewChoice } from "@/components/rollout/view-choice";
import { renderBoardPackHtml } from "@/components/rollout/board-pack-html";
import { PackPrintStyle } from "@/components/rollout/pack-print-style";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PrintButton } from "@/components/ui/print-button";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { loadBoardPack } from "@/lib/data/board";
import { formatIsoDate } from "@/lib/domain/dates";
import { sha256Hex } from "@/lib/mutations/issued-packs";
import { movableDecisions } from "@/lib/domain/what-if";
import { parsePackQuery, type PackField } from "@/lib/validation/board-pack";
import { errorGroupClass, buttonClass } from "@/components/ui/form-styles";
import { ErrorMessage, Options } from "@/components/forms/fields";
import { AddressDateInput, addressDateErrorHref } from "@/components/forms/address-date-input";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parsePackQuery(await searchParams);
  return { title: `${query.errors.length ? "Error: " : ""}Board pack for ${formatIsoDate(query.to)}` };
}

/** The pack's two dates: the meeting's, and the last pack's. */
const PACK_DATES = [
  { name: "to", legend: "Meeting date", hint: "Status as of this day; empty for today. For example, 11 2 2009" },
  { name: "from", legend: "Date of the last pack", hint: "Changes after this day are listed" },
] as const;

const input = "border-2 border-nhs-grey-1 bg-white px-2 py-1 nhs-text-19";

export default async function BoardPackPage({ searchParams }: Props) {
  const actor = await requirePageActor("rollout.read");
  const query = parsePackQuery(await searchParams);
  const loaded = await loadBoardPack(actor, { since: query.from, to: query.to, decisionKey: query.decision, hindsight: query.hindsight });
  if (loaded.notFound) notFound();
  const { pack, facts } = loaded;
  const decisions = movableDecisions(facts.decisions);
  const html = renderBoardPackHtml(pack);
  const canIssue = can(actor, "decision.record");
  const err = (f: PackField) => query.errors.find((e) => e.field === f)?.message;
  const p = query.params;
  return (
    <>
      {query.errors.length > 0 ? (
        <ErrorSummary
          errors={query.errors.map((e) => ({
            href: e.field === "to" || e.field === "from" ? addressDateErrorHref(e.field, p[e.field]) : `#${e.field}`,
            message: e.message,
          }))}
        />
      ) : null}
      <Breadcrumb trail={[BOARD_REVIEW]} className="no-print" />
      <form method="get" action="/board/pack" className="bg-white p-4 tablet:p-6 mb-8 no-print">
        <h2 className="nhs-text-22">Make a board pack</h2>
        <div className="flex flex-wrap gap-6 items-end">
          {PACK_DATES.map((d) => (
            <AddressDateInput key={d.name} {...d} error={err(d.name)} value={p[d.name]} spacing="mb-0" />
          ))}
          <div id="decision-group" className={err("decision") ? errorGroupClass : ""}>
            <label htmlFor="decision" className="block font-semibold mb-1">
              Or a pack for a decision
            </label>
            <p id="decision-hint" className="text-ink-secondary nhs-text-16 mb-1">
              Changes since it took effect
            </p>
            <ErrorMessage name="decision" error={err("decision")} />
            <select id="decision" name="decision" defaultValue={p.decision ?? ""} className={`${input} max-w-full`} aria-describedby="decision-hint">
              <option value="">None: the dates above</option>
              <Options options={decisions.map((d) => ({ value: d.key, label: d.title }))} />
            </select>
          </div>
          <ViewChoice hindsight={query.hindsight} legend="Read the meeting date" />
          <button type="submit" className={buttonClass.primary}>
            Make the pack
          </button>
        </div>
      </form>

      <p className="mb-4 no-print flex flex-wrap gap-6 items-center">
        <PrintButton />
        <Link href="/board/packs">Packs issued to the board</Link>
      </p>
      <PackPrintStyle meetingDate={pack.meetingDate} />
      {/* The one renderer of a pack (docs/decisions/014): this text is what an issued pack keeps. */}
      <article aria-labelledby="pack-title" className="board-pack" dangerouslySetInnerHTML={{ __html: html }} />
      {canIssue && query.errors.length === 0 ? (
        <div className="mt-10 no-print">
          <IssuePackForm
            to={pack.meetingDate}
            from={query.decision ? query.from : pack.since}
            decision={query.decision}
            shownSha256={sha256Hex(html)}
            meeting={formatIsoDate(pack.meetingDate)}
            hindsight={query.hindsight}
          />
        </div>
      ) : null}
    </>
  );
}
