// `npm run bench:pages -- [--scale sample,national] [--runs 5] [--slow-runs 1] [--pages overview,trust,…]
//                        [--timeout 120] [--database-url URL] [--port 3300] [--clients 20] [--seconds 20]
//                        [--no-concurrency] [--seed N] [--replace] [--write-docs] [--label before]`
//
// Every page of the app (app/**/page.tsx), as the people who use it ask for it, on the seeded sample data
// and on the generated national data (scripts/generate/national.ts), against the app as it runs in
// production (the launcher, `next start`, PostgreSQL):
//  - each page: one warm-up, then --runs runs, each followed by `GET /api/health` in the same run; the
//    median time to the last byte, next-server's CPU per request (utime + stime from /proc/<pid>/stat
//    before and after), its peak memory growth (VmRSS sampled every 20 ms) and the HTML's size;
//  - the overview under --clients concurrent clients for --seconds, beside /api/health under the same;
//  - a table, the issue 11 goals checked, and with --write-docs a "Pages" section in docs/benchmarks.md
//    (its own section, between markers: the export benchmark's stays as it is).
// A page slower than --timeout is reported as "over N s" and the next waits until the server is idle.
// Each scale's results are also kept in .data/bench-pages/<scale>.json, so that --pages can re-measure
// some pages and --write-docs still shows all of them (each with the date it was measured).
// A script, not a test: CI runs `--scale small --runs 1` as a smoke run (it fails when a page fails).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { DEFAULT_SEED, generateNationalData, inspectDatabase, RefusedError } from "./generate/national";
import { commandLine, DOC_SECTIONS, fmtInt, fmtMB, fmtSeconds, fmtSize, gitCommit, LoadWatch, machine, median, writeDocSection } from "./support/bench-report";
import {
  cpuSeconds,
  ensureDatabase,
  MemorySampler,
  serverAlive,
  setLog,
  startServer,
  stopServer,
  stopServerOnExit,
  waitUntilIdle,
  type Server,
} from "./support/bench-server";
import { signInOverHttp } from "./support/sign-in-over-http";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../lib/auth/demo-people";
import { eachArgument, fail, wholeNumber } from "./support/args";

const root = process.cwd();
const SCALES = ["sample", "small", "national", "embedded"] as const;
type BenchScale = (typeof SCALES)[number];
const GOALS = { healthRatio: 10, sampleRatio: 2, cpuSeconds: 0.1, memoryMB: 50, concurrencyShare: 0.25 };

const USAGE = `usage: tsx scripts/bench-pages.ts [options]

  --scale          sample, national, small or embedded, or a comma list (default sample,national): sample is
                   the seeded sample data, national and small the generated data (small is 1/100, for CI),
                   embedded the sample data on the embedded database (PGlite, in memory), as \`npm start\`
                   runs with no DATABASE_URL
  --runs           measured runs of each page after one warm-up (default 5)
  --slow-runs      runs of the pages marked slow (none at present), with no warm-up, on generated
                   data (default 1)
  --pages          a comma list of page names (default: every page; --list prints them)
  --timeout        seconds a request may take before it is reported as "over N s" (default 120)
  --database-url   the database, when one scale is measured (default: DATABASE_URL for one scale,
                   else postgresql://rollout:rollout@127.0.0.1:5432/rollout_bench_pages_<scale>, created if missing)
  --port           where the app listens (default 3300)
  --clients        concurrent clients for the overview and /api/health (default 20)
  --seconds        how long each runs under them (default 20)
  --no-warm-up     no warm-up request before a page's runs (at national scale one request takes a minute,
                   and a warm-up makes no difference to it)
  --no-concurrency skip the concurrency measure
  --seed           the generator's seed (default ${DEFAULT_SEED}); --replace regenerates other data
  --docs-only      measure nothing: write docs/benchmarks.md from the kept results (--write-docs implied)
  --write-docs     write the Pages section of docs/benchmarks.md from the kept results
  --label          the section's label: before, after or latest (default latest)
  --list           print the pages and exit`;

// ---------------------------------------------------------------------------------------------
// The pages

type Role = "viewer" | "analyst" | "manager" | "board" | "admin";

/** What a page's address needs from the data: found in the database before the run (resolveContext). */
interface Context {
  trust: string;
  goLiveId: number;
  halt: string | null;
  resume: string | null;
  whatIfDate: string | null;
  baseline: string | null;
  userId: string | null;
  pack: string | null;
}

interface PageSpec {
  name: string;
  /** null: the data has nothing this page shows (the reason is `missing`) */
  path: (c: Context) => string | null;
  missing?: string;
  /** who asks for it (null: nobody signed in) */
  as: Role | null;
  /** minutes at national scale before issue 11: fewer runs, no warm-up */
  slow?: boolean;
}

