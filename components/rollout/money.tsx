import type { MoneyTotal } from "@/lib/domain/decision-cost";
import { formatMoney } from "@/lib/domain/format";
import { Secondary } from "../ui/secondary";

/** Money moved, one line per price basis, and how many go-lives have no figure: never a zero for "not known". */
export function Money({ money, withoutCharges }: { money: MoneyTotal[]; withoutCharges: number }) {
  return (
    <>
      {money.map((m) => (
        <span key={m.priceBasis ?? "none"} className="block tabular-nums">
          {formatMoney(m)} {m.priceBasis ? <Secondary>({m.priceBasis})</Secondary> : <Secondary>(price basis not recorded)</Secondary>}
        </span>
      ))}
      {withoutCharges > 0 ? (
        <span className="block">
          <Secondary>
            Not known for {withoutCharges} {withoutCharges === 1 ? "go-live" : "go-lives"}: the record gives no charge
          </Secondary>
        </span>
      ) : null}
      {money.length === 0 && withoutCharges === 0 ? <Secondary>None</Secondary> : null}
    </>
  );
}
