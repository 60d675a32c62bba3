import { formatPartialDate, type PartialDate } from "@/lib/domain/dates";
import type { PaymentDue } from "@/lib/domain/payments";
import type { SourceRef } from "@/lib/domain/rollout";
import type { Certainty } from "@/lib/domain/certainty";
import { Secondary } from "../ui/secondary";
import { formatMoney } from "@/lib/domain/format";
import { SourceList } from "./source-list";
import { CertaintyTag } from "./status-tag";
import { td, th } from "@/components/ui/table-styles";
import { TableScroll } from "../ui/table-scroll";

export interface PaymentView {
  id: number;
  kind: string;
  /** when it falls due, on the page's date */
  due: PaymentDue;
  description: string;
  amount: string;
  period: string | null;
  priceBasis: string | null;
  asAt: PartialDate | null;
  certainty: Certainty;
  certaintyNote: string | null;
  sources: SourceRef[];
}

export function PaymentsTable({ payments, caption }: { payments: PaymentView[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="w-full min-w-[52rem] border-collapse nhs-text-16">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Payment
            </th>
            <th scope="col" className={`${th} text-right`}>
              Amount
            </th>
            <th scope="col" className={th}>
              Falls due
            </th>
            <th scope="col" className={th}>
              Period
            </th>
            <th scope="col" className={th}>
              Price basis
            </th>
            <th scope="col" className={th}>
              Certainty
            </th>
            <th scope="col" className={th}>
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.length === 0 ? (
            <tr>
              <td colSpan={7} className={td}>
                <Secondary>No payment in the record.</Secondary>
              </td>
            </tr>
          ) : null}
          {payments.map((p) => (
            <tr key={p.id}>
              <th scope="row" className={`${td} text-left font-normal`}>
                {p.description}
                {p.asAt ? <span className="block text-ink-secondary">As at {formatPartialDate(p.asAt)}</span> : null}
              </th>
              <td className={`${td} text-right tabular-nums`}>{formatMoney(p.amount)}</td>
              <td className={td}>
                <DueCell due={p.due} />
              </td>
              <td className={td}>{p.period ?? <Secondary>Not known</Secondary>}</td>
              <td className={td}>{p.priceBasis ?? <Secondary>Not known</Secondary>}</td>
              <td className={td}>
                <CertaintyTag certainty={p.certainty} note={p.certaintyNote} />
              </td>
              <td className={td}>
                <SourceList sources={p.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function DueCell({ due }: { due: PaymentDue }) {
  if (due.state === "due") return <>Due from {formatPartialDate(due.from)}, when the trust accepted the deployment</>;
  if (due.state === "awaiting-acceptance") return <Secondary>Not yet: due once the trust accepts the deployment</Secondary>;
  return <Secondary>Already earned</Secondary>;
}