export const PAGES: PageSpec[] = [
  { name: "overview", path: () => "/?asOf=2009-02-11", as: "analyst" },
  { name: "trusts", path: () => "/trusts?asOf=2009-02-11", as: "viewer" },
  { name: "trust", path: (c) => `/trusts/${c.trust}?asOf=2009-02-11`, as: "viewer" },
  { name: "timeline", path: () => "/timeline?asOf=2010-06-01", as: "viewer" },
  { name: "decisions", path: () => "/decisions?asOf=2009-02-11", as: "viewer" },
  { name: "decision", path: (c) => (c.halt ? `/decisions/${c.halt}?asOf=2010-06-01` : null), missing: "no halt in the data", as: "viewer" },
  { name: "problems", path: () => "/problems?asOf=2010-06-01", as: "viewer" },
  { name: "payments", path: () => "/payments?asOf=2010-06-01", as: "viewer" },
  { name: "contracts", path: () => "/contracts?asOf=2011-06-01", as: "viewer" },
  { name: "conflicts", path: () => "/conflicts", as: "viewer" },
  { name: "sources", path: () => "/sources?asOf=2009-02-11", as: "viewer" },
  { name: "exports", path: () => "/exports", as: "analyst" },
  { name: "board", path: () => "/board", as: "board" },
  { name: "board-compare", path: () => "/board/compare?on=2008-10-30&asOf=2010-06-01", as: "board" },
  {
    name: "board-compare-baseline",
    path: (c) => (c.baseline ? `/board/compare?baseline=${c.baseline}&asOf=2010-06-01` : null),
    missing: "no baseline taken in the data",
    as: "board",
  },
  { name: "board-timeline", path: () => "/board/timeline?on=2008-10-30", as: "board" },
  { name: "board-trends", path: () => "/board/trends?asOf=2010-06-01&interval=month", as: "board" },
  { name: "board-promises", path: () => "/board/promises?asOf=2010-06-01", as: "board" },
  { name: "board-tolerances", path: () => "/board/tolerances?asOf=2010-06-01", as: "board" },
  { name: "board-tolerances-new", path: () => "/board/tolerances/new", as: "board" },
  { name: "board-baselines", path: () => "/board/baselines", as: "board" },
  { name: "board-baselines-new", path: () => "/board/baselines/new", as: "board" },
  // No page is marked slow since the board's pages read only what their rules read (docs/decisions/016):
  // the decision costs and the board pack took minutes, and had one run each with no warm-up.
  { name: "board-costs", path: () => "/board/costs?asOf=2010-06-01", as: "board" },
  { name: "board-pack", path: () => "/board/pack?from=2008-10-01&to=2009-02-11", as: "board" },
  { name: "board-packs", path: () => "/board/packs", as: "board" },
  { name: "board-pack-issued", path: (c) => (c.pack ? `/board/packs/${c.pack}` : null), missing: "no issued pack in the data", as: "board" },
  { name: "board-pack-issued-changes", path: (c) => (c.pack ? `/board/packs/${c.pack}/changes` : null), missing: "no issued pack in the data", as: "board" },
  { name: "board-pack-issued-compare", path: (c) => (c.pack ? `/board/packs/${c.pack}/compare` : null), missing: "no issued pack in the data", as: "board" },
  {
    name: "board-what-if",
    path: (c) => (c.resume && c.whatIfDate ? `/board/what-if?move=decision&decision=${c.resume}&date=${c.whatIfDate}&asOf=2010-06-01` : null),
    missing: "no resume of a halt in the data",
    as: "board",
  },
  { name: "decision-new", path: () => "/decisions/new", as: "board" },
  { name: "source-new", path: () => "/sources/new", as: "manager" },
  { name: "replan", path: (c) => `/trusts/${c.trust}/go-lives/${c.goLiveId}/replan`, as: "manager" },
  { name: "go-live-record", path: (c) => `/trusts/${c.trust}/go-lives/${c.goLiveId}/go-live`, as: "manager" },
  { name: "acceptance-record", path: (c) => `/trusts/${c.trust}/go-lives/${c.goLiveId}/acceptance`, as: "manager" },
  { name: "problem-new", path: (c) => `/trusts/${c.trust}/problems/new`, as: "manager" },
  // The read API (decision 022), as a script reads it; the analyst's session stands in for a token (the same checks)
  { name: "api-overview", path: () => "/api/v1/overview?asOf=2009-02-11", as: "analyst" },
  { name: "api-plan-history", path: () => "/api/v1/plan-history?asOf=2010-06-01&limit=1000", as: "analyst" },
  { name: "api-plan-history-trust", path: (c) => `/api/v1/plan-history?asOf=2010-06-01&trust=${c.trust}`, as: "analyst" },
  { name: "api-decisions", path: () => "/api/v1/decisions?asOf=2010-06-01", as: "analyst" },
  { name: "api-go-live-actuals", path: () => "/api/v1/go-live-actuals?asOf=2010-06-01", as: "analyst" },
  { name: "api-promises", path: () => "/api/v1/promises?asOf=2010-06-01", as: "analyst" },
  { name: "api-audit", path: () => "/api/v1/audit", as: "admin" },
  // What changed (decision 023): every change recorded this year, one trust's, and the feed
  { name: "changes", path: () => "/changes?from=2000-01-01", as: "viewer" },
  { name: "changes-trust", path: (c) => `/changes?from=2000-01-01&trust=${c.trust}`, as: "viewer" },
  { name: "changes-feed", path: () => "/api/v1/changes.atom", as: "viewer" },
  { name: "admin-audit", path: () => "/admin/audit", as: "admin" },
  { name: "admin-users", path: () => "/admin/users", as: "admin" },
  { name: "admin-user", path: (c) => (c.userId ? `/admin/users/${c.userId}` : null), missing: "no demo viewer account", as: "admin" },
  { name: "admin-invite", path: () => "/admin/users/invite", as: "admin" },
  { name: "not-allowed", path: () => "/not-allowed?need=users.manage", as: "viewer" },
  { name: "sign-in", path: () => "/sign-in", as: null },
  { name: "invitation", path: () => "/invitation/not-a-valid-token", as: null },
];

const EMAIL: Record<Role, string> = Object.fromEntries(Object.entries(DEMO_PEOPLE).map(([role, p]) => [role, p.email])) as Record<Role, string>;

// ---------------------------------------------------------------------------------------------
// Arguments

interface Options {
  scales: BenchScale[];
  runs: number;
  slowRuns: number;
  pages: string[] | null;
  timeout: number;
  url: string | null;
  port: number;
  clients: number;
  seconds: number;
  concurrency: boolean;
  warmUp: boolean;
  seed: number;
  replace: boolean;
  writeDocs: boolean;
  docsOnly: boolean;
  label: "before" | "after" | "latest";
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    scales: ["sample", "national"],
    runs: 5,
    slowRuns: 1,
    pages: null,
    timeout: 120,
    url: null,
    port: 3300,
    clients: 20,
    seconds: 20,
    concurrency: true,
    warmUp: true,
    seed: DEFAULT_SEED,
    replace: false,
    writeDocs: false,
    docsOnly: false,
    label: "latest",
  };
  eachArgument(argv, USAGE, (flag, value) => {
    switch (flag) {
      case "--scale": {
        const list = value()
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        for (const s of list)
          if (!(SCALES as readonly string[]).includes(s)) fail(`--scale must be sample, national, small or embedded (or a comma list), not "${s}"`);
        o.scales = [...new Set(list)] as BenchScale[];
        return true;
      }
      case "--runs":
        o.runs = wholeNumber(flag, value(), 1, 100);
        return true;
      case "--slow-runs":
        o.slowRuns = wholeNumber(flag, value(), 1, 100);
        return true;
      case "--pages": {
        const list = value()
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = list.filter((n) => !PAGES.some((p) => p.name === n));
        if (unknown.length) fail(`unknown page(s): ${unknown.join(", ")}; the pages are: ${PAGES.map((p) => p.name).join(", ")}`);
        o.pages = list;
        return true;
      }
      case "--timeout":
        o.timeout = wholeNumber(flag, value(), 1, 3_600);
        return true;
      case "--database-url":
        o.url = value();
        if (!/^postgres(ql)?:\/\//.test(o.url)) fail("The database URL must start with postgresql://");
        return true;
      case "--port":
        o.port = wholeNumber(flag, value(), 1, 65535);
        return true;
      case "--clients":
        o.clients = wholeNumber(flag, value(), 1, 200);
        return true;
      case "--seconds":
        o.seconds = wholeNumber(flag, value(), 1, 600);
        return true;
      case "--no-warm-up":
        o.warmUp = false;
        return true;
      case "--no-concurrency":
        o.concurrency = false;
        return true;
      case "--seed":
        o.seed = wholeNumber(flag, value(), 0, 0xffffffff);
        return true;
      case "--replace":
        o.replace = true;
        return true;
      case "--write-docs":
        o.writeDocs = true;
        return true;
      case "--docs-only":
        o.docsOnly = true;
        o.writeDocs = true;
        return true;
      case "--label": {
        const v = value();
        if (v !== "before" && v !== "after" && v !== "latest") fail(`--label must be before, after or latest, not "${v}"`);
        o.label = v;
        return true;
      }
      case "--list":
        for (const p of PAGES) console.log(`${p.name.padEnd(28)} ${p.as ?? "nobody"}${p.slow ? ", slow" : ""}`);
        process.exit(0);
      default:
        return false;
    }
  });
  if (o.url && o.scales.length > 1) fail("--database-url names one database: use it with one --scale");
  if (o.url && o.scales.includes("embedded")) fail("--database-url is not for --scale embedded: the launcher starts the embedded database itself");
  return o;
}

