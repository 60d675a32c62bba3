// Every fact in the sample data must be datable as known: a knowledge date of its own, or at least one
// source with a publication date. A fact with neither would count as known only from the day the sample
// data is loaded, and so vanish from every view of the past (docs/decisions/013, "Sample data").
import { describe, expect, it } from "vitest";
import { sampleData, type PartialDate, type SourceKey } from "@/prisma/seed/sample-data";

const published = new Map(sampleData.sources.map((s) => [s.key, s.published]));
const hasDatedSource = (keys: readonly SourceKey[]) => keys.some((key) => published.get(key) != null);

interface Fact {
  label: string;
  sources: readonly SourceKey[];
  /** the fact's own knowledge date: knownOn, a plan's announced, a decision's reportedOn */
  ownDate: PartialDate | string | null | undefined;
}

function facts(): Fact[] {
  const d = sampleData;
  return [
    ...d.goLives.flatMap((g) => [
      ...g.plans.map((p, i) => ({ label: `plan ${i + 1} of ${g.trust} / ${g.scope}`, sources: p.sources, ownDate: p.announced })),
      ...g.actuals.map((a) => ({ label: `go-live ${a.wentLive.on} of ${g.trust} / ${g.scope}`, sources: a.sources, ownDate: a.known })),
      ...g.acceptances.map((a) => ({ label: `acceptance ${a.accepted.on} of ${g.trust}`, sources: a.sources, ownDate: a.known })),
    ]),
    ...d.problems.map((p) => ({ label: `problem of ${p.trust}: ${p.description}`, sources: p.sources, ownDate: p.known })),
    ...d.decisions.map((x) => ({ label: `decision ${x.key}`, sources: x.sources, ownDate: x.reportedOn })),
    ...d.contractEvents.map((e) => ({ label: `contract event: ${e.description}`, sources: e.sources, ownDate: e.known })),
    ...d.payments.map((p) => ({ label: `payment: ${p.description}`, sources: p.sources, ownDate: p.known })),
    ...d.organisationChanges.map((c) => ({ label: `change to ${c.trust}: ${c.kind}`, sources: c.sources, ownDate: c.known })),
  ];
}

describe("the sample data: when each fact became known", () => {
  it("every fact cites a dated source or carries a knowledge date of its own", () => {
    const undatable = facts()
      .filter((f) => f.ownDate == null && !hasDatedSource(f.sources))
      .map((f) => f.label);
    expect(undatable).toEqual([]);
  });

  it("every fact cites at least one source, and only sources that exist", () => {
    for (const f of facts()) {
      expect(f.sources.length, f.label).toBeGreaterThan(0);
      for (const key of f.sources) expect(published.has(key), `${f.label}: ${key}`).toBe(true);
    }
  });

  it("a knowledge date is given only where it differs from the earliest source's publication", () => {
    const withKnown = facts().filter((f) => f.ownDate != null && typeof f.ownDate === "object");
    for (const f of withKnown) {
      const own = f.ownDate as PartialDate;
      const same = f.sources.some((key) => {
        const p = published.get(key);
        return p != null && p.on === own.on && p.precision === own.precision;
      });
      // Plans' announced dates may equal their source's publication (the source announced them).
      if (!f.label.startsWith("plan ")) expect(same, f.label).toBe(false);
    }
  });

  it("no two sources share an address", () => {
    const urls = sampleData.sources.map((s) => s.url).filter((u): u is string => u !== null);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
