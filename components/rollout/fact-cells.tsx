import type { ReactNode } from "react";
import Link from "next/link";
import type { Certainty } from "@/lib/domain/certainty";
import type { SourceRef } from "@/lib/domain/rollout";
import { RowHead } from "../ui/data-table";
import { Secondary, SecondaryLine } from "../ui/secondary";
import { td } from "../ui/table-styles";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

/** What every fact carries: how certain the record is of it (and why not, when uncertain), and the sources it rests on. */
interface Fact {
  certainty: Certainty;
  certaintyNote?: string | null;
  sources: SourceRef[];
}

/** The page's date and how it reads it: with hindsight, SourceList marks the sources published after that date. */
interface PageView {
  asOf: string;
  hindsight: boolean;
}

/** A fact's last two cells in a list: its certainty and its sources. */
export function CertaintyAndSourceCells({ fact, view }: { fact: Fact; view?: PageView }) {
  return (
    <>
      <td className={td}>
        <CertaintyTag certainty={fact.certainty} note={fact.certaintyNote} />
      </td>
      <td className={td}>
        <SourceList sources={fact.sources} hindsightOn={view?.hindsight ? view.asOf : null} />
      </td>
    </>
  );
}

/** The same two in a description list (a trust's, a contract's, a decision's facts). */
export function CertaintyAndSourceTerms({ fact, view }: { fact: Fact; view?: PageView }) {
  return (
    <>
      <dt className="font-semibold">Certainty</dt>
      <dd>
        <CertaintyTag certainty={fact.certainty} note={fact.certaintyNote} />
      </dd>
      <dt className="font-semibold">Sources</dt>
      <dd>
        <SourceList sources={fact.sources} hindsightOn={view?.hindsight ? view.asOf : null} />
      </dd>
    </>
  );
}

/** A cell with a value the record may not have: "Not known" (or `missing`) in secondary text when it has none. */
export function KnownCell({ value, missing = "Not known", className }: { value: ReactNode; missing?: string; className?: string }) {
  return <td className={className ? `${td} ${className}` : td}>{value ?? <Secondary>{missing}</Secondary>}</td>;
}

/** A go-live's row header in a board table: its trust (a link to the trust's page, or just its name) and, below, its scope. */
export function GoLiveRowHeader({ trust, scope }: { trust: string | { slug: string; name: string }; scope: string }) {
  return (
    <RowHead>
      {typeof trust === "string" ? trust : <Link href={`/trusts/${trust.slug}`}>{trust.name}</Link>}
      <SecondaryLine>{scope}</SecondaryLine>
    </RowHead>
  );
}