const log = (message: string) => console.log(`[bench:pages] ${message}`);
setLog(log);

// ---------------------------------------------------------------------------------------------
// The data

function databaseUrl(options: Options, scale: BenchScale): string {
  if (options.url) return options.url;
  if (options.scales.length === 1 && process.env.DATABASE_URL) return process.env.DATABASE_URL;
  return `postgresql://rollout:rollout@127.0.0.1:5432/rollout_bench_pages_${scale}`;
}

interface DataNote {
  description: string;
  counts: Record<string, number>;
  pgVersion: string;
}

/** Generated data: generate it, or reuse it when the generator's marker names the same scale and seed. */
async function prepareData(options: Options, scale: Exclude<BenchScale, "embedded">, url: string): Promise<string> {
  await ensureDatabase(url);
  const state = await inspectDatabase(url);
  if (scale === "sample") {
    if (state.generated)
      throw new RefusedError(
        `${new URL(url).pathname.slice(1)} holds generated data (scale ${state.generated.scale}): the sample scale needs a database with the sample data, or an empty one`,
      );
    return state.sampleData ? "the sample data (already loaded)" : "the sample data (loaded by the launcher at start)";
  }
  if (state.generated && state.generated.scale === scale && state.generated.seed === options.seed) {
    log(`reusing the ${scale} data (seed ${options.seed}) generated ${state.generated.occurredAt}`);
    return `\`--scale ${scale} --seed ${options.seed}\`, generated ${state.generated.occurredAt.slice(0, 16).replace("T", " ")} UTC${state.generated.seconds === null ? "" : ` in ${state.generated.seconds.toFixed(1)} s`}`;
  }
  log(`generating the ${scale} data (seed ${options.seed})…`);
  const result = await generateNationalData({ connectionString: url, scale, seed: options.seed, replace: options.replace, log: (m) => log(`  ${m}`) });
  return `\`--scale ${scale} --seed ${options.seed}\`, generated at the start of this run in ${result.seconds.toFixed(1)} s`;
}

async function dataFacts(url: string): Promise<{ counts: Record<string, number>; pgVersion: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = [
      "Trust",
      "GoLive",
      "GoLivePlan",
      "GoLiveActual",
      "Decision",
      "Problem",
      "Payment",
      "Contract",
      "ContractEvent",
      "Conflict",
      "Baseline",
      "Source",
      "AuditEvent",
    ];
    const { rows } = await client.query<Record<string, number | string>>(
      `SELECT current_setting('server_version') AS version, ${tables.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`,
    );
    const { version, ...counts } = rows[0]!;
    return { counts: counts as Record<string, number>, pgVersion: String(version) };
  } finally {
    await client.end();
  }
}

/** The trust, decision, baseline, account and issued pack the pages' addresses name. */
async function resolveContext(url: string): Promise<Context> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async <T>(sql: string): Promise<T | null> => ((await client.query(sql)).rows[0] as T | undefined) ?? null;
  try {
    // The sample's own examples where they exist (Kingston; the October 2008 halt and its resume), else the first.
    const trust = await one<{ slug: string; goLiveId: number }>(
      `SELECT t.slug, g.id AS "goLiveId" FROM "Trust" t JOIN "GoLive" g ON g."trustId" = t.id ORDER BY t.slug = 'kingston' DESC, t.id, g.id LIMIT 1`,
    );
    if (!trust) throw new Error("the database holds no trust with a go-live: is the data loaded?");
    const halt = await one<{ halt: string; resume: string; date: string }>(
      `SELECT h.key AS halt, r.key AS resume, to_char(GREATEST(h."decidedOn" + 35, r."decidedOn" - 30), 'YYYY-MM-DD') AS date
         FROM "Decision" h JOIN "Decision" r ON r."liftsId" = h.id
        WHERE h.kind = 'HALT' AND r."decidedOn" < DATE '2010-01-01'
        ORDER BY h.key = 'halt-2008-10' DESC, h."decidedOn" DESC, h.id LIMIT 1`,
    );
    const baseline = await one<{ key: string }>(`SELECT key FROM "Baseline" ORDER BY "takenAsOf", id LIMIT 1`);
    const user = await one<{ id: string }>(`SELECT id FROM "user" WHERE email = '${EMAIL.viewer}'`);
    const pack = await one<{ key: string }>(`SELECT key FROM "IssuedPack" ORDER BY "issuedAt" DESC, id DESC LIMIT 1`);
    return {
      trust: trust.slug,
      goLiveId: trust.goLiveId,
      halt: halt?.halt ?? null,
      resume: halt?.resume ?? null,
      whatIfDate: halt?.date ?? null,
      baseline: baseline?.key ?? null,
      userId: user?.id ?? null,
      pack: pack?.key ?? null,
    };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Measurement {
  /** seconds to the last byte */
  total: number;
  /** next-server's user + system CPU during the request, seconds; null when not readable */
  cpu: number | null;
  /** peak VmRSS growth during the request, bytes */
  memoryGrowth: number | null;
  bytes: number;
}

class TimedOut extends Error {}

/** One GET read to the end over a fresh connection, with next-server's CPU and memory around it. */
function measureGet(server: Server, pathname: string, cookie: string | null, timeoutSeconds: number): Promise<Measurement> {
  const port = Number(new URL(server.base).port);
  return new Promise((resolve, reject) => {
    const cpu0 = cpuSeconds(server.serverPid);
    const memory = new MemorySampler(server.serverPid);
    const start = performance.now();
    let bytes = 0;
    const headers: Record<string, string> = { Host: `localhost:${port}`, "Accept-Encoding": "identity" };
    if (cookie) headers.Cookie = cookie;
    const done = (error: Error | null) => {
      const total = (performance.now() - start) / 1000;
      const growth = memory.stop();
      const cpu1 = cpuSeconds(server.serverPid);
      if (error) reject(error);
      else resolve({ total, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, memoryGrowth: growth, bytes });
    };
    const req = http.request({ host: "127.0.0.1", port, path: pathname, agent: false, headers }, (res) => {
      const html = String(res.headers["content-type"] ?? "").startsWith("text/html");
      const kept: Buffer[] = [];
      let recent = "";
      let streamedError: string | null = null;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (res.statusCode !== 200) kept.push(chunk);
        // A page that fails after it has started streaming still says 200: Next.js then sends the
        // error's digest in the page's data (bench-export.ts looks for the same).
        if (html && !streamedError) {
          recent = recent.slice(-200) + chunk.toString("utf8");
          const m = /E\{\\?"digest\\?":\\?"([^"\\]+)|data-dgst="([^"]+)"/.exec(recent);
          if (m) streamedError = m[1] ?? m[2] ?? "?";
        }
      });
      res.on("end", () => {
        if (res.statusCode !== 200)
          done(
            new Error(
              `HTTP ${res.statusCode}${res.headers.location ? ` to ${res.headers.location}` : ""} ${Buffer.concat(kept).toString("utf8").slice(0, 200)}`,
            ),
          );
        else if (streamedError) done(new Error(`HTTP 200, but the page streamed a server error (digest ${streamedError}); see the server's log`));
        else done(null);
      });
      res.on("error", (e) => done(e));
    });
    req.setTimeout(timeoutSeconds * 1000, () => req.destroy(new TimedOut(`over ${timeoutSeconds} s`)));
    req.on("error", (e) => done(e));
    req.end();
  });
}

