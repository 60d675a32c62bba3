import { describe, expect, it } from "vitest";
import { paymentDueOn } from "@/lib/domain/payments";

const kingston = 4;
const accepted = [{ goLiveId: kingston, accepted: { date: "2009-12-01", precision: "DAY" as const } }];

describe("when a payment falls due", () => {
  it("a deployment charge is due from the day the trust accepted the deployment, and not before", () => {
    expect(paymentDueOn({ kind: "DEPLOYMENT_CHARGE", goLiveId: kingston }, accepted, "2009-11-30")).toEqual({ state: "awaiting-acceptance" });
    expect(paymentDueOn({ kind: "DEPLOYMENT_CHARGE", goLiveId: kingston }, accepted, "2009-12-01")).toEqual({
      state: "due",
      from: { date: "2009-12-01", precision: "DAY" },
    });
  });

  it("the service charge follows the same acceptance; another go-live's acceptance does not count", () => {
    expect(paymentDueOn({ kind: "SERVICE_CHARGE", goLiveId: kingston }, accepted, "2010-06-01")).toMatchObject({ state: "due" });
    expect(paymentDueOn({ kind: "SERVICE_CHARGE", goLiveId: 99 }, accepted, "2010-06-01")).toEqual({ state: "awaiting-acceptance" });
  });

  it("an acceptance known only as a month counts from the end of that month; a payment tied to the trust takes its first acceptance", () => {
    const month = [{ goLiveId: kingston, accepted: { date: "2009-12-01", precision: "MONTH" as const } }];
    expect(paymentDueOn({ kind: "DEPLOYMENT_CHARGE", goLiveId: null }, month, "2009-12-15")).toEqual({ state: "awaiting-acceptance" });
    expect(paymentDueOn({ kind: "DEPLOYMENT_CHARGE", goLiveId: null }, month, "2009-12-31")).toMatchObject({ state: "due" });
  });

  it("an amount earned to date is not waiting for anything", () => {
    expect(paymentDueOn({ kind: "EARNED_TO_DATE", goLiveId: kingston }, [], "2010-06-01")).toEqual({ state: "not-tied" });
  });
});
