import type { Certainty } from "@/lib/domain/certainty";
import type { SourceRef } from "@/lib/domain/rollout";
import { Secondary } from "../ui/secondary";
import { td } from "../ui/table-styles";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";

/** A fact's last two cells in a list: how certain the record is of it, and the sources it rests on. */
export function CertaintyAndSourceCells({
  certainty,
  note,
  sources,
  hindsightOn = null,
}: {
  certainty: Certainty;
  note?: string | null;
  sources: SourceRef[];
  /** the page's date when it reads with hindsight (SourceList marks the sources published later) */
  hindsightOn?: string | null;
}) {
  return (
    <>
      <td className={td}>
        <CertaintyTag certainty={certainty} note={note} />
      </td>
      <td className={td}>
        <SourceList sources={sources} hindsightOn={hindsightOn} />
      </td>
    </>
  );
}

/** A cell with a value the record may not have: "Not known" (or `missing`) in secondary text when it has none. */
export function KnownCell({ value, missing = "Not known", className }: { value: React.ReactNode; missing?: string; className?: string }) {
  return <td className={className ? `${td} ${className}` : td}>{value ?? <Secondary>{missing}</Secondary>}</td>;
}
