// The rest of the generated programme, so that every page has something to show at national scale:
// suppliers, contracts and their money events; payments tied to the go-lives (a one-off deployment
// charge and a monthly service charge, due on acceptance); facts the sources disagree on (a go-live
// with two go-live dates from two sources, and two valuations of a contract, each a Conflict with one
// claim a source, as lib/data/conflicts.ts reads them); and the board's baselines, taken with the
// app's own rules (lib/domain/baseline.ts baselineFromRecord over the record as it stood on the day).
//
// Each part draws from its own fork of the seed and runs after the rest of the data is written, so
// the rows before it are exactly what they were before this file existed.
import type pg from "pg";
import { baselineFromRecord } from "../../lib/domain/baseline";
import { addDays, formatPartialDate } from "../../lib/domain/dates";
import { knownFromOf } from "../../lib/domain/knowledge";
import { readRecord, type DecisionRecord, type GoLiveRecord, type RolloutFacts, type SourceRef, type TrustInfo } from "../../lib/domain/rollout";
import { decisionEffectiveFrom } from "../../lib/domain/status";
import { insertAll, type Cell } from "./bulk";
import { C, CERTAINTY, certaintyOf, GO_LIVE_ACTUAL_COLUMNS, pad, PRECISION, PROVENANCE } from "./columns";
import { dayOf, isoOf, LAST_DAY, periodStart, type Certainty, type Precision } from "./days";
import type { Counts, GoLiveRow, Scale, SCALES, TrustRow } from "./national";
import type { Prng } from "./prng";

export interface MemPlan {
  id: number;
  sequence: number;
  plannedOn: string | null;
  plannedPrecision: Precision | null;
  plannedLabel: string | null;
  announcedOn: string | null;
  announcedPrecision: Precision | null;
  certainty: Certainty;
  /** the day of its createdAt */
  recordedOn: string;
  sourceId: number;
}

export interface MemActual {
  id: number;
  wentLiveOn: string;
  precision: Precision;
  note: string | null;
  certainty: Certainty;
  certaintyNote: string | null;
  recordedOn: string;
  sourceId: number;
}

export interface MemDecision {
  id: number;
  key: string;
  kind: DecisionRecord["kind"];
  title: string;
  decidedOn: string;
  precision: Precision;
  reportedOn: string | null;
  body: string;
  scope: "ALL_LONDON" | "NAMED_TRUSTS";
  rationale: string | null;
  liftsId: number | null;
  certainty: Certainty;
  trustIds: number[];
  recordedOn: string;
  sourceId: number | null;
}

export interface MemSource {
  key: string;
  title: string;
  publisher: string;
  publishedOn: string;
  precision: Precision;
  url: string | null;
}

/** What the generator wrote, kept in memory as it went. */
export interface GeneratedRecord {
  trusts: TrustRow[];
  goLives: GoLiveRow[];
  decisions: MemDecision[];
  sources: Map<number, MemSource>;
}

interface Context {
  root: Prng;
  scale: Scale;
  size: (typeof SCALES)[Scale];
  record: GeneratedRecord;
  step: (label: string, work: () => Promise<number | Counts>) => Promise<void>;
}

