// Exceptions where people look first (docs/decisions/020): on the overview, the go-lives outside tolerance on the
// date; on a trust's page, its go-lives', with those that went live outside it. Nothing when no tolerance is set.
import Link from "next/link";
import { queryString } from "@/lib/validation/search-params";
import type { ExceptionsResult } from "@/lib/data/tolerances";
import { formatIsoDate } from "@/lib/domain/dates";
import { ExceptionsTable } from "./exceptions-table";

export function ExceptionsPanel({
  result,
  asOf,
  hindsight,
  asOfParam,
  includeClosed = false,
  about,
}: {
  result: ExceptionsResult;
  asOf: string;
  hindsight: boolean;
  /** the date as the address gave it (null: today) */
  asOfParam: string | null;
  /** a trust's page lists its go-lives that went live outside tolerance too */
  includeClosed?: boolean;
  /** "the rollout", or the trust's name */
  about: string;
}) {
  if (result.applying === 0 && result.recordedLater === 0) return null;
  const shown = includeClosed ? result.exceptions : result.exceptions.filter((x) => x.state === "OPEN");
  const query = queryString({ asOf: asOfParam, view: hindsight ? "hindsight" : null });
  const open = shown.filter((x) => x.state === "OPEN").length;
  return (
    <section aria-labelledby="exceptions-heading" className={`mb-10 bg-white p-4 tablet:p-6 border-l-8 ${open > 0 ? "border-error" : "border-nhs-blue"}`}>
      <h2 id="exceptions-heading" className="nhs-text-26">
        Exceptions on {formatIsoDate(asOf)}
      </h2>
      {result.applying === 0 ? (
        <p>No tolerance applied on this date{hindsight ? "" : ", as the record stood"}.</p>
      ) : shown.length === 0 ? (
        <p>No go-live of {about} is outside what the board agreed to tolerate on this date.</p>
      ) : (
        <>
          <p>
            {open === 0 ? `No go-live of ${about} is` : `${open} ${open === 1 ? "go-live" : "go-lives"} of ${about} ${open === 1 ? "is" : "are"}`} outside what
            the board agreed to tolerate{shown.length > open ? `; ${shown.length - open} went live outside it` : ""}.
          </p>
          <ExceptionsTable exceptions={shown} caption={`Go-lives of ${about} outside tolerance on ${formatIsoDate(asOf)}`} query={query} />
        </>
      )}
      {result.recordedLater > 0 && !hindsight ? (
        <p className="mt-4">
          {result.recordedLater === 1 ? "1 tolerance agreed by this date was" : `${result.recordedLater} tolerances agreed by this date were`} recorded after it
          and
          {result.recordedLater === 1 ? " is" : " are"} not applied as the record stood.{" "}
          <Link href={`/board/tolerances${queryString({ asOf, view: "hindsight" })}`}>See the exceptions with hindsight</Link>
        </p>
      ) : null}
      <p className="mt-4 mb-0 no-print">
        <Link href={`/board/tolerances${query}`}>Tolerances and exceptions</Link>
      </p>
    </section>
  );
}
