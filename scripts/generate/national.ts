// A plausible national programme, generated from a seed: organisations, go-lives, ten years of plans
// and re-plans, decisions, problems, sources and an audit trail; then (scripts/generate/extras.ts)
// contracts and their events, payments, conflicts and the board's baselines, so every page has data. For load tests and benchmarks only:
// it is never mixed with the sample data (the public record), and refuses a database that holds it.
//
// Everything comes from one seeded generator (mulberry32), so the same seed and scale always give the
// same rows with the same ids. Rows are written with COPY … FROM STDIN through `pg` (pg-copy-streams)
// in one transaction: either the whole data set is there, marker included, or none of it is.
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { CONFIGURATIONS } from "../../prisma/seed/data/organisations";
import { BulkWriter, insertAll, type Cell } from "./bulk";
import { C, certaintyOf, GO_LIVE_ACTUAL_COLUMNS, pad, PRECISION, PROVENANCE } from "./columns";
import { writeIssuedPacks } from "./issued-packs";
import { writeExtras, type GeneratedRecord, type MemActual, type MemDecision, type MemPlan } from "./extras";
import { DAY_MS, dayOf, FIRST_DAY, GENERATED_AT, isoOf, LAST_DAY, periodStart, type Certainty, type Precision } from "./days";
import { Prng } from "./prng";
import * as W from "./words";

export const MARKER_ACTION = "national-data.generate";
export const SAMPLE_DATA_ACTION = "sample-data.load";
export const DEFAULT_SEED = 20090211;

export const SCALES = {
  national: {
    organisations: 500,
    plans: 200_000,
    decisions: 10_000,
    problems: 10_000,
    sources: 200,
    auditEvents: 1_000_000,
    // scripts/generate/extras.ts: money, contracts, disputes and baselines
    contracts: 20,
    contractEvents: 1_000,
    baselines: 6,
    extraConflictShare: 0.07,
  },
  small: {
    organisations: 5,
    plans: 2_000,
    decisions: 100,
    problems: 100,
    sources: 2,
    auditEvents: 10_000,
    contracts: 2,
    contractEvents: 10,
    baselines: 2,
    extraConflictShare: 0.07,
  },
} as const;
export type Scale = keyof typeof SCALES;
export const isScale = (value: string): value is Scale => Object.hasOwn(SCALES, value);

/** The generator refused the database; the message says why and what to do. */
export class RefusedError extends Error {}

type DecisionKind = "HALT" | "RESUME" | "RECOMMEND" | "POSTPONE" | "WITHDRAW" | "ANNOUNCE";

const monthName = (day: number) => W.MONTHS[new Date(day * DAY_MS).getUTCMonth()]!;
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

/** The words a record would use for a planned date, e.g. "late November 2008", "Q2 2009". */
function plannedLabel(rng: Prng, day: number, precision: Precision): string {
  const month = monthName(day);
  const year = yearOf(day);
  switch (precision) {
    case "DAY":
      return rng.pick([`${new Date(day * DAY_MS).getUTCDate()} ${month} ${year}`, `the weekend of ${new Date(day * DAY_MS).getUTCDate()} ${month} ${year}`]);
    case "MONTH":
      return rng.pick([`${month} ${year}`, `late ${month} ${year}`, `earliest ${month} ${year}`, `early ${month} ${year}`]);
    case "QUARTER": {
      const q = Math.floor(new Date(day * DAY_MS).getUTCMonth() / 3) + 1;
      return rng.pick([`Q${q} ${year}`, `the ${["first", "second", "third", "fourth"][q - 1]} quarter of ${year}`]);
    }
    case "YEAR":
      return rng.pick([`${year}`, `some time in ${year}`, `${year}, no month given`]);
  }
}

function fill(rng: Prng, template: string, extra: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key in extra) return extra[key]!;
    switch (key) {
      case "n":
        return String(rng.int(2, 480));
      case "k":
        return rng.int(12, 9_800).toLocaleString("en-GB");
      case "c":
        return String(rng.int(0, 2));
      case "s":
        return rng.pick(W.SAINTS);
      case "month":
        return rng.pick(W.MONTHS);
      case "year":
        return String(rng.int(2004, 2014));
      default:
        return `{${key}}`;
    }
  });
}