interface PageResult {
  name: string;
  path: string | null;
  as: Role | null;
  /** when this page was measured (results are kept per page) */
  measuredAt: string;
  /** the first view after the record changed: what the page costs to derive and render */
  runs: Measurement[];
  /** the same page again right after, the record unchanged: what a page kept for the version costs (decision 017) */
  again?: Measurement[];
  /** /api/health, each right after a run of the page */
  health: Measurement[];
  /** "over N s" when a run took longer than the timeout */
  over: number | null;
  error: string | null;
  skipped: string | null;
  warmUp: boolean;
}

/**
 * A page's runs. Before each the record's version is raised (what any change to the record does), so the
 * run is a first view that derives the page; then the page is asked for again, the record unchanged.
 */
async function measurePage(
  server: Server,
  spec: PageSpec,
  path: string | null,
  cookie: string | null,
  runs: number,
  warmUp: boolean,
  timeout: number,
  changeRecord: () => Promise<void>,
): Promise<PageResult> {
  const result: PageResult = {
    name: spec.name,
    path,
    as: spec.as,
    measuredAt: new Date().toISOString(),
    runs: [],
    again: [],
    health: [],
    over: null,
    error: null,
    skipped: null,
    warmUp,
  };
  if (path === null) {
    result.skipped = spec.missing ?? "not applicable";
    log(`${spec.name}: skipped (${result.skipped})`);
    return result;
  }
  const attempt = async (label: string, into: Measurement[] | null = result.runs): Promise<boolean> => {
    try {
      const m = await measureGet(server, path, cookie, timeout);
      into?.push(m);
      log(
        `${spec.name} ${path}: ${label}: ${fmtSeconds(m.total)}, CPU ${m.cpu === null ? "?" : `${m.cpu.toFixed(2)} s`}, memory +${m.memoryGrowth === null ? "?" : fmtMB(m.memoryGrowth)}, ${fmtSize(m.bytes)}`,
      );
      return true;
    } catch (error) {
      if (error instanceof TimedOut) {
        result.over = timeout;
        const waited = await waitUntilIdle(server.serverPid, Math.max(timeout * 2, 60));
        log(`${spec.name} ${path}: ${label}: over ${timeout} s (given up; waited ${waited.toFixed(0)} s for the server to be idle again)`);
      } else {
        result.error = (error as Error).message;
        log(`${spec.name} ${path}: ${label}: FAILED: ${result.error}`);
      }
      return false;
    }
  };
  if (warmUp && !(await attempt("warm-up", null))) return result;
  for (let i = 1; i <= runs; i++) {
    await changeRecord();
    if (!(await attempt(`run ${i}/${runs}, first view after a change`))) return result;
    if (!(await attempt(`run ${i}/${runs}, again`, result.again!))) return result;
    try {
      result.health.push(await measureGet(server, "/api/health", null, 30));
    } catch (error) {
      result.error = `/api/health after the page: ${(error as Error).message}`;
      return result;
    }
  }
  return result;
}

interface LoadResult {
  path: string;
  clients: number;
  seconds: number;
  /** requests answered with 200 within the time */
  completed: number;
  perSecond: number;
  errors: number;
  /** the first few error messages */
  errorSamples: string[];
  /** median time of the completed requests, seconds */
  medianSeconds: number | null;
}

