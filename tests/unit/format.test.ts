import { describe, expect, it } from "vitest";
import { formatDays, formatMoney, formatSlip } from "@/lib/domain/format";

describe("days and slip in words", () => {
  it("says one day, many days, and early go-lives with a minus sign", () => {
    expect(formatDays(1)).toBe("1 day");
    expect(formatDays(-1)).toBe("\u22121 day");
    expect(formatDays(1096)).toBe("1,096 days");
    expect(formatDays(-12)).toBe("\u221212 days");
  });
  it("gives a range where the dates' precision allows one, and says when the slip is not known", () => {
    expect(formatSlip({ min: 365, max: 365 })).toBe("365 days");
    expect(formatSlip({ min: 365, max: 394 })).toBe("365 to 394 days");
    expect(formatSlip({ min: -3, max: 27 })).toBe("\u22123 to 27 days");
    expect(formatSlip(null)).toBe("Not known");
  });
});

describe("money in words", () => {
  it("shows a stated amount to the penny, pence only where there are any", () => {
    expect(formatMoney("4676000")).toBe("£4,676,000");
    expect(formatMoney("4676000.00")).toBe("£4,676,000");
    expect(formatMoney("33644.5")).toBe("£33,644.50");
    expect(formatMoney(0.05)).toBe("£0.05");
  });
  it("shows a worked-out range in whole pounds, one figure where both ends round alike", () => {
    expect(formatMoney({ min: 1_119_917.87, max: 1_129_445.59 })).toBe("£1,119,918 to £1,129,446");
    expect(formatMoney({ min: 4_676_000.2, max: 4_676_000.4 })).toBe("£4,676,000");
  });
});
