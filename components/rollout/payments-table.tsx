import type { PaymentListing } from "@/lib/data/lists";
import { formatPartialDate } from "@/lib/domain/dates";
import type { PaymentDue } from "@/lib/domain/payments";
import { Secondary } from "../ui/secondary";
import { formatMoney } from "@/lib/domain/format";
import { CertaintyAndSourceCells, KnownCell } from "./fact-cells";
import { DataTable, RowHead } from "../ui/data-table";
import { td } from "../ui/table-styles";

/** A listed payment as the table shows it, with when it falls due on the page's date. */
export type PaymentView = Pick<
  PaymentListing,
  "id" | "kind" | "description" | "amount" | "period" | "priceBasis" | "asAt" | "certainty" | "certaintyNote" | "sources"
> & { due: PaymentDue };

export function PaymentsTable({ payments, caption }: { payments: PaymentView[]; caption: string }) {
  return (
    <DataTable
      scroll={caption}
      className="min-w-[52rem]"
      caption={caption}
      columns={["Payment", { label: "Amount", className: "text-right" }, "Falls due", "Period", "Price basis", "Certainty", "Sources"]}
      empty={payments.length ? null : "No payment in the record."}
    >
      {payments.map((p) => (
        <tr key={p.id}>
          <RowHead>
            {p.description}
            {p.asAt ? <span className="block text-ink-secondary">As at {formatPartialDate(p.asAt)}</span> : null}
          </RowHead>
          <td className={`${td} text-right tabular-nums`}>{formatMoney(p.amount)}</td>
          <td className={td}>
            <DueCell due={p.due} />
          </td>
          <KnownCell value={p.period} />
          <KnownCell value={p.priceBasis} />
          <CertaintyAndSourceCells fact={p} />
        </tr>
      ))}
    </DataTable>
  );
}

function DueCell({ due }: { due: PaymentDue }) {
  if (due.state === "due") return <>Due from {formatPartialDate(due.from)}, when the trust accepted the deployment</>;
  if (due.state === "awaiting-acceptance") return <Secondary>Not yet: due once the trust accepts the deployment</Secondary>;
  return <Secondary>Already earned</Secondary>;
}