/** `clients` clients, each asking again as soon as it has its answer, for `seconds`; then the ones still waiting finish. */
async function loadTest(server: Server, pathname: string, cookie: string | null, clients: number, seconds: number, timeout: number): Promise<LoadResult> {
  const port = Number(new URL(server.base).port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let completed = 0;
  let errors = 0;
  const samples: string[] = [];
  const times: number[] = [];
  const once = () =>
    new Promise<void>((done) => {
      // A request given up on after its answer began fails twice (the answer and the request): count it once.
      let settled = false;
      const resolve = () => {
        settled = true;
        done();
      };
      const failed = (message: string) => {
        if (settled) return;
        errors++;
        if (samples.length < 3) samples.push(message);
        resolve();
      };
      const t0 = performance.now();
      const headers: Record<string, string> = { Host: `localhost:${port}`, "Accept-Encoding": "identity" };
      if (cookie) headers.Cookie = cookie;
      const req = http.request({ host: "127.0.0.1", port, path: pathname, agent, headers }, (res) => {
        res.on("data", () => {});
        res.on("end", () => {
          if (settled) return;
          const t1 = performance.now();
          if (res.statusCode === 200) {
            if (t1 <= deadline) {
              completed++;
              times.push((t1 - t0) / 1000);
            }
            resolve();
          } else failed(`HTTP ${res.statusCode}`);
        });
        res.on("error", (e) => failed(e.message));
        res.on("aborted", () => failed("the answer was cut off"));
      });
      req.setTimeout(timeout * 1000, () => req.destroy(new Error(`over ${timeout} s`)));
      req.on("error", (e) => failed(e.message));
      req.end();
    });
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  agent.destroy();
  return {
    path: pathname,
    clients,
    seconds,
    completed,
    perSecond: completed / seconds,
    errors,
    errorSamples: samples,
    medianSeconds: times.length ? median(times) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// One scale

interface ScaleResult {
  scale: BenchScale;
  when: string;
  commit: string;
  command: string;
  data: DataNote;
  machine: ReturnType<typeof machine>;
  load: { start: number; peak: number; end: number };
  runs: number;
  slowRuns: number;
  warmUp: boolean;
  timeout: number;
  pages: Record<string, PageResult>;
  concurrency: { overview: LoadResult; health: LoadResult } | null;
  concurrencyNote: string | null;
}

/** Where the embedded database listens when the benchmark has the launcher start it (--scale embedded). */
const embeddedPort = (options: Options) => options.port + 1000;

async function runScale(options: Options, scale: BenchScale): Promise<ScaleResult> {
  const embedded = scale === "embedded";
  // The embedded database is started by the launcher, as for `npm start`, on a port named here so that the
  // benchmark can read what it holds and raise the record's version (PGlite takes a few connections at once).
  const url = embedded ? `postgresql://postgres:postgres@127.0.0.1:${embeddedPort(options)}/postgres?sslmode=disable` : databaseUrl(options, scale);
  const where = new URL(url);
  log(
    `— scale ${scale}: database ${where.host}${where.pathname}, ${options.runs} run(s) a page${options.warmUp ? " after one warm-up" : ", no warm-up"} (slow pages: ${scale === "sample" ? options.runs : options.slowRuns}), timeout ${options.timeout} s`,
  );
  const load = new LoadWatch();
  const description =
    scale === "embedded" ? "the sample data, loaded by the launcher into the embedded database (PGlite) in memory" : await prepareData(options, scale, url);
  const env: Record<string, string> = embedded
    ? { DATABASE_URL: "", ROLLOUT_DATA_DIR: "memory", EMBEDDED_DB_PORT: String(embeddedPort(options)), SAMPLE_DATA: "true" }
    : { SAMPLE_DATA: scale === "sample" ? "true" : "false" };
  const server = await startServer({ port: options.port, url, name: `bench-pages-${scale}`, env });
  const facts = await dataFacts(url);
  log(
    `data: ${Object.entries(facts.counts)
      .map(([k, v]) => `${k} ${fmtInt(v)}`)
      .join(", ")}`,
  );
  const context = await resolveContext(url);
  log(
    `addresses: trust ${context.trust} (go-live ${context.goLiveId}), halt ${context.halt ?? "none"}, resume ${context.resume ?? "none"}, baseline ${context.baseline ?? "none"}, issued pack ${context.pack ?? "none"}`,
  );
  const cookies = new Map<Role, string>();
  const base = `http://127.0.0.1:${options.port}`;
  for (const role of Object.keys(EMAIL) as Role[]) cookies.set(role, await signInOverHttp(base, EMAIL[role], DEMO_PASSWORD));
  log("signed in as the demo viewer, analyst, programme manager, board member and admin");

  const pages: Record<string, PageResult> = {};
  const chosen = PAGES.filter((p) => !options.pages || options.pages.includes(p.name));
  for (const spec of chosen) {
    if (!serverAlive(server)) {
      pages[spec.name] = {
        name: spec.name,
        path: spec.path(context),
        as: spec.as,
        measuredAt: new Date().toISOString(),
        runs: [],
        health: [],
        over: null,
        error: "the app had stopped",
        skipped: null,
        warmUp: false,
      };
      continue;
    }
    const slow = spec.slow === true && scale !== "sample";
    await waitUntilIdle(server.serverPid, 60);
    pages[spec.name] = await measurePage(
      server,
      spec,
      spec.path(context),
      spec.as ? cookies.get(spec.as)! : null,
      slow ? options.slowRuns : options.runs,
      !slow && options.warmUp,
      options.timeout,
      () => raiseRecordVersion(url),
    );
  }

  let concurrency: ScaleResult["concurrency"] = null;
  let concurrencyNote: string | null = null;
  if (!options.concurrency) concurrencyNote = "not measured (--no-concurrency)";
  else if (!serverAlive(server)) concurrencyNote = "not measured: the app had stopped";
  else {
    // /api/health first, on an idle server; then the overview, whose requests given up on would
    // otherwise still be running (nothing is measured after them: the app is stopped next).
    await waitUntilIdle(server.serverPid, 60);
    log(`/api/health under ${options.clients} clients for ${options.seconds} s…`);
    const health = await loadTest(server, "/api/health", null, options.clients, options.seconds, options.timeout);
    log(`  ${health.completed} answered (${health.perSecond.toFixed(1)}/s), ${health.errors} error(s)`);
    log(`the overview under ${options.clients} clients for ${options.seconds} s…`);
    const overview = await loadTest(server, "/?asOf=2009-02-11", cookies.get("analyst")!, options.clients, options.seconds, options.timeout);
    log(
      `  ${overview.completed} answered in ${options.seconds} s (${overview.perSecond.toFixed(1)}/s), ${overview.errors} error(s)${overview.errorSamples.length ? `: ${overview.errorSamples.join("; ")}` : ""}`,
    );
    if (!serverAlive(server)) concurrencyNote = "the app stopped under the overview's load";
    concurrency = { overview, health };
  }
  await stopServer();
  return {
    scale,
    when: new Date().toISOString(),
    commit: gitCommit(),
    command: commandLine("bench:pages", "scripts/bench-pages.ts"),
    data: { description, counts: facts.counts, pgVersion: facts.pgVersion },
    machine: machine(facts.pgVersion),
    load: load.stop(),
    runs: options.runs,
    slowRuns: options.slowRuns,
    warmUp: options.warmUp,
    timeout: options.timeout,
    pages,
    concurrency,
    concurrencyNote,
  };
}

// ---------------------------------------------------------------------------------------------
// Results kept per scale, merged page by page

const resultsDir = path.join(root, ".data", "bench-pages");
const resultsFile = (scale: BenchScale) => path.join(resultsDir, `${scale}.json`);

function loadKept(scale: BenchScale): ScaleResult | null {
  try {
    return existsSync(resultsFile(scale)) ? (JSON.parse(readFileSync(resultsFile(scale), "utf8")) as ScaleResult) : null;
  } catch {
    return null;
  }
}

/** This run's results over the kept ones: pages measured now replace theirs, the others stay with their dates. */
function keep(result: ScaleResult, partial: boolean): ScaleResult {
  const kept = partial ? loadKept(result.scale) : null;
  const merged: ScaleResult = kept
    ? {
        ...result,
        pages: { ...kept.pages, ...result.pages },
        concurrency: result.concurrency ?? kept.concurrency,
        concurrencyNote: result.concurrency ? null : kept.concurrency ? kept.concurrencyNote : result.concurrencyNote,
      }
    : result;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(resultsFile(result.scale), `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}

/** What every change to the record does to its version (migration record_version), and nothing else. */
async function raiseRecordVersion(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`UPDATE "RecordVersion" SET "version" = "version" + 1 WHERE "id" = 1`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface Summary {
  time: number | null;
  over: number | null;
  cpu: number | null;
  memory: number | null;
  bytes: number | null;
  health: number | null;
  runs: number;
}

/** A page's figures: of its first views after a change, or (`again`) of the same page asked for again. */
function summarise(r: PageResult | undefined, which: "first" | "again" = "first"): Summary | null {
  if (!r || r.skipped || (r.error && r.runs.length === 0)) return null;
  const runs = which === "first" ? r.runs : (r.again ?? []);
  if (which === "again" && runs.length === 0) return null;
  const cpus = runs.map((m) => m.cpu).filter((c): c is number => c !== null);
  const mems = runs.map((m) => m.memoryGrowth).filter((c): c is number => c !== null);
  return {
    time: runs.length && r.over === null ? median(runs.map((m) => m.total)) : null,
    over: r.over,
    cpu: cpus.length ? median(cpus) : null,
    memory: mems.length ? Math.max(...mems) : null,
    bytes: runs.length ? runs[runs.length - 1]!.bytes : null,
    health: r.health.length ? median(r.health.map((m) => m.total)) : null,
    runs: runs.length,
  };
}

/** The median /api/health time over the whole run of a scale (every health request after a page). */
function healthOf(s: ScaleResult): number | null {
  const all = Object.values(s.pages).flatMap((p) => p.health.map((m) => m.total));
  return all.length ? median(all) : null;
}

const timeText = (s: Summary | null, r: PageResult | undefined) =>
  !r
    ? "not run"
    : r.skipped
      ? `— (${r.skipped})`
      : r.error && !s
        ? `failed: ${r.error.slice(0, 80)}`
        : s?.over
          ? `over ${s.over} s`
          : s?.time != null
            ? fmtSeconds(s.time)
            : "—";

function pagesTable(sample: ScaleResult | null, big: ScaleResult | null): string {
  const bigName = big?.scale ?? "national";
  const health = big ? healthOf(big) : null;
  const rows = [
    `| page | address | as | sample | ${bigName} | runs | × /api/health | × sample | CPU / request | memory growth | HTML | ${bigName} again | × /api/health | CPU again |`,
    "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const spec of PAGES) {
    const a = sample?.pages[spec.name];
    const b = big?.pages[spec.name];
    if (!a && !b) continue;
    const sa = summarise(a);
    const sb = summarise(b);
    const again = summarise(b, "again");
    const address = (
      b?.path ??
      a?.path ??
      spec.path({
        trust: "<trust>",
        goLiveId: 0,
        halt: "<halt>",
        resume: "<resume>",
        whatIfDate: "<date>",
        baseline: "<baseline>",
        userId: "<id>",
        pack: "<pack>",
      }) ??
      ""
    ).replace(/\|/g, "\\|");
    const vsHealth = sb?.time != null && health ? `${(sb.time / health).toFixed(0)}×` : sb?.over && health ? `> ${(sb.over / health).toFixed(0)}×` : "";
    const vsSample = sb?.time != null && sa?.time ? `${(sb.time / sa.time).toFixed(1)}×` : "";
    const runs = b ? `${b.runs.length}${b.warmUp ? "" : ", no warm-up"}` : a ? `${a.runs.length}` : "";
    rows.push(
      `| ${spec.name} | \`${address}\` | ${spec.as ?? "—"} | ${timeText(sa, a)} | ${timeText(sb, b)} | ${runs} | ${vsHealth} | ${vsSample} | ` +
        `${sb?.cpu != null ? `${sb.cpu.toFixed(2)} s` : ""} | ${sb?.memory != null ? fmtMB(sb.memory) : ""} | ${sb?.bytes != null ? fmtSize(sb.bytes) : ""} | ` +
        `${again?.time != null ? fmtSeconds(again.time) : ""} | ${again?.time != null && health ? `${(again.time / health).toFixed(0)}×` : ""} | ${again?.cpu != null ? `${again.cpu.toFixed(2)} s` : ""} |`,
    );
  }
  return rows.join("\n");
}

/** One scale's pages on their own (the embedded database): first view and again, CPU and HTML. */
function singleTable(r: ScaleResult): string {
  const health = healthOf(r);
  const rows = ["| page | address | as | first view | × /api/health | again | CPU / request | CPU again | HTML |", "|---|---|---|--:|--:|--:|--:|--:|--:|"];
  for (const spec of PAGES) {
    const p = r.pages[spec.name];
    if (!p) continue;
    const first = summarise(p);
    const again = summarise(p, "again");
    rows.push(
      `| ${spec.name} | \`${(p.path ?? "").replace(/\|/g, "\\|")}\` | ${spec.as ?? "—"} | ${timeText(first, p)} | ${first?.time != null && health ? `${(first.time / health).toFixed(0)}×` : ""} | ` +
        `${again?.time != null ? fmtSeconds(again.time) : ""} | ${first?.cpu != null ? `${first.cpu.toFixed(2)} s` : ""} | ${again?.cpu != null ? `${again.cpu.toFixed(2)} s` : ""} | ${first?.bytes != null ? fmtSize(first.bytes) : ""} |`,
    );
  }
  return rows.join("\n");
}

function concurrencyTable(results: ScaleResult[]): string {
  const rows = ["| data | address | clients | seconds | answered | per second | median time | errors |", "|---|---|--:|--:|--:|--:|--:|--:|"];
  for (const r of results) {
    if (!r.concurrency) {
      rows.push(`| ${r.scale} | | | | | ${r.concurrencyNote ?? "not measured"} | | |`);
      continue;
    }
    for (const l of [r.concurrency.overview, r.concurrency.health]) {
      rows.push(
        `| ${r.scale} | \`${l.path}\` | ${l.clients} | ${l.seconds} | ${fmtInt(l.completed)} | ${l.perSecond.toFixed(1)} | ${l.medianSeconds === null ? "—" : fmtSeconds(l.medianSeconds)} | ${l.errors}${l.errorSamples.length ? ` (${l.errorSamples.join("; ")})` : ""} |`,
      );
    }
  }
  return rows.join("\n");
}

interface Verdict {
  goal: string;
  met: boolean | null;
  detail: string;
}

function verdicts(sample: ScaleResult | null, big: ScaleResult | null): Verdict[] {
  const out: Verdict[] = [];
  if (!big) return out;
  const health = healthOf(big);
  const slowest = (f: (s: Summary) => number | null) => {
    const list = PAGES.map((p) => ({ name: p.name, s: summarise(big.pages[p.name]) })).filter((x) => x.s !== null);
    return list.map((x) => ({ name: x.name, v: f(x.s!) }));
  };
  const pages = PAGES.filter((p) => big.pages[p.name] && !big.pages[p.name]!.skipped);
  const failed = pages.filter((p) => big.pages[p.name]!.error);
  const timed = slowest((s) => s.time ?? (s.over !== null ? Infinity : null));
  const summariseMisses = (misses: { name: string; v: number | null }[], fmt: (v: number) => string) =>
    misses.length === 0
      ? "every page"
      : `${misses.length} of ${pages.length} not: ${misses.map((m) => `${m.name} ${m.v === Infinity ? "over the timeout" : fmt(m.v!)}`).join(", ")}`;
  if (health) {
    const limit = GOALS.healthRatio * health;
    const misses = timed.filter((x) => x.v === null || x.v > limit);
    out.push({
      goal: `every page at ${big.scale} scale within ${GOALS.healthRatio}× /api/health (${fmtSeconds(health)} in the same run, so ${fmtSeconds(limit)})`,
      met: misses.length === 0 && failed.length === 0,
      detail: summariseMisses(misses, (v) => `${(v / health).toFixed(0)}×`),
    });
  }
  if (sample) {
    const misses = timed.filter((x) => {
      const s = summarise(sample.pages[x.name]);
      return x.v === null || !s?.time || x.v > GOALS.sampleRatio * s.time;
    });
    out.push({
      goal: `every page at ${big.scale} scale within ${GOALS.sampleRatio}× its own time on the sample data`,
      met: misses.length === 0 && failed.length === 0,
      detail: summariseMisses(misses, (v) => {
        const s = summarise(sample.pages[misses.find((m) => m.v === v)!.name]);
        return s?.time ? `${(v / s.time).toFixed(1)}×` : fmtSeconds(v);
      }),
    });
  }
  if (health) {
    // The same goals for a page asked for again while the record is unchanged (kept for its version).
    const again = PAGES.map((p) => ({ name: p.name, s: summarise(big.pages[p.name], "again") })).filter((x) => x.s !== null);
    if (again.length > 0) {
      const limit = GOALS.healthRatio * health;
      const slow = again.filter((x) => x.s!.time === null || x.s!.time > limit).map((x) => ({ name: x.name, v: x.s!.time }));
      out.push({
        goal: `(seen again, the record unchanged) every page within ${GOALS.healthRatio}× /api/health`,
        met: slow.length === 0 && failed.length === 0,
        detail: summariseMisses(slow, (v) => `${(v / health).toFixed(0)}×`),
      });
      const busy = again.filter((x) => x.s!.cpu === null || x.s!.cpu >= GOALS.cpuSeconds).map((x) => ({ name: x.name, v: x.s!.cpu }));
      out.push({
        goal: `(seen again, the record unchanged) under ${GOALS.cpuSeconds} s of CPU per request`,
        met: busy.length === 0 && failed.length === 0,
        detail: summariseMisses(busy, (v) => `${v.toFixed(2)} s`),
      });
    }
  }
  const cpu = slowest((s) => s.cpu);
  const cpuMisses = cpu.filter((x) => x.v === null || x.v >= GOALS.cpuSeconds);
  out.push({
    goal: `under ${GOALS.cpuSeconds} s of next-server CPU per request`,
    met: cpuMisses.length === 0 && failed.length === 0,
    detail: summariseMisses(cpuMisses, (v) => `${v.toFixed(2)} s`),
  });
  const mem = slowest((s) => s.memory);
  const memMisses = mem.filter((x) => x.v === null || x.v >= GOALS.memoryMB * 1e6);
  out.push({
    goal: `under ${GOALS.memoryMB} MB of memory growth per request`,
    met: memMisses.length === 0 && failed.length === 0,
    detail: summariseMisses(memMisses, fmtMB),
  });
  if (big.concurrency) {
    const { overview, health: h } = big.concurrency;
    const share = h.perSecond > 0 ? overview.perSecond / h.perSecond : 0;
    out.push({
      goal: `the overview under ${overview.clients} clients at ${GOALS.concurrencyShare} or more of /api/health's requests per second, 0 errors`,
      met: share >= GOALS.concurrencyShare && overview.errors === 0 && h.errors === 0,
      detail: `${overview.perSecond.toFixed(1)}/s against ${h.perSecond.toFixed(1)}/s (${share.toFixed(3)}), ${overview.errors} and ${h.errors} error(s)`,
    });
  } else out.push({ goal: "the overview under concurrent clients", met: null, detail: big.concurrencyNote ?? "not measured" });
  if (failed.length) out.push({ goal: "every page answers", met: false, detail: failed.map((p) => `${p.name}: ${big.pages[p.name]!.error}`).join("; ") });
  return out;
}

/** The concurrency goal on the embedded database (its data is the sample data: PGlite is for one machine). */
function embeddedVerdicts(embedded: ScaleResult | null): Verdict[] {
  if (!embedded?.concurrency)
    return embedded
      ? [{ goal: "the overview under concurrent clients on the embedded database", met: null, detail: embedded.concurrencyNote ?? "not measured" }]
      : [];
  const { overview, health } = embedded.concurrency;
  const share = health.perSecond > 0 ? overview.perSecond / health.perSecond : 0;
  return [
    {
      goal: `the overview under ${overview.clients} clients at ${GOALS.concurrencyShare} or more of /api/health's requests per second on the embedded database (sample data), 0 errors`,
      met: share >= GOALS.concurrencyShare && overview.errors === 0 && health.errors === 0,
      detail: `${overview.perSecond.toFixed(1)}/s against ${health.perSecond.toFixed(1)}/s (${share.toFixed(3)}), ${overview.errors} and ${health.errors} error(s)`,
    },
  ];
}

const mark = (v: Verdict) => (v.met === null ? "not measured" : v.met ? "**met**" : "**not met**");

function runNotes(r: ScaleResult): string {
  const m = r.machine;
  const dates = [...new Set(Object.values(r.pages).map((p) => p.measuredAt.slice(0, 10)))].sort();
  return (
    `- **${r.scale}:** ${r.when.slice(0, 16).replace("T", " ")} UTC, commit ${r.commit}, \`${r.command}\`` +
    (dates.length > 1 ? ` (some pages measured on other days: ${dates.join(", ")})` : "") +
    `; data: ${r.data.description}: ${Object.entries(r.data.counts)
      .map(([k, v]) => `${fmtInt(v)} ${k}`)
      .join(", ")}; ` +
    `${r.runs} run(s) a page${r.warmUp === false ? ", no warm-up" : " after one warm-up"}${r.scale === "sample" ? "" : `, ${r.slowRuns} for the slow pages with no warm-up`}, timeout ${r.timeout} s; ` +
    `1-minute load average ${r.load.start.toFixed(2)} at the start, ${r.load.peak.toFixed(2)} at most, ${r.load.end.toFixed(2)} at the end, on ${m.nproc} CPUs`
  );
}

function fewerRuns(big: ScaleResult | null): string {
  if (!big || big.runs >= 5) return "";
  return (
    ` At ${big.scale} scale each page was measured ${big.runs === 1 ? "once" : `${big.runs} times`}${big.warmUp === false ? " with no warm-up" : ""}, not 5 times:` +
    " a heavy page there takes from tens of seconds to minutes on this shared machine, and its figures are orders of magnitude from the goals, so more runs would not change a verdict."
  );
}

function docSection(label: string, sample: ScaleResult | null, big: ScaleResult | null, embedded: ScaleResult | null = null): string {
  const any = big ?? sample!;
  const m = any.machine;
  const goals = [...verdicts(sample, big), ...embeddedVerdicts(embedded)];
  const title = label === "latest" ? "Pages" : `Pages: ${label}`;
  return `## ${title}

Written by \`npm run bench:pages -- --write-docs --label ${label}\` (scripts/bench-pages.ts) from the results it keeps in
.data/bench-pages/: run it again to refresh them. Every page of the app, each with a realistic address, on the seeded
sample data and on the generated national data (\`npm run db:generate\`), against the app as it runs in production.
${label === "before" ? "\nThese are the figures **before** the work of issue 11 (national scale): the pages read the whole record on every request.\n" : ""}
- **Machine:** ${m.nproc} CPUs (${m.cpu}), ${m.ramGiB} GiB RAM, ${m.osName}; Node.js ${m.node}; PostgreSQL ${m.pgVersion} on the same machine.
  The machine is shared with other work: the load averages below say how busy it was.
${[sample, big, embedded]
  .filter((r): r is ScaleResult => r !== null)
  .map(runNotes)
  .join("\n")}

### Each page

Median time to the last byte; CPU (median), memory (largest) and HTML at ${big?.scale ?? "national"} scale.${fewerRuns(big)} "× /api/health" is the
page's median over the median of the \`/api/health\` requests made right after each run of every page in the same run
(${big && healthOf(big) ? fmtSeconds(healthOf(big)!) : "—"} at ${big?.scale ?? "national"} scale${sample && healthOf(sample) ? `, ${fmtSeconds(healthOf(sample)!)} on the sample data` : ""}).

${pagesTable(sample, big)}

### Under concurrent clients

Each client asks again as soon as it has its answer (keep-alive connections); "answered" counts the 200s that arrived within
the time, and requests still waiting at the end were allowed to finish, up to the timeout (errors among them are counted).
\`/api/health\` is measured first, on an idle server, then the overview (the last thing measured before the app is stopped).

${concurrencyTable([sample, big, embedded].filter((r): r is ScaleResult => r !== null))}
${
  embedded
    ? `\nThe embedded database (PGlite, the default a new user gets: \`npm start\` with no DATABASE_URL) serves one connection at a time;
its pages, on the sample data (${healthOf(embedded) ? fmtSeconds(healthOf(embedded)!) : "—"} for /api/health in the same run):\n\n${singleTable(embedded)}\n`
    : ""
}

### Goals (issue 11)

${goals.length ? goals.map((v) => `- ${v.goal}: ${mark(v)} — ${v.detail}`).join("\n") : "- not checked: no national-scale results"}

### How it is measured

- The launcher (\`scripts/launch.ts start\`) builds into \`.next-bench\` (or \`NEXT_DIST_DIR\`) and runs \`next start\` on PostgreSQL with
  \`DEMO_ACCOUNTS=true\` (\`SAMPLE_DATA=true\` for the sample data, which it loads into an empty database). The benchmark signs in
  as the demo account each page is for (viewer, analyst, programme manager, board member, admin) through the sign-in form.
- Each page: one warm-up, then the runs. Before each run the record's version is raised, as any change to the record raises
  it, so the run is a **first view**: the page's data is derived again, not taken from what the app kept for the version
  (lib/server/record-cache.ts, decision 017). The page is then asked for **again**, the record unchanged, as a second
  person opening it would. After each run \`GET /api/health\`, so other work on the machine falls on both alike.
  The figures in "× /api/health", "CPU / request" and the goals are of the first views unless they say "again".
  Every request is a fresh connection, read to the end. A request slower than the timeout is given up ("over N s") and the
  benchmark waits until the server has stopped working on it before the next page. A page marked slow (none at present)
  has fewer runs and no warm-up on generated data.
- **CPU per request:** utime + stime of the \`next-server\` process from /proc/<pid>/stat, before and after the request.
  **Memory growth:** its VmRSS sampled every 20 ms during the request, the highest sample minus the one just before (it
  includes garbage not yet collected); MB are 10^6 bytes. **HTML:** the bytes of the answer, uncompressed.
- Pages whose address needs something the data lacks (a baseline taken, an issued pack) are listed with the reason and not measured.
`;
}

function printResults(results: ScaleResult[]) {
  const sample = results.find((r) => r.scale === "sample") ?? loadKept("sample");
  for (const big of results.filter((r) => r.scale !== "sample" && r.scale !== "embedded")) {
    console.log(`\n${pagesTable(sample, big)}\n`);
    for (const v of verdicts(sample, big)) console.log(`- ${v.goal}: ${mark(v)} — ${v.detail}`);
  }
  for (const r of results.filter((x) => x.scale === "embedded")) console.log(`\nOn the embedded database (sample data):\n\n${singleTable(r)}\n`);
  if (results.every((r) => r.scale === "sample")) console.log(`\n${pagesTable(sample, null)}\n`);
  console.log(`\n${concurrencyTable(results)}\n`);
  for (const r of results)
    console.log(
      `${r.scale}: load average (1 min) ${r.load.start.toFixed(2)} at the start, ${r.load.peak.toFixed(2)} at most, ${r.load.end.toFixed(2)} at the end`,
    );
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results: ScaleResult[] = [];
  if (!options.docsOnly) {
    for (const scale of options.scales) results.push(keep(await runScale(options, scale), options.pages !== null));
    printResults(results);
  }
  if (options.writeDocs) {
    const sample = results.find((r) => r.scale === "sample") ?? loadKept("sample");
    const national = results.find((r) => r.scale === "national") ?? loadKept("national");
    const embedded = results.find((r) => r.scale === "embedded") ?? loadKept("embedded");
    writeDocSection(path.join(root, "docs", "benchmarks.md"), `pages:${options.label}`, docSection(options.label, sample, national, embedded), DOC_SECTIONS);
    log(`wrote the "${options.label}" Pages section of docs/benchmarks.md`);
  }
  const failed = results.flatMap((r) =>
    Object.values(r.pages)
      .filter((p) => p.error)
      .map((p) => `${r.scale} ${p.name}: ${p.error}`),
  );
  const concurrencyErrors = results.filter((r) => r.concurrency && (r.concurrency.overview.errors > 0 || r.concurrency.health.errors > 0));
  if (failed.length) console.error(`[bench:pages] ${failed.length} page(s) failed:\n  ${failed.join("\n  ")}`);
  if (concurrencyErrors.length) console.error(`[bench:pages] errors under concurrent clients at: ${concurrencyErrors.map((r) => r.scale).join(", ")}`);
  if (failed.length || concurrencyErrors.length) process.exitCode = 1;
}

stopServerOnExit();
main()
  .catch((error: unknown) => {
    console.error(`[bench:pages] ${error instanceof RefusedError ? `refused: ${error.message}` : ((error as Error).stack ?? String(error))}`);
    process.exitCode = error instanceof RefusedError ? 3 : 1;
  })
  .finally(async () => {
    await stopServer();
  });