const COLS = {
  Supplier: [C("id", "int"), C("key", "text"), C("name", "text")],
  Contract: [C("id", "int"), C("key", "text"), C("supplierId", "int"), C("name", "text"), C("region", "text"), ...PROVENANCE],
  ContractEvent: [
    C("id", "int"),
    C("contractId", "int"),
    C("kind", '"ContractEventKind"'),
    C("occurredOn", "date"),
    C("precision", PRECISION),
    C("description", "text"),
    C("value", "numeric"),
    C("priceBasis", "text"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
  ],
  Payment: [
    C("id", "int"),
    C("trustId", "int"),
    C("goLiveId", "int"),
    C("contractId", "int"),
    C("kind", '"PaymentKind"'),
    C("description", "text"),
    C("amount", "numeric"),
    C("period", "text"),
    C("priceBasis", "text"),
    C("asAt", "date"),
    C("asAtPrecision", PRECISION),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
  ],
  GoLiveActual: GO_LIVE_ACTUAL_COLUMNS,
  Conflict: [
    C("id", "int"),
    C("key", "text"),
    C("title", "text"),
    C("question", "text"),
    C("status", '"ConflictStatus"'),
    C("note", "text"),
    C("trustId", "int"),
    C("goLiveId", "int"),
    C("contractId", "int"),
    C("createdAt", "timestamp(3)"),
  ],
  ConflictClaim: [
    C("id", "int"),
    C("conflictId", "int"),
    C("position", "int"),
    C("claim", "text"),
    C("detail", "text"),
    C("sourceId", "int"),
    C("certainty", CERTAINTY),
  ],
  Baseline: [
    C("id", "int"),
    C("key", "text"),
    C("name", "text"),
    C("description", "text"),
    C("takenAsOf", "date"),
    C("takenBy", "text"),
    C("createdAt", "timestamp(3)"),
  ],
  Tolerance: [
    C("id", "int"),
    C("key", "text"),
    C("kind", '"ToleranceKind"'),
    C("slipDays", "int"),
    C("baselineOn", "date"),
    C("agreedOn", "date"),
    C("reason", "text"),
    C("setById", "text"),
    C("setByEmail", "text"),
    C("createdAt", "timestamp(3)"),
  ],
  BaselineEntry: [
    C("id", "int"),
    C("baselineId", "int"),
    C("goLiveId", "int"),
    C("planId", "int"),
    C("plannedOn", "date"),
    C("plannedPrecision", PRECISION),
    C("plannedLabel", "text"),
    C("status", "text"),
    C("plansMade", "int"),
  ],
  link: [C("A", "int"), C("B", "int")],
} as const;

const SUPPLIERS = [
  { key: "gen-sup-bt", name: "BT" },
  { key: "gen-sup-csc", name: "CSC" },
  { key: "gen-sup-fujitsu", name: "Fujitsu" },
  { key: "gen-sup-accenture", name: "Accenture" },
] as const;
const REGIONS = ["London", "South", "North West", "North East", "East", "West Midlands", "East Midlands", "Yorkshire", "South West", "South East"] as const;
const PRICE_BASES = ["2003-04 prices", "2004-05 prices", "cash, as reported", "as reported (basis not stated)"] as const;

const pounds = (n: number) => `${Math.round(n)}.00`;
const money = (n: number) => `£${n >= 1e6 ? `${(n / 1e6).toFixed(1)}m` : Math.round(n).toLocaleString("en-GB")}`;

export async function writeExtras(client: pg.ClientBase, { root, size, record, step }: Context): Promise<void> {
  const { trusts, goLives, sources } = record;
  const sourceIds = [...sources.keys()];
  const srcRng = root.fork("extras-source-links");
  const someSource = () => srcRng.pick(sourceIds);
  /** another source than `not`, where there is one */
  const otherSource = (not: number) => (sourceIds.length > 1 ? srcRng.pick(sourceIds.filter((s) => s !== not)) : not);

  // Suppliers and contracts: each organisation is served under one contract (by region).
  const contracts: { id: number; name: string; start: number }[] = [];
  const contractOf = (trustId: number) => contracts[(trustId - 1) % contracts.length]!;
  await step("contracts", async () => {
    const rng = root.fork("contracts");
    const supplierRows = SUPPLIERS.map((s, i) => [i + 1, s.key, s.name] as Cell[]);
    const rows: Cell[][] = [];
    for (let id = 1; id <= size.contracts; id++) {
      const region = REGIONS[(id - 1) % REGIONS.length]!;
      const lot = Math.floor((id - 1) / REGIONS.length) + 1;
      const name = `${region} Local Service Provider${lot > 1 ? `, lot ${lot}` : ""}`;
      const certainty = certaintyOf(rng);
      rows.push([
        id,
        `gen-con-${pad(id, 3)}`,
        rng.int(1, SUPPLIERS.length),
        name,
        region,
        certainty,
        certainty === "UNCERTAIN" ? "The award's value differs between the sources" : null,
      ]);
      contracts.push({ id, name, start: rng.int(dayOf(2003, 10, 1), dayOf(2004, 12, 31)) });
    }
    const s = await insertAll(client, "Supplier", COLS.Supplier, supplierRows);
    const c = await insertAll(client, "Contract", COLS.Contract, rows);
    await insertAll(
      client,
      "_ContractToSource",
      COLS.link,
      rows.map((r) => [r[0] as number, someSource()]),
    );
    return { suppliers: s, contracts: c };
  });

  // Contract events: an award each, then renegotiations, valuations and write-offs over the years,
  // and for some an exit or termination; the total shared out evenly.
  const valuations: { id: number; contractId: number; day: number; value: number; sourceId: number }[] = [];
  await step("contractEvents", async () => {
    const rng = root.fork("contract-events");
    const rows: Cell[][] = [];
    const links: Cell[][] = [];
    const perContract = Math.max(1, Math.floor(size.contractEvents / contracts.length));
    for (const c of contracts) {
      const n = c.id <= size.contractEvents % contracts.length ? perContract + 1 : perContract;
      const awardValue = rng.int(300, 1_200) * 1e6;
      const days = Array.from({ length: n - 1 }, () => rng.int(c.start + 30, LAST_DAY)).sort((a, b) => a - b);
      for (let k = 0; k < n; k++) {
        const id = rows.length + 1;
        const day = k === 0 ? c.start : days[k - 1]!;
        const kind =
          k === 0
            ? "AWARD"
            : k === n - 1 && rng.chance(0.5)
              ? rng.pick(["EXIT", "TERMINATION"] as const)
              : rng.weighted({ RENEGOTIATION: 30, VALUATION: 45, WRITE_OFF: 25 });
        const precision: Precision = rng.weighted({ DAY: 50, MONTH: 45, YEAR: 5 });
        let value: number | null;
        let description: string;
        switch (kind) {
          case "AWARD":
            value = awardValue;
            description = `${c.name} awarded: ${money(value)} over ten years`;
            break;
          case "RENEGOTIATION":
            value = rng.int(5, 150) * 1e6;
            description = `${c.name} renegotiated: the fee cut by ${money(value)}`;
            break;
          case "VALUATION":
            value = Math.round(awardValue * (0.6 + rng.next() * 0.8));
            description = `${c.name} valued at ${money(value)}`;
            break;
          case "WRITE_OFF":
            value = rng.int(10, 400) * 1e6;
            description = `The supplier writes off ${money(value)} on the ${c.name} contract`;
            break;
          default:
            value = kind === "TERMINATION" ? awardValue : null;
            description = kind === "EXIT" ? `The supplier leaves the ${c.name} contract` : `${c.name} given notice of termination`;
        }
        const certainty = certaintyOf(rng);
        const sourceId = someSource();
        rows.push([
          id,
          c.id,
          kind,
          isoOf(periodStart(day, precision)),
          precision,
          description,
          value === null ? null : pounds(value),
          value === null ? null : rng.pick(PRICE_BASES),
          certainty,
          certainty === "UNCERTAIN" ? "One trade paper's figure" : null,
          `${isoOf(day)} 12:00:00`,
        ]);
        links.push([id, sourceId]);
        if (kind === "VALUATION" && value !== null) valuations.push({ id, contractId: c.id, day, value, sourceId });
      }
    }
    const n = await insertAll(client, "ContractEvent", COLS.ContractEvent, rows);
    await insertAll(client, "_ContractEventToSource", COLS.link, links);
    return n;
  });

  // Payments: a one-off deployment charge for most go-lives and a monthly service charge for many,
  // as at a date near the go-live, under the trust's contract; and what each contract had earned to date.
  await step("payments", async () => {
    const rng = root.fork("payments");
    const rows: Cell[][] = [];
    for (const g of goLives) {
      const contract = contractOf(g.trustId);
      const asAtDay = Math.min((g.wentLive ?? g.end) + rng.int(-120, 240), LAST_DAY);
      const asAtPrecision: Precision = rng.chance(0.7) ? "DAY" : "MONTH";
      const asAt = rng.chance(0.9) ? isoOf(periodStart(asAtDay, asAtPrecision)) : null;
      const created = `${isoOf(Math.min(asAtDay, LAST_DAY))} 12:00:00`;
      // a charge for the go-live, as at that date (its certainty is drawn before its amount)
      const charge = (certainty: Certainty, kind: string, description: string, amount: string, period: string, priceBasis: string | null): Cell[] => [
        rows.length + 1,
        g.trustId,
        g.id,
        contract.id,
        kind,
        description,
        amount,
        period,
        priceBasis,
        asAt,
        asAt ? asAtPrecision : null,
        certainty,
        null,
        created,
      ];
      if (rng.chance(0.85)) {
        const certainty = certaintyOf(rng);
        const description = "One-off deployment charge, due to the supplier once the trust accepts the deployment as fit for purpose.";
        rows.push(charge(certainty, "DEPLOYMENT_CHARGE", description, pounds(rng.int(1_500, 9_000) * 1_000), "one-off", rng.pick(PRICE_BASES)));
      }
      if (rng.chance(0.7)) {
        const certainty = certaintyOf(rng);
        rows.push(
          charge(certainty, "SERVICE_CHARGE", "Monthly service charge following the deployment charge.", pounds(rng.int(15_000, 80_000)), "a month", null),
        );
      }
    }
    for (const c of contracts) {
      for (let year = 2006; year <= 2014; year += rng.int(1, 3)) {
        const earned = rng.int(20, 600) * 1e6;
        rows.push([
          rows.length + 1,
          null,
          null,
          c.id,
          "EARNED_TO_DATE",
          `By ${year} the supplier had earned about ${money(earned)} of the ${c.name} contract's value.`,
          pounds(earned),
          null,
          "as reported (basis not stated)",
          `${year}-01-01`,
          "YEAR",
          "SINGLE_SOURCE",
          "As at the year; the article gives no month",
          `${year}-06-30 12:00:00`,
        ]);
      }
    }
    const n = await insertAll(client, "Payment", COLS.Payment, rows);
    await insertAll(
      client,
      "_PaymentToSource",
      COLS.link,
      rows.map((r) => [r[0] as number, someSource()]),
    );
    return n;
  });

  // Disputes. A go-live the record already holds two go-live dates for (3% of them) is a conflict;
  // some more go-lives get a second, disagreeing go-live date from another source; and some
  // contracts get a second valuation of the same date with another figure. At least one of each.
  await step("conflicts", async () => {
    const rng = root.fork("conflicts");
    const { rows: maxRows } = await client.query<{ max: number | null }>(`SELECT max(id)::int AS max FROM "GoLiveActual"`);
    let actualId = maxRows[0]?.max ?? 0;
    const extraActuals: Cell[][] = [];
    const extraActualLinks: Cell[][] = [];
    const live = goLives.filter((g) => g.actuals.length > 0);
    const disputed = (g: GoLiveRow) => new Set(g.actuals.map((a) => a.wentLiveOn)).size > 1;
    const forced = live.some(disputed) ? null : (live[0] ?? null);
    for (const g of live) {
      if (g.actuals.length > 1 || (g !== forced && !rng.chance(size.extraConflictShare))) continue;
      const first = g.actuals[0]!;
      const offset = rng.pick([-7, -2, -1, 1, 2, 3, 7, 14]);
      const day = Math.min(Math.max(Date.parse(`${first.wentLiveOn}T00:00:00Z`) / 86_400_000 + offset, dayOf(2004, 1, 1)), LAST_DAY);
      const sourceId = otherSource(first.sourceId);
      const a: MemActual = {
        id: ++actualId,
        wentLiveOn: isoOf(day),
        precision: "DAY",
        note: "Another source gives another day",
        certainty: "UNCERTAIN",
        certaintyNote: "Sources disagree on the day",
        recordedOn: first.recordedOn,
        sourceId,
      };
      extraActuals.push([a.id, g.id, a.wentLiveOn, a.precision, a.note, a.certainty, a.certaintyNote, `${a.recordedOn} 18:00:00`]);
      extraActualLinks.push([a.id, sourceId]);
      g.actuals.push(a);
      g.actuals.sort((x, y) => x.wentLiveOn.localeCompare(y.wentLiveOn) || x.id - y.id);
    }
    const conflictRows: Cell[][] = [];
    const claimRows: Cell[][] = [];
    const trustOf = new Map(trusts.map((t) => [t.id, t]));
    const addClaims = (conflictId: number, claims: { claim: string; detail: string; sourceId: number; certainty: Certainty }[]) => {
      for (const [i, c] of claims.entries()) claimRows.push([claimRows.length + 1, conflictId, i + 1, c.claim, c.detail, c.sourceId, c.certainty]);
    };
    const status = () => (rng.chance(0.8) ? "OPEN" : "RESOLVED");
    for (const g of goLives) {
      if (!disputed(g)) continue;
      const trust = trustOf.get(g.trustId)!;
      const id = conflictRows.length + 1;
      const s = status();
      conflictRows.push([
        id,
        `gen-conflict-${pad(id, 4)}`,
        `${trust.short} go-live day${g.scope === "Whole trust" ? "" : ` (${g.scope})`}`,
        `On which day did ${trust.name} go live${g.scope === "Whole trust" ? "" : ` with ${g.scope.toLowerCase()}`}?`,
        s,
        s === "RESOLVED" ? "The trust's board papers settle it; both reports are kept." : "The sources differ by days; the record keeps each date.",
        trust.id,
        g.id,
        null,
        `${g.actuals[0]!.recordedOn} 18:00:00`,
      ]);
      addClaims(
        id,
        g.actuals.map((a) => {
          const src = sources.get(a.sourceId)!;
          const said = formatPartialDate({ date: a.wentLiveOn, precision: a.precision });
          return { claim: said, detail: `${src.publisher}: "went live on ${said}".`, sourceId: a.sourceId, certainty: a.certainty };
        }),
      );
    }
    // Contract valuations in dispute.
    const byContract = new Map<number, typeof valuations>();
    for (const v of valuations) byContract.set(v.contractId, [...(byContract.get(v.contractId) ?? []), v]);
    const contractEventRows: Cell[][] = [];
    const contractEventLinks: Cell[][] = [];
    const { rows: maxEvent } = await client.query<{ max: number | null }>(`SELECT max(id)::int AS max FROM "ContractEvent"`);
    let eventId = maxEvent[0]?.max ?? 0;
    let contractConflicts = 0;
    for (const c of contracts) {
      const v = byContract.get(c.id)?.[0];
      if (!v || (contractConflicts > 0 && !rng.chance(0.5))) continue;
      const other = Math.round(v.value * (rng.chance(0.5) ? 0.7 : 1.3));
      const sourceId = otherSource(v.sourceId);
      contractEventRows.push([
        ++eventId,
        c.id,
        "VALUATION",
        isoOf(v.day),
        "DAY",
        `${c.name} valued at ${money(other)} (another source)`,
        pounds(other),
        "as reported (basis not stated)",
        "UNCERTAIN",
        "Two sources give different figures",
        `${isoOf(v.day)} 12:00:00`,
      ]);
      contractEventLinks.push([eventId, sourceId]);
      const id = conflictRows.length + 1;
      conflictRows.push([
        id,
        `gen-conflict-${pad(id, 4)}`,
        `${c.name}: its value`,
        `What was the ${c.name} contract worth on ${formatPartialDate({ date: isoOf(v.day), precision: "DAY" })}?`,
        status(),
        "The figures may be on different price bases; the record keeps both.",
        null,
        null,
        c.id,
        `${isoOf(v.day)} 12:00:00`,
      ]);
      addClaims(id, [
        { claim: money(v.value), detail: `${sources.get(v.sourceId)!.publisher}: ${money(v.value)}.`, sourceId: v.sourceId, certainty: "UNCERTAIN" },
        { claim: money(other), detail: `${sources.get(sourceId)!.publisher}: ${money(other)}.`, sourceId, certainty: "UNCERTAIN" },
      ]);
      contractConflicts++;
    }
    const a = await insertAll(client, "GoLiveActual", COLS.GoLiveActual, extraActuals);
    await insertAll(client, "_GoLiveActualToSource", COLS.link, extraActualLinks);
    const e = await insertAll(client, "ContractEvent", COLS.ContractEvent, contractEventRows);
    await insertAll(client, "_ContractEventToSource", COLS.link, contractEventLinks);
    const n = await insertAll(client, "Conflict", COLS.Conflict, conflictRows);
    const k = await insertAll(client, "ConflictClaim", COLS.ConflictClaim, claimRows);
    return { disputedGoLiveActuals: a, disputedContractEvents: e, conflicts: n, conflictClaims: k };
  });

  // Baselines: the board's snapshots of every go-live's plan the day before some of the halts took
  // effect, taken as the app takes them (lib/mutations/baselines.ts): the record as it stood that day.
  await step("baselines", async () => {
    const rng = root.fork("baselines");
    const facts = toRolloutFacts(record);
    const halts = facts.decisions.filter((d) => d.kind === "HALT");
    const days = new Set<string>();
    for (const d of rng.sample(halts, halts.length)) {
      if (days.size >= size.baselines) break;
      const on = addDays(decisionEffectiveFrom(d), -1);
      if (on >= "2005-01-01" && on <= "2013-12-31") days.add(on);
    }
    const baselineRows: Cell[][] = [];
    const entryRows: Cell[][] = [];
    for (const on of [...days].sort()) {
      const id = baselineRows.length + 1;
      const name = `Before the halt of ${formatPartialDate({ date: addDays(on, 1), precision: "DAY" })}`;
      baselineRows.push([
        id,
        `gen-baseline-${on}`,
        name,
        "Taken by the programme board the day before the halt took effect",
        on,
        "generated data",
        `${on} 17:00:00`,
      ]);
      const snapshot = baselineFromRecord(readRecord(facts, { asOf: on, hindsight: false }), on, name);
      for (const p of snapshot.plans) {
        entryRows.push([
          entryRows.length + 1,
          id,
          p.goLiveId,
          p.planId,
          p.planned?.date ?? null,
          p.planned?.precision ?? null,
          p.plannedLabel,
          p.status,
          p.plansMade,
        ]);
      }
    }
    const b = await insertAll(client, "Baseline", COLS.Baseline, baselineRows);
    const e = await insertAll(client, "BaselineEntry", COLS.BaselineEntry, entryRows);
    return { baselines: b, baselineEntries: e };
  });

  // A tolerance the board set (decision 020): 90 days of slip for the whole programme against the record the day
  // before its first London-wide halt took effect (or 31 October 2008), agreed and recorded that day, so that the
  // exceptions are measured.
  await step("tolerances", async () => {
    const facts = toRolloutFacts(record);
    // the generated record's halts name trusts: then the day the sample's October 2008 halt took effect
    const first =
      facts.decisions
        .filter((d) => d.kind === "HALT" && d.scope === "ALL_LONDON")
        .map((d) => decisionEffectiveFrom(d))
        .sort()[0] ?? "2008-10-31";
    const on = addDays(first, -1);
    const t = await insertAll(client, "Tolerance", COLS.Tolerance, [
      [
        1,
        "gen-slip-90",
        "SLIP",
        90,
        on,
        first,
        "Generated: 90 days of slip against the plans before the first halt",
        "generated",
        "generated data",
        `${first} 17:00:00`,
      ],
    ]);
    return { tolerances: t };
  });
}

/** The generated record as lib/data/rollout.ts loadRolloutFacts would read it back. */
function toRolloutFacts({ trusts, goLives, decisions, sources }: GeneratedRecord): RolloutFacts {
  const refs = new Map<number, SourceRef>();
  for (const [id, s] of sources)
    refs.set(id, { key: s.key, title: s.title, publisher: s.publisher, published: { date: s.publishedOn, precision: s.precision }, url: s.url });
  const ref = (id: number) => refs.get(id)!;
  const generatedOn = "2015-01-05";
  const trustInfos: TrustInfo[] = trusts
    .map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      shortName: t.short,
      odsCode: null,
      isRolloutTarget: true,
      notes: null,
      certainty: t.certainty,
      certaintyNote: null,
      sites: [],
      sources: [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const trustName = new Map(trusts.map((t) => [t.id, t.name]));
  const records: GoLiveRecord[] = goLives.map((g) => {
    const own = [ref(g.sourceId)];
    return {
      id: g.id,
      trustId: g.trustId,
      scope: g.scope,
      notes: null,
      certainty: g.certainty,
      certaintyNote: null,
      configuration: g.configuration ? { code: g.configuration, name: g.configuration } : null,
      sources: own,
      knownFrom: knownFromOf({ known: null, sources: own, recordedOn: generatedOn }),
      plans: g.planFacts.map((p) => {
        const announced = p.announcedOn ? { date: p.announcedOn, precision: p.announcedPrecision ?? "DAY" } : null;
        const planSources = [ref(p.sourceId)];
        const knownFrom = knownFromOf({ known: announced, sources: planSources, recordedOn: p.recordedOn });
        return {
          id: p.id,
          sequence: p.sequence,
          planned: p.plannedOn ? { date: p.plannedOn, precision: p.plannedPrecision ?? "DAY" } : null,
          plannedLabel: p.plannedLabel,
          announced,
          reason: null,
          madeBy: null,
          madeByKind: null,
          certainty: p.certainty,
          certaintyNote: null,
          sources: planSources,
          knownFrom,
          becameKnown: knownFrom,
        };
      }),
      actuals: [...g.actuals]
        .sort((a, b) => a.wentLiveOn.localeCompare(b.wentLiveOn))
        .map((a) => {
          const actualSources = [ref(a.sourceId)];
          const knownFrom = knownFromOf({ known: null, sources: actualSources, recordedOn: a.recordedOn });
          return {
            id: a.id,
            wentLive: { date: a.wentLiveOn, precision: a.precision },
            note: a.note,
            overrideReason: null,
            certainty: a.certainty,
            certaintyNote: a.certaintyNote,
            sourceNames: actualSources.map((s) => s.publisher),
            sources: actualSources,
            supersededOn: null,
            correctsFrom: null,
            knownFrom,
            becameKnown: knownFrom,
          };
        }),
    };
  });
  const titles = new Map(decisions.map((d) => [d.id, d.title]));
  const decisionRecords: DecisionRecord[] = decisions
    .slice()
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.id - a.id)
    .map((d) => {
      const own = d.sourceId === null ? [] : [ref(d.sourceId)];
      const knownFrom = knownFromOf({ known: d.reportedOn, sources: own, recordedOn: d.recordedOn });
      return {
        id: d.id,
        key: d.key,
        kind: d.kind,
        title: d.title,
        decided: { date: d.decidedOn, precision: d.precision },
        reportedOn: d.reportedOn,
        body: d.body,
        scope: d.scope,
        rationale: d.rationale,
        liftsId: d.liftsId,
        liftsTitle: d.liftsId === null ? null : (titles.get(d.liftsId) ?? null),
        commitment: null,
        certainty: d.certainty,
        certaintyNote: null,
        trustIds: d.trustIds,
        trustNames: d.trustIds.map((id) => trustName.get(id)!).sort(),
        sources: own,
        knownFrom,
        becameKnown: knownFrom,
      };
    });
  return { trusts: trustInfos, goLives: records, decisions: decisionRecords };
}