function certaintyNote(rng: Prng, certainty: Certainty): string | null {
  if (certainty === "UNCERTAIN")
    return rng.pick([
      "Two sources disagree; neither is primary",
      "Reported by one trade paper, and the trust did not confirm it",
      'The board papers say "provisional"',
    ]);
  if (certainty === "SINGLE_SOURCE" && rng.chance(0.2)) return "One press source, not yet confirmed by the trust";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Columns of each table written (ids are given explicitly; sequences are reset afterwards).

const COLS = {
  Source: [
    C("id", "int"),
    C("key", "text"),
    C("title", "text"),
    C("publisher", "text"),
    C("publishedOn", "date"),
    C("publishedPrecision", PRECISION),
    C("url", "text"),
    C("createdAt", "timestamp(3)"),
  ],
  Configuration: [
    C("id", "int"),
    C("code", "text"),
    C("name", "text"),
    C("description", "text"),
    C("includesSmartcards", "boolean"),
    C("includesSpineLink", "boolean"),
    ...PROVENANCE,
  ],
  Trust: [
    C("id", "int"),
    C("slug", "text"),
    C("name", "text"),
    C("shortName", "text"),
    C("odsCode", "text"),
    C("isRolloutTarget", "boolean"),
    C("notes", "text"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
    C("updatedAt", "timestamp(3)"),
  ],
  Site: [C("id", "int"), C("trustId", "int"), C("name", "text")],
  GoLive: [
    C("id", "int"),
    C("trustId", "int"),
    C("configurationId", "int"),
    C("scope", "text"),
    C("notes", "text"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
    C("updatedAt", "timestamp(3)"),
  ],
  GoLivePlan: [
    C("id", "int"),
    C("goLiveId", "int"),
    C("sequence", "int"),
    C("plannedOn", "date"),
    C("plannedPrecision", PRECISION),
    C("plannedLabel", "text"),
    C("announcedOn", "date"),
    C("announcedPrecision", PRECISION),
    C("reason", "text"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
  ],
  GoLiveActual: GO_LIVE_ACTUAL_COLUMNS,
  Acceptance: [
    C("id", "int"),
    C("goLiveId", "int"),
    C("acceptedOn", "date"),
    C("precision", PRECISION),
    C("note", "text"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
  ],
  Decision: [
    C("id", "int"),
    C("key", "text"),
    C("kind", '"DecisionKind"'),
    C("title", "text"),
    C("decidedOn", "date"),
    C("decidedPrecision", PRECISION),
    C("reportedOn", "date"),
    C("body", "text"),
    C("scope", '"DecisionScope"'),
    C("rationale", "text"),
    C("liftsId", "int"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
  ],
  Problem: [
    C("id", "int"),
    C("trustId", "int"),
    C("goLiveId", "int"),
    C("reportedOn", "date"),
    C("precision", PRECISION),
    C("description", "text"),
    ...PROVENANCE,
    C("createdAt", "timestamp(3)"),
  ],
  AuditEvent: [
    C("id", "bigint"),
    C("occurredAt", "timestamp(3)"),
    C("actor", "text"),
    C("actorId", "text"),
    C("action", "text"),
    C("entity", "text"),
    C("entityId", "text"),
    C("outcome", "text"),
    C("before", "jsonb"),
    C("after", "jsonb"),
  ],
  link: [C("A", "int"), C("B", "int")],
} as const;

/** The tables the generator fills, emptied by --replace (join tables go with them: CASCADE). */
const DATA_TABLES = [
  "Source",
  "Configuration",
  "Trust",
  "Site",
  "GoLive",
  "GoLivePlan",
  "GoLiveActual",
  "Acceptance",
  "Decision",
  "Problem",
  "Payment",
  "Supplier",
  "Contract",
  "ContractEvent",
  "Conflict",
  "ConflictClaim",
  "Baseline",
  "BaselineEntry",
  "AuditEvent",
  "IssuedPack",
  "Tolerance",
] as const;
/** The tables whose ids the generator gives itself, so their sequences are moved on after it: all but the issued packs, which
 * are created through Prisma (scripts/generate/issued-packs.ts) and take their ids from the sequence. */
const SERIAL_TABLES = DATA_TABLES.filter((table) => table !== "IssuedPack");

// ---------------------------------------------------------------------------------------------

export interface DatabaseState {
  /** false when the migrations have not created the tables yet */
  migrated: boolean;
  sampleData: boolean;
  generated: { scale: string; seed: number; occurredAt: string; seconds: number | null } | null;
  trusts: number;
}

export async function inspectDatabase(connectionString: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await inspect(client);
  } finally {
    await client.end();
  }
}

async function inspect(client: pg.ClientBase): Promise<DatabaseState> {
  const { rows } = await client.query<{ audit: string | null; trust: string | null }>(
    `SELECT to_regclass('"AuditEvent"')::text AS audit, to_regclass('"Trust"')::text AS trust`,
  );
  if (!rows[0]?.audit || !rows[0]?.trust) return { migrated: false, sampleData: false, generated: null, trusts: 0 };
  const sample = await client.query(`SELECT 1 FROM "AuditEvent" WHERE action = $1 LIMIT 1`, [SAMPLE_DATA_ACTION]);
  const marker = await client.query<{ scale: string; seed: string; occurredAt: Date; seconds: string | null }>(
    `SELECT after->>'scale' AS scale, after->>'seed' AS seed, after->>'seconds' AS seconds, "occurredAt" FROM "AuditEvent" WHERE action = $1 ORDER BY id DESC LIMIT 1`,
    [MARKER_ACTION],
  );
  const trusts = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Trust"`);
  const m = marker.rows[0];
  return {
    migrated: true,
    sampleData: (sample.rowCount ?? 0) > 0,
    generated: m
      ? { scale: m.scale, seed: Number(m.seed), occurredAt: m.occurredAt.toISOString(), seconds: m.seconds === null ? null : Number(m.seconds) }
      : null,
    trusts: trusts.rows[0]?.n ?? 0,
  };
}

function refusal(state: DatabaseState, replace: boolean): string | null {
  if (state.sampleData) {
    return (
      "This database holds the sample data (the public record): generated data is never mixed into it. " +
      "Use an empty database, e.g. `createdb rollout_national` and --database-url postgresql://…/rollout_national."
    );
  }
  if (state.generated && !replace) {
    return (
      `This database already holds generated data (scale ${state.generated.scale}, seed ${state.generated.seed}, made ${state.generated.occurredAt}). ` +
      "Add --replace to delete it (and its audit trail) and generate again, or use another database."
    );
  }
  if (!state.generated && state.trusts > 0) {
    return `This database holds ${state.trusts} trust(s) that neither the sample data nor this generator wrote. Use an empty database.`;
  }
  return null;
}

export type Counts = Record<string, number>;

export interface GenerateOptions {
  connectionString: string;
  scale: Scale;
  seed: number;
  replace?: boolean;
  log?: (message: string) => void;
}

export interface GenerateResult {
  counts: Counts;
  seconds: number;
  replaced: boolean;
}

export async function generateNationalData(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const replace = options.replace ?? false;

  const before = await inspectDatabase(options.connectionString);
  const refused = refusal(before, replace);
  if (refused) throw new RefusedError(refused);

  const migrations = await applyMigrations(options.connectionString);
  log(`migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied} already in place`);

  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  let counts: Counts;
  let replaced = false;
  try {
    await client.query("BEGIN");
    // Durability of each commit does not matter while filling a scratch database; speed does.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    // The record's version triggers (migration record_version) fire at once, not at the commit: indexes are
    // dropped and made again inside this transaction, which PostgreSQL refuses while trigger events are pending.
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${MARKER_ACTION}'))`);
    // Checked again under the lock: another process may have filled it in the meantime.
    const state = await inspect(client);
    const refusedNow = refusal(state, replace);
    if (refusedNow) throw new RefusedError(refusedNow);
    if (state.generated) {
      await client.query(`TRUNCATE ${DATA_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
      replaced = true;
      log(`deleted the generated data (scale ${state.generated.scale}, seed ${state.generated.seed}) and the audit trail (--replace)`);
    }
    counts = await writeData(client, options.scale, options.seed, log);
    for (const table of SERIAL_TABLES) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT max(id) FROM "${table}"), 1), (SELECT max(id) IS NOT NULL FROM "${table}"))`,
      );
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    await client.query(`INSERT INTO "AuditEvent" (actor, action, entity, after) VALUES ('system:national-data', $1, 'NationalData', $2)`, [
      MARKER_ACTION,
      JSON.stringify({ scale: options.scale, seed: options.seed, counts, seconds, generator: "scripts/generate-national.ts" }),
    ]);
    // Written around the forms, so the derived status spans no longer follow the facts: the next start
    // (or npm run db:rebuild-derived) rebuilds them (docs/decisions/015).
    await client.query(`DELETE FROM "DerivedState"`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  // Fresh statistics, so the first queries on the new data get sensible plans.
  const analyse = new pg.Client({ connectionString: options.connectionString });
  await analyse.connect();
  try {
    const t = performance.now();
    await analyse.query(`ANALYZE ${[...SERIAL_TABLES, "_GoLivePlanToSource", "_DecisionTrusts"].map((x) => `"${x}"`).join(", ")}`);
    log(`analysed the tables in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await analyse.end();
  }
  // Issued board packs, read and rendered by the app from the data just committed.
  const t = performance.now();
  counts.issuedPacks = await writeIssuedPacks(options.connectionString);
  log(`issued ${counts.issuedPacks} board packs in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { counts, seconds: (performance.now() - started) / 1000, replaced };
}

/**
 * Runs the work with the table's secondary indexes dropped, then creates them again from their own
 * definitions (read from the catalogue, so they stay exactly as the migrations made them): building an
 * index once is much faster than updating it row by row. Indexes behind constraints (keys) stay.
 * Inside the caller's transaction: if anything fails, the indexes come back with the rollback.
 */
async function withIndexesBuiltAfter<T>(client: pg.ClientBase, table: string, work: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ drop: string; create: string }>(
    `SELECT format('DROP INDEX %I.%I', n.nspname, i.relname) AS drop, pg_get_indexdef(i.oid) AS create
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE x.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [`"${table}"`],
  );
  for (const r of rows) await client.query(r.drop);
  const result = await work();
  for (const r of rows) await client.query(r.create);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The data itself.

export interface TrustRow {
  id: number;
  slug: string;
  name: string;
  short: string;
  town: string;
  certainty: Certainty;
  goLives: GoLiveRow[];
}
export interface GoLiveRow {
  id: number;
  trustId: number;
  start: number;
  end: number;
  plans: number;
  wentLive: number | null;
  scope: string;
  configuration: string | null;
  certainty: Certainty;
  /** the go-live's own source */
  sourceId: number;
  /** kept in memory for the baselines (scripts/generate/extras.ts), in sequence order */
  planFacts: MemPlan[];
  actuals: MemActual[];
}

async function writeData(client: pg.ClientBase, scale: Scale, seed: number, log: (m: string) => void): Promise<Counts> {
  const size = SCALES[scale];
  const root = new Prng(seed);
  const counts: Counts = {};
  const step = async (label: string, work: () => Promise<number | Counts>) => {
    const t = performance.now();
    const result = await work();
    const n = typeof result === "number" ? { [label]: result } : result;
    Object.assign(counts, n);
    log(
      `${Object.entries(n)
        .map(([k, v]) => `${k} ${v.toLocaleString("en-GB")}`)
        .join(", ")} (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  };

  // Sources: about 200, each fact below cites one of them.
  const sourceIds: number[] = [];
  const sources = new Map<number, { key: string; title: string; publisher: string; publishedOn: string; precision: Precision; url: string | null }>();
  await step("sources", () => {
    const rng = root.fork("sources");
    const rows: Cell[][] = [];
    for (let i = 1; i <= size.sources; i++) {
      const day = rng.int(FIRST_DAY, LAST_DAY);
      const precision: Precision = rng.chance(0.85) ? "DAY" : "MONTH";
      const key = `gen-src-${pad(i, 4)}`;
      const title = fill(rng, rng.pick(W.SOURCE_TITLES), { short: rng.pick(W.TOWNS), month: monthName(day), year: String(yearOf(day)) });
      const publisher = rng.pick(W.PUBLISHERS);
      const url = rng.chance(0.8) ? `https://www.example.org/national-record/${key}` : null;
      rows.push([i, key, title, publisher, isoOf(periodStart(day, precision)), precision, url, GENERATED_AT]);
      sourceIds.push(i);
      sources.set(i, { key, title, publisher, publishedOn: isoOf(periodStart(day, precision)), precision, url });
    }
    return insertAll(client, "Source", COLS.Source, rows);
  });
  const srcRng = root.fork("source-links");
  const someSource = () => srcRng.pick(sourceIds);

  // The four configurations of the sample, by code.
  const configurationIds: Record<string, number> = {};
  await step("configurations", async () => {
    const rows = CONFIGURATIONS.map((c, i) => {
      configurationIds[c.code] = i + 1;
      return [
        i + 1,
        c.code,
        c.name,
        c.description,
        c.includesSmartcards,
        c.includesSpineLink,
        c.certainty,
        "certaintyNote" in c ? c.certaintyNote : null,
      ] as Cell[];
    });
    const n = await insertAll(client, "Configuration", COLS.Configuration, rows);
    await insertAll(
      client,
      "_ConfigurationToSource",
      COLS.link,
      rows.map((r) => [r[0] as number, someSource()]),
    );
    return n;
  });

  // Organisations: "<Town> Hospitals NHS Trust" and the like, slugs org-0001…
  const trusts: TrustRow[] = [];
  await step("trusts", async () => {
    const rng = root.fork("trusts");
    const names = new Set<string>();
    const rows: Cell[][] = [];
    const sites: Cell[][] = [];
    const links: Cell[][] = [];
    for (let id = 1; id <= size.organisations; id++) {
      let name = "";
      let short = "";
      let town = "";
      for (let attempt = 0; attempt < 1_000 && (name === "" || names.has(name)); attempt++) {
        const [pattern, shortPattern] = rng.pick(W.ORGANISATION_PATTERNS);
        town = rng.pick(W.TOWNS);
        const saint = rng.pick(W.SAINTS);
        name = pattern.replace("{t}", town).replace("{s}", saint);
        short = shortPattern.replace("{t}", town).replace("{s}", saint);
      }
      if (names.has(name)) {
        name = `${name} (${id})`;
        short = `${short} (${id})`;
      }
      names.add(name);
      const certainty = certaintyOf(rng);
      const ods = rng.chance(0.85)
        ? `R${String.fromCharCode(65 + rng.int(0, 25))}${rng.pick(["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R", "T", "V", "W", "X", "Y", "1", "2", "3"])}`
        : null;
      const notes = rng.chance(0.3) ? `Wave ${rng.int(1, 6)} of the national deployment.` : null;
      rows.push([id, `org-${pad(id, 4)}`, name, short, ods, true, notes, certainty, certaintyNote(rng, certainty), GENERATED_AT, GENERATED_AT]);
      const siteNames = new Set<string>();
      for (let s = rng.int(1, 3); s > 0; s--) siteNames.add(rng.pick(W.SITE_PATTERNS).replace("{t}", town).replace("{s}", rng.pick(W.SAINTS)));
      for (const siteName of siteNames) sites.push([sites.length + 1, id, siteName]);
      links.push([someSource(), id]);
      trusts.push({ id, slug: `org-${pad(id, 4)}`, name, short, town, certainty, goLives: [] });
    }
    const n = await insertAll(client, "Trust", COLS.Trust, rows);
    const s = await insertAll(client, "Site", COLS.Site, sites);
    await insertAll(client, "_SourceToTrust", COLS.link, links);
    return { trusts: n, sites: s };
  });

  // Go-lives: about one per organisation, a quarter of them in two phases.
  const goLives: GoLiveRow[] = [];
  await step("goLives", async () => {
    const rng = root.fork("go-lives");
    const rows: Cell[][] = [];
    for (const trust of trusts) {
      const scopes = rng.chance(0.25) ? ["Phase 1: patient administration", "Phase 2: clinical documentation"] : ["Whole trust"];
      let start = rng.int(FIRST_DAY, dayOf(2009, 6, 30));
      for (const scope of scopes) {
        const id = goLives.length + 1;
        const end = rng.int(Math.min(start + 730, LAST_DAY - 120), LAST_DAY - 90);
        const code = rng.weighted({ LC0: 10, LC1: 25, NDM: 55, OWN: 5, none: 5 });
        const certainty = certaintyOf(rng);
        const notes = rng.chance(0.2) ? fill(rng, 'Cutover over a weekend; {n} staff trained, "go/no-go" on the Friday') : null;
        rows.push([
          id,
          trust.id,
          code === "none" ? null : configurationIds[code]!,
          scope,
          notes,
          certainty,
          certaintyNote(rng, certainty),
          GENERATED_AT,
          GENERATED_AT,
        ]);
        const g: GoLiveRow = {
          id,
          trustId: trust.id,
          start,
          end,
          plans: 0,
          wentLive: null,
          scope,
          configuration: code === "none" ? null : code,
          certainty,
          sourceId: 0,
          planFacts: [],
          actuals: [],
        };
        goLives.push(g);
        trust.goLives.push(g);
        start = Math.min(start + rng.int(180, 720), LAST_DAY - 900);
      }
    }
    const n = await insertAll(client, "GoLive", COLS.GoLive, rows);
    await insertAll(
      client,
      "_GoLiveToSource",
      COLS.link,
      rows.map((r) => {
        const g = goLives[(r[0] as number) - 1]!;
        g.sourceId = someSource();
        return [g.id, g.sourceId];
      }),
    );
    return n;
  });

  // Plans and re-plans: the total shared out unevenly between the go-lives, each go-live's plans
  // announced in order between its start and end, each planned some months after its announcement.
  await step("goLivePlans", () =>
    withIndexesBuiltAfter(client, "GoLivePlan", async () => {
      const rng = root.fork("plans");
      const weights = goLives.map(() => 0.3 + rng.next() * 1.4);
      const total = weights.reduce((a, b) => a + b, 0);
      for (const [i, g] of goLives.entries()) g.plans = Math.max(1, Math.floor((size.plans * weights[i]!) / total));
      let rest = size.plans - goLives.reduce((a, g) => a + g.plans, 0);
      for (let i = 0; rest > 0; i = (i + 1) % goLives.length, rest--) goLives[i]!.plans++;

      const plannedPrecisionOf = rng.chooser<Precision>({ DAY: 35, MONTH: 40, QUARTER: 15, YEAR: 10 });
      const plans = new BulkWriter(client, "GoLivePlan", COLS.GoLivePlan);
      // One COPY at a time on a connection: the links are written after the plans.
      const links: Cell[][] = [];
      let id = 0;
      for (const g of goLives) {
        const announced = Array.from({ length: g.plans }, () => rng.int(g.start, g.end)).sort((a, b) => a - b);
        let lastPlanned: number | null = null;
        for (let k = 0; k < g.plans; k++) {
          id++;
          const a = announced[k]!;
          const announcedKnown = rng.chance(0.92);
          const announcedPrecision: Precision = rng.chance(0.8) ? "DAY" : "MONTH";
          const undated = k < g.plans - 1 && rng.chance(0.04);
          let plannedOn: string | null = null;
          let plannedPrecision: Precision | null = null;
          let label: string | null;
          if (undated) {
            label = rng.pick(["postponed; no new date", "on hold pending the review", "to be confirmed", '"indefinitely", per the trust']);
          } else {
            const planned = a + 45 + rng.int(0, 420);
            plannedPrecision = plannedPrecisionOf();
            plannedOn = isoOf(periodStart(planned, plannedPrecision));
            label = rng.chance(0.85) ? plannedLabel(rng, planned, plannedPrecision) : null;
            lastPlanned = planned;
          }
          let reason: string | null = null;
          if (rng.chance(0.006)) reason = fill(rng, rng.pick(W.FORMULA_LIKE_REASONS));
          else if (rng.chance(0.92)) reason = fill(rng, rng.pick(W.PLAN_REASONS), { month: monthName(a) });
          const certainty = certaintyOf(rng);
          const announcedOn = announcedKnown ? isoOf(periodStart(a, announcedPrecision)) : null;
          await plans.add([
            id,
            g.id,
            k + 1,
            plannedOn,
            plannedPrecision,
            label,
            announcedOn,
            announcedKnown ? announcedPrecision : null,
            reason,
            certainty,
            certaintyNote(rng, certainty),
            `${isoOf(a)} 09:00:00`,
          ]);
          const sourceId = someSource();
          links.push([id, sourceId]);
          g.planFacts.push({
            id,
            sequence: k + 1,
            plannedOn,
            plannedPrecision,
            plannedLabel: label,
            announcedOn,
            announcedPrecision: announcedKnown ? announcedPrecision : null,
            certainty,
            recordedOn: isoOf(a),
            sourceId,
          });
        }
        // Most go-lives happened, around the last plan's date and after its announcement.
        if (rng.chance(0.8)) g.wentLive = Math.min(Math.max((lastPlanned ?? g.end + 60) + rng.int(0, 21), g.end + 1), LAST_DAY);
      }
      const n = await plans.finish();
      await withIndexesBuiltAfter(client, "_GoLivePlanToSource", () => insertAll(client, "_GoLivePlanToSource", COLS.link, links));
      return n;
    }),
  );

  await step("goLiveActuals", async () => {
    const rng = root.fork("actuals");
    const actuals: Cell[][] = [];
    const acceptances: Cell[][] = [];
    for (const g of goLives) {
      if (g.wentLive === null) continue;
      const precision: Precision = rng.chance(0.92) ? "DAY" : "MONTH";
      const certainty = certaintyOf(rng);
      const note = rng.chance(0.4)
        ? fill(
            rng,
            rng.pick([
              "PAS switched over on a weekend; outpatients followed {n} days later",
              'Go-live "successful", said the trust, with {n} issues logged',
              "A&E went live first, then wards",
            ]),
          )
        : null;
      const on = isoOf(periodStart(g.wentLive, precision));
      actuals.push([actuals.length + 1, g.id, on, precision, note, certainty, certaintyNote(rng, certainty), `${isoOf(g.wentLive)} 18:00:00`]);
      if (rng.chance(0.03)) {
        actuals.push([
          actuals.length + 1,
          g.id,
          isoOf(g.wentLive + 1),
          "DAY",
          "Another source gives the next day",
          "UNCERTAIN",
          "Sources disagree by a day",
          `${isoOf(g.wentLive)} 18:00:00`,
        ]);
      }
      if (rng.chance(0.5)) {
        const accepted = Math.min(g.wentLive + rng.int(60, 400), LAST_DAY);
        const p: Precision = rng.chance(0.7) ? "DAY" : "MONTH";
        acceptances.push([
          acceptances.length + 1,
          g.id,
          isoOf(periodStart(accepted, p)),
          p,
          rng.chance(0.3) ? "Certified fit for purpose by the trust board" : null,
          "SINGLE_SOURCE",
          null,
          `${isoOf(accepted)} 12:00:00`,
        ]);
      }
    }
    const a = await insertAll(client, "GoLiveActual", COLS.GoLiveActual, actuals);
    await insertAll(
      client,
      "_GoLiveActualToSource",
      COLS.link,
      actuals.map((r) => {
        const sourceId = someSource();
        goLives[(r[1] as number) - 1]!.actuals.push({
          id: r[0] as number,
          wentLiveOn: r[2] as string,
          precision: r[3] as Precision,
          note: r[4] as string | null,
          certainty: r[5] as Certainty,
          certaintyNote: r[6] as string | null,
          recordedOn: (r[7] as string).slice(0, 10),
          sourceId,
        });
        return [r[0] as number, sourceId];
      }),
    );
    const b = await insertAll(client, "Acceptance", COLS.Acceptance, acceptances);
    await insertAll(
      client,
      "_AcceptanceToSource",
      COLS.link,
      acceptances.map((r) => [r[0] as number, someSource()]),
    );
    return { goLiveActuals: a, acceptances: b };
  });

  // Decisions: halts (most lifted by a resume that names them), recommendations, postponements,
  // withdrawals and announcements; mostly about one to five named organisations.
  const decisions: MemDecision[] = [];
  await step("decisions", async () => {
    const rng = root.fork("decisions");
    interface D {
      kind: DecisionKind;
      day: number;
      precision: Precision;
      trusts: TrustRow[];
      allTrusts: boolean;
      lifts: number | null;
      order: number;
    }
    const list: D[] = [];
    const named = () => rng.sample(trusts, rng.chance(0.4) ? 1 : rng.int(2, 5));
    while (list.length < size.decisions) {
      const kind = rng.weighted({ HALT: 12, RECOMMEND: 18, POSTPONE: 30, WITHDRAW: 3, ANNOUNCE: 25 }) as DecisionKind;
      const day = rng.int(FIRST_DAY, LAST_DAY - 300);
      const allTrusts = (kind === "ANNOUNCE" || kind === "RECOMMEND") && rng.chance(0.05);
      const d: D = {
        kind,
        day,
        precision: rng.weighted({ DAY: 70, MONTH: 25, QUARTER: 5 }),
        trusts: allTrusts ? [] : named(),
        allTrusts,
        lifts: null,
        order: list.length,
      };
      list.push(d);
      if (kind === "HALT" && list.length < size.decisions && rng.chance(0.85)) {
        // At least 32 days later and never to a quarter, so the resume's stored date is after the halt's.
        list.push({
          kind: "RESUME",
          day: day + rng.int(32, 270),
          precision: rng.chance(0.75) ? "DAY" : "MONTH",
          trusts: d.trusts,
          allTrusts: false,
          lifts: d.order,
          order: list.length,
        });
      }
    }
    // Ids in date order, so a halt's id is below its resume's.
    const sorted = list.slice().sort((a, b) => a.day - b.day || a.order - b.order);
    const idOf = new Map<number, number>(sorted.map((d, i) => [d.order, i + 1]));
    const rows: Cell[][] = [];
    const decisionTrusts: Cell[][] = [];
    const links: Cell[][] = [];
    for (const [i, d] of sorted.entries()) {
      const id = i + 1;
      const body = rng.pick(W.BODIES);
      const shorts = d.trusts.map((t) => t.short);
      const who = d.allTrusts
        ? "all trusts"
        : shorts.length <= 3
          ? shorts.join(", ").replace(/, ([^,]*)$/, " and $1")
          : `${shorts.slice(0, 2).join(", ")} and ${shorts.length - 2} other trusts`;
      const title = fill(rng, rng.pick(W.DECISION_TITLES[d.kind]), { body, trusts: who });
      const start = periodStart(d.day, d.precision);
      const reportedOn = d.precision !== "DAY" && rng.chance(0.4) ? isoOf(d.day) : null;
      const certainty = certaintyOf(rng);
      const rationale = rng.chance(0.7) ? fill(rng, rng.pick(W.RATIONALES)) : null;
      rows.push([
        id,
        `gen-dec-${pad(id, 6)}`,
        d.kind,
        title,
        isoOf(start),
        d.precision,
        reportedOn,
        body,
        d.allTrusts ? "ALL_LONDON" : "NAMED_TRUSTS",
        rationale,
        d.lifts === null ? null : idOf.get(d.lifts)!,
        certainty,
        certaintyNote(rng, certainty),
        `${isoOf(d.day)} 12:00:00`,
      ]);
      for (const t of d.trusts) decisionTrusts.push([id, t.id]);
      const sourceId = rng.chance(0.9) ? someSource() : null;
      if (sourceId !== null) links.push([id, sourceId]);
      decisions.push({
        id,
        key: `gen-dec-${pad(id, 6)}`,
        kind: d.kind,
        title,
        decidedOn: isoOf(start),
        precision: d.precision,
        reportedOn,
        body,
        scope: d.allTrusts ? "ALL_LONDON" : "NAMED_TRUSTS",
        rationale,
        liftsId: d.lifts === null ? null : idOf.get(d.lifts)!,
        certainty,
        trustIds: d.trusts.map((t) => t.id),
        recordedOn: isoOf(d.day),
        sourceId,
      });
    }
    const n = await insertAll(client, "Decision", COLS.Decision, rows);
    const t = await insertAll(client, "_DecisionTrusts", COLS.link, decisionTrusts);
    await insertAll(client, "_DecisionToSource", COLS.link, links);
    return { decisions: n, decisionTrusts: t };
  });

  await step("problems", async () => {
    const rng = root.fork("problems");
    const rows: Cell[][] = [];
    for (let id = 1; id <= size.problems; id++) {
      const trust = rng.pick(trusts);
      const g = trust.goLives.length > 0 && rng.chance(0.85) ? rng.pick(trust.goLives) : null;
      const raw = g?.wentLive != null ? Math.min(g.wentLive + rng.int(0, 720), LAST_DAY) : rng.int(dayOf(2005, 1, 1), LAST_DAY);
      const precision: Precision = rng.weighted({ DAY: 60, MONTH: 35, QUARTER: 5 });
      const certainty = certaintyOf(rng);
      rows.push([
        id,
        trust.id,
        g?.id ?? null,
        isoOf(periodStart(raw, precision)),
        precision,
        fill(rng, rng.pick(W.PROBLEM_DESCRIPTIONS)),
        certainty,
        certaintyNote(rng, certainty),
        `${isoOf(raw)} 12:00:00`,
      ]);
    }
    const n = await insertAll(client, "Problem", COLS.Problem, rows);
    await insertAll(
      client,
      "_ProblemToSource",
      COLS.link,
      rows.map((r) => [r[0] as number, someSource()]),
    );
    return n;
  });

  // The audit trail: ten years of changes by a pool of 200 people, some far busier than others.
  await step("auditEvents", () =>
    withIndexesBuiltAfter(client, "AuditEvent", async () => {
      const rng = root.fork("audit");
      const actors: string[] = [];
      const seen = new Set<string>();
      while (actors.length < 200) {
        let email = `${rng.pick(W.FIRST_NAMES)}.${rng.pick(W.LAST_NAMES)}`.toLowerCase().replace(/\s+/g, "");
        if (seen.has(email)) email = `${email}${rng.int(2, 99)}`;
        if (seen.has(email)) continue;
        seen.add(email);
        actors.push(`${email}@example.nhs.uk`);
      }
      const { rows: maxRows } = await client.query<{ max: string | null }>(`SELECT max(id)::text AS max FROM "AuditEvent"`);
      let id = Number(maxRows[0]?.max ?? 0);
      const writer = new BulkWriter(client, "AuditEvent", COLS.AuditEvent);
      const t0 = Date.UTC(2005, 0, 1, 8);
      const t1 = Date.UTC(2014, 11, 31, 18);
      const meanStep = (t1 - t0) / size.auditEvents;
      let t = t0;
      const roles = ["VIEWER", "ANALYST", "PROGRAMME_MANAGER", "BOARD_MEMBER", "ADMIN"] as const;
      const hex = () => Array.from({ length: 4 }, () => rng.int(0, 0xffff).toString(16).padStart(4, "0")).join("");
      const date = () => isoOf(rng.int(FIRST_DAY, LAST_DAY));
      const totalActuals = counts.goLiveActuals ?? 1;
      const actionOf = rng.chooser({
        "go-live.replan": 35,
        "problem.record": 15,
        "decision.record": 10,
        "source.add": 8,
        "go-live.record-actual": 5,
        "acceptance.record": 3,
        "user.set-roles": 5,
        "user.invite": 2,
        "user.deactivate": 1,
        "user.reactivate": 1,
      });
      for (let i = 0; i < size.auditEvents; i++) {
        t = Math.min(t + rng.next() * 2 * meanStep, t1);
        const occurredAt = new Date(Math.floor(t)).toISOString().replace("T", " ").slice(0, 23);
        const actor = actors[Math.floor(actors.length * rng.next() ** 1.6)]!;
        const action = actionOf();
        let entity: string;
        let entityId: string;
        let before: unknown = null;
        let after: unknown;
        switch (action) {
          case "go-live.replan": {
            entity = "GoLivePlan";
            entityId = String(rng.int(1, size.plans));
            const p = rng.pick(["DAY", "MONTH", "QUARTER", "YEAR"] as const);
            before = rng.chance(0.7) ? { plannedOn: date(), plannedPrecision: p } : null;
            after = { goLiveId: rng.int(1, goLives.length), plannedOn: date(), plannedPrecision: p, reason: fill(rng, rng.pick(W.PLAN_REASONS)) };
            break;
          }
          case "problem.record":
            entity = "Problem";
            entityId = String(rng.int(1, size.problems));
            after = { trustId: rng.int(1, trusts.length), reportedOn: date(), description: fill(rng, rng.pick(W.PROBLEM_DESCRIPTIONS)) };
            break;
          case "decision.record":
            entity = "Decision";
            entityId = String(rng.int(1, size.decisions));
            after = {
              kind: rng.pick(["HALT", "RESUME", "RECOMMEND", "POSTPONE", "WITHDRAW", "ANNOUNCE"]),
              decidedOn: date(),
              trustIds: [rng.int(1, trusts.length)],
            };
            break;
          case "source.add":
            entity = "Source";
            entityId = String(rng.int(1, size.sources));
            after = { publisher: rng.pick(W.PUBLISHERS), title: fill(rng, rng.pick(W.SOURCE_TITLES), { short: rng.pick(W.TOWNS) }) };
            break;
          case "go-live.record-actual":
            entity = "GoLiveActual";
            entityId = String(rng.int(1, Math.max(1, totalActuals)));
            after = { wentLiveOn: date(), precision: "DAY", certainty: certaintyOf(rng) };
            break;
          case "acceptance.record":
            entity = "Acceptance";
            entityId = String(rng.int(1, 1_000));
            after = { acceptedOn: date(), precision: "MONTH" };
            break;
          case "user.invite":
            entity = "Invitation";
            entityId = hex();
            after = { email: rng.pick(actors), roles: [rng.pick(roles)] };
            break;
          case "user.set-roles":
            entity = "User";
            entityId = hex();
            before = { roles: [rng.pick(roles)] };
            after = { roles: rng.sample(roles, rng.int(1, 2)) };
            break;
          default:
            entity = "User";
            entityId = hex();
            before = { deactivatedAt: action === "user.deactivate" ? null : occurredAt };
            after = { deactivatedAt: action === "user.deactivate" ? occurredAt : null };
        }
        const outcome = rng.chance(0.01) ? "CONFLICT" : "APPLIED";
        await writer.add([
          ++id,
          occurredAt,
          actor,
          null,
          action,
          entity,
          entityId,
          outcome,
          before === null ? null : JSON.stringify(before),
          JSON.stringify(after),
        ]);
      }
      return writer.finish();
    }),
  );

  // Money, contracts, disputes and baselines: after everything above, each from its own fork of the
  // seed, so that adding them changed none of the rows above.
  const record: GeneratedRecord = { trusts, goLives, decisions, sources };
  await writeExtras(client, { root, scale, size, record, step });

  return counts;
}
