// `npm run bench:export -- [--scale national|small] [--seed N] [--database-url URL] [--port 3400] [--runs 3]
//                         [--replace] [--write-docs]`
//
// Benchmarks the streamed CSV exports against PostgreSQL's own `COPY … TO STDOUT` on the same data:
//  1. generates the national (or small) data set in the database, or reuses it when the generator's
//     marker with the same scale and seed is there (default database: DATABASE_URL, else
//     postgresql://app:app@127.0.0.1:5432/rollout_bench_<scale>, created if missing);
//  2. starts the app with the launcher (production build in .next-bench, or NEXT_DIST_DIR) and waits for /api/health;
//  3. signs in as the demo analyst and admin;
//  4. for the plan history and the audit trail: time to first byte, total time, rows, rows/s and the
//     server's peak RSS growth, over --runs runs after one warm-up, beside psql's COPY of the export's
//     own query (lib/exports/registry: copySql()), and the ratio of the two;
//  5. the overview page's time beside /api/health;
//  6. prints a markdown table, and with --write-docs writes docs/benchmarks.md;
//  7. stops the server, whatever happened.
// A script, not a test: CI runs it at --scale small as a smoke test (it fails when a request fails).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEFAULT_SEED, generateNationalData, inspectDatabase, isScale, RefusedError, type Scale } from "./generate/national";
import { commandLine as commandLineOf, fmtInt, fmtMB, fmtSeconds, fmtSize, machine, median, writeDocSection, DOC_SECTIONS } from "./support/bench-report";
import { ensureDatabase, MemorySampler, startServer, stopServer, stopServerOnExit, type Server } from "./support/bench-server";
import { signInOverHttp } from "./support/sign-in-over-http";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../lib/auth/demo-people";
import { eachArgument, fail, wholeNumber } from "./support/args";

const commandLine = () => commandLineOf("bench:export", "scripts/bench-export.ts");

const root = process.cwd();
const USAGE = `usage: tsx scripts/bench-export.ts [--scale national|small] [--seed N] [--database-url URL] [--port 3400] [--runs 3] [--replace] [--write-docs]

  --scale          national (default) or small (the CI smoke run)
  --seed           the generator's seed (default ${DEFAULT_SEED})
  --database-url   default: DATABASE_URL, else postgresql://app:app@127.0.0.1:5432/rollout_bench_<scale> (created if missing)
  --port           where the app listens during the run (default 3400)
  --runs           measured runs of each request, after one warm-up (default 3)
  --replace        regenerate when the database holds generated data of another scale or seed
  --write-docs     write the results to docs/benchmarks.md`;

const GOALS = { copyRatio: 1.5, memoryMB: 100, firstByteSeconds: 0.5 };
const OVERVIEW_PATH = "/?asOf=2009-02-11";

// ---------------------------------------------------------------------------------------------
// Arguments

interface Options {
  scale: Scale;
  seed: number;
  url: string;
  port: number;
  runs: number;
  replace: boolean;
  writeDocs: boolean;
}

function parseArgs(argv: string[]): Options {
  let scale: Scale = "national";
  let seed = DEFAULT_SEED;
  let url: string | undefined;
  let port = 3400;
  let runs = 3;
  let replace = false;
  let writeDocs = false;
  eachArgument(argv, USAGE, (flag, value) => {
    switch (flag) {
      case "--scale": {
        const v = value();
        if (!isScale(v)) fail(`--scale must be national or small, not "${v}"`);
        scale = v;
        return true;
      }
      case "--seed":
        seed = wholeNumber(flag, value(), 0, 0xffffffff);
        return true;
      case "--database-url":
        url = value();
        return true;
      case "--port":
        port = wholeNumber(flag, value(), 1, 65535);
        return true;
      case "--runs":
        runs = wholeNumber(flag, value(), 1, 100);
        return true;
      case "--replace":
        replace = true;
        return true;
      case "--write-docs":
        writeDocs = true;
        return true;
      default:
        return false;
    }
  });
  url ??= process.env.DATABASE_URL || `postgresql://app:app@127.0.0.1:5432/rollout_bench_${scale}`;
  if (!/^postgres(ql)?:\/\//.test(url)) fail("The database URL must start with postgresql://");
  return { scale, seed, url, port, runs, replace, writeDocs };
}

const log = (message: string) => console.log(`[bench] ${message}`);

// ---------------------------------------------------------------------------------------------
// The database

async function prepareData(options: Options): Promise<{ generatedSeconds: number | null; reused: { at: string; seconds: number | null } | null }> {
  await ensureDatabase(options.url);
  const state = await inspectDatabase(options.url);
  if (state.generated && state.generated.scale === options.scale && state.generated.seed === options.seed) {
    log(`reusing the ${options.scale} data (seed ${options.seed}) generated ${state.generated.occurredAt}`);
    return { generatedSeconds: null, reused: { at: state.generated.occurredAt, seconds: state.generated.seconds } };
  }
  log(`generating the ${options.scale} data (seed ${options.seed})…`);
  const result = await generateNationalData({
    connectionString: options.url,
    scale: options.scale,
    seed: options.seed,
    replace: options.replace,
    log: (m) => log(`  ${m}`),
  });
  log(`generated in ${result.seconds.toFixed(1)} s`);
  return { generatedSeconds: result.seconds, reused: null };
}

async function dataFacts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; trusts: number; plans: number; audit: number; decisions: number; problems: number }>(
      `SELECT current_setting('server_version') AS version,
              (SELECT count(*)::int FROM "Trust") AS trusts, (SELECT count(*)::int FROM "GoLivePlan") AS plans,
              (SELECT count(*)::int FROM "AuditEvent") AS audit, (SELECT count(*)::int FROM "Decision") AS decisions,
              (SELECT count(*)::int FROM "Problem") AS problems`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Counts CSV records: line ends outside quoted cells (works for CRLF and LF, and for cells with line breaks). */
class RowCounter {
  private inQuotes = false;
  private lines = 0;
  private lastWasNewline = true;
  add(chunk: Buffer) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 0x22) this.inQuotes = !this.inQuotes;
      else if (c === 0x0a && !this.inQuotes) this.lines++;
    }
    if (chunk.length > 0) this.lastWasNewline = chunk[chunk.length - 1] === 0x0a;
  }
  /** records after the header line */
  rows(): number {
    return Math.max(0, this.lines + (this.lastWasNewline ? 0 : 1) - 1);
  }
}

// ---------------------------------------------------------------------------------------------
// The server

async function signIn(server: Server, email: string): Promise<string> {
  return signInOverHttp(`http://127.0.0.1:${new URL(server.base).port}`, email, DEMO_PASSWORD);
}

interface Measurement {
  firstByte: number;
  total: number;
  bytes: number;
  rows: number;
  /** bytes, or null when not measured */
  memoryGrowth: number | null;
}

/** One timed download, read to the end and counted, with the server's RSS sampled meanwhile. */
function measureHttp(server: Server, pathname: string, cookie: string | null): Promise<Measurement> {
  const port = Number(new URL(server.base).port);
  return new Promise((resolve, reject) => {
    const memory = new MemorySampler(server.serverPid);
    const counter = new RowCounter();
    const start = performance.now();
    let firstByte: number | null = null;
    let bytes = 0;
    const headers: Record<string, string> = { Host: `localhost:${port}`, "Accept-Encoding": "identity" };
    if (cookie) headers.Cookie = cookie;
    const req = http.request({ host: "127.0.0.1", port, path: pathname, agent: false, headers }, (res) => {
      if (res.statusCode !== 200) {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          memory.stop();
          reject(new Error(`GET ${pathname}: HTTP ${res.statusCode} ${Buffer.concat(chunks).toString("utf8").slice(0, 300)}`));
        });
        return;
      }
      // A page that fails after it has started streaming still says 200: Next.js then sends the error's
      // digest in the page's data (and React a $RX call), which is what is looked for here.
      const html = String(res.headers["content-type"] ?? "").startsWith("text/html");
      let recent = "";
      let streamedError: string | null = null;
      res.on("data", (chunk: Buffer) => {
        firstByte ??= performance.now() - start;
        bytes += chunk.length;
        counter.add(chunk);
        if (html && !streamedError) {
          recent = recent.slice(-200) + chunk.toString("utf8");
          const m = /E\{\\?"digest\\?":\\?"([^"\\]+)|data-dgst="([^"]+)"/.exec(recent);
          if (m) streamedError = m[1] ?? m[2] ?? "?";
        }
      });
      res.on("end", () => {
        const total = performance.now() - start;
        const growth = memory.stop();
        if (streamedError) {
          reject(
            new Error(
              `GET ${pathname}: HTTP 200, but the page streamed a server error (digest ${streamedError}) after ${fmtSeconds(total / 1000)}; see the server's log`,
            ),
          );
          return;
        }
        resolve({ firstByte: (firstByte ?? total) / 1000, total: total / 1000, bytes, rows: counter.rows(), memoryGrowth: growth });
      });
      res.on("error", (error) => {
        memory.stop();
        reject(error);
      });
    });
    req.setTimeout(15 * 60_000, () => req.destroy(new Error(`GET ${pathname}: no answer within 15 minutes`)));
    req.on("error", (error) => {
      memory.stop();
      reject(error);
    });
    req.end();
  });
}

/**
 * `psql "<url>" -c "COPY (<sql>) TO STDOUT WITH (FORMAT csv, HEADER)"`, timed the same way: the output
 * is read (and counted) rather than sent to /dev/null. A first `SELECT pg_backend_pid()` in the same
 * session names the server process, whose RSS is sampled like the app's.
 */
function measureCopy(url: string, sql: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const copy = `COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`;
    const start = performance.now();
    const child = spawn("psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", "SELECT pg_backend_pid()", "-c", copy], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const counter = new RowCounter();
    let memory: MemorySampler | null = null;
    let pidLine = "";
    let firstByte: number | null = null;
    let bytes = 0;
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => {
      if (!memory) {
        const nl = chunk.indexOf(0x0a);
        if (nl < 0) {
          pidLine += chunk.toString("utf8");
          return;
        }
        pidLine += chunk.subarray(0, nl).toString("utf8");
        memory = new MemorySampler(/^\d+$/.test(pidLine.trim()) ? Number(pidLine.trim()) : null, "RssAnon");
        chunk = chunk.subarray(nl + 1);
        if (chunk.length === 0) return;
      }
      firstByte ??= performance.now() - start;
      bytes += chunk.length;
      counter.add(chunk);
    });
    child.on("error", (error) => {
      memory?.stop();
      reject(new Error(`could not run psql: ${error.message}`));
    });
    child.on("close", (code) => {
      const total = performance.now() - start;
      const growth = memory?.stop() ?? null;
      if (code !== 0) reject(new Error(`psql COPY failed (exit ${code}): ${stderr.trim().slice(0, 300)}`));
      else resolve({ firstByte: (firstByte ?? total) / 1000, total: total / 1000, bytes, rows: counter.rows(), memoryGrowth: growth });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Running and reporting

interface Result {
  label: string;
  via: string;
  runs: Measurement[];
  error: string | null;
  /** which process's memory is measured */
  memoryOf: string;
  /** export/COPY pairing: the name of the COPY result this is compared with */
  /** COPY of the export's own query: the goal's measure */
  comparedWith?: Result;
  /** COPY of the raw columns, with no formatting: the stricter floor */
  alsoComparedWith?: Result;
}

/** The server's own error lines (Next.js marks them ⨯) written to the launcher's log since a byte offset. */
function serverErrorsSince(logFile: string | null, offset: number): string | null {
  if (!logFile) return null;
  try {
    const lines = readFileSync(logFile).subarray(offset).toString("utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith("⨯"));
    if (at < 0) return null;
    return lines
      .slice(at, at + 8)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("at "))
      .slice(0, 4)
      .join(" ")
      .slice(0, 400);
  } catch {
    return null;
  }
}

const logSize = (file: string | null) => {
  try {
    return file ? readFileSync(file).length : 0;
  } catch {
    return 0;
  }
};

async function measure(
  label: string,
  via: string,
  memoryOf: string,
  runs: number,
  once: () => Promise<Measurement>,
  serverLog: string | null = null,
): Promise<Result> {
  const result: Result = { label, via, runs: [], error: null, memoryOf };
  const logOffset = logSize(serverLog);
  try {
    log(`${label} — ${via}: warm-up`);
    await once();
    for (let i = 1; i <= runs; i++) {
      const m = await once();
      result.runs.push(m);
      log(
        `${label} — ${via}: run ${i}/${runs}: first byte ${fmtSeconds(m.firstByte)}, total ${fmtSeconds(m.total)}, ${m.rows.toLocaleString("en-GB")} rows, ${fmtSize(m.bytes)}, memory +${m.memoryGrowth === null ? "?" : fmtMB(m.memoryGrowth)}`,
      );
    }
  } catch (error) {
    result.error = (error as Error).message;
    const serverSaid = serverErrorsSince(serverLog, logOffset);
    if (serverSaid) result.error += `. The server logged: ${serverSaid}`;
    log(`${label} — ${via}: FAILED: ${result.error}`);
  }
  return result;
}

/**
 * The export and its COPYs, run in turn (export, COPY, COPY, export…) after a warm-up of each, so that
 * other work on the machine falls on all of them alike rather than on whichever happened to run during it.
 */
async function measureRound(
  label: string,
  exp: { via: string; memoryOf: string; once: () => Promise<Measurement>; serverLog: string | null },
  copies: { via: string; memoryOf: string; once: () => Promise<Measurement> }[],
  runs: number,
): Promise<Result[]> {
  const e: Result = { label, via: exp.via, runs: [], error: null, memoryOf: exp.memoryOf };
  const cs: Result[] = copies.map((c) => ({ label, via: c.via, runs: [], error: null, memoryOf: c.memoryOf }));
  const logOffset = logSize(exp.serverLog);
  const step = async (r: Result, once: () => Promise<Measurement>, run: number | null) => {
    if (r.error) return;
    try {
      if (run === null) {
        log(`${label} — ${r.via}: warm-up`);
        await once();
        return;
      }
      const m = await once();
      r.runs.push(m);
      log(
        `${label} — ${r.via}: run ${run}/${runs}: first byte ${fmtSeconds(m.firstByte)}, total ${fmtSeconds(m.total)}, ${m.rows.toLocaleString("en-GB")} rows, ${fmtSize(m.bytes)}, memory +${m.memoryGrowth === null ? "?" : fmtMB(m.memoryGrowth)}`,
      );
    } catch (error) {
      r.error = (error as Error).message;
      if (r === e) {
        const serverSaid = serverErrorsSince(exp.serverLog, logOffset);
        if (serverSaid) r.error += `. The server logged: ${serverSaid}`;
      }
      log(`${label} — ${r.via}: FAILED: ${r.error}`);
    }
  };
  await step(e, exp.once, null);
  for (const [i, c] of cs.entries()) await step(c, copies[i]!.once, null);
  for (let run = 1; run <= runs; run++) {
    await step(e, exp.once, run);
    for (const [i, c] of cs.entries()) await step(c, copies[i]!.once, run);
  }
  e.comparedWith = cs[0];
  e.alsoComparedWith = cs[1];
  return [e, ...cs];
}

interface Summary {
  firstByte: number;
  total: number;
  rows: number;
  bytes: number;
  rowsPerSecond: number;
  memoryGrowth: number | null;
}

function summarise(r: Result): Summary | null {
  if (r.error || r.runs.length === 0) return null;
  const last = r.runs[r.runs.length - 1]!;
  const total = median(r.runs.map((m) => m.total));
  const memories = r.runs.map((m) => m.memoryGrowth).filter((m): m is number => m !== null);
  return {
    firstByte: median(r.runs.map((m) => m.firstByte)),
    total,
    rows: last.rows,
    bytes: last.bytes,
    rowsPerSecond: last.rows / total,
    memoryGrowth: memories.length > 0 ? Math.max(...memories) : null,
  };
}

function table(results: Result[], withRows: (r: Result) => boolean): string {
  const lines = [
    "| Measure | Via | First byte | Total | Runs (total) | Rows | Size | Rows/s | Peak memory growth | Total ÷ COPY (same query; raw columns) |",
    "|---|---|--:|--:|---|--:|--:|--:|--:|--:|",
  ];
  for (const r of results) {
    const s = summarise(r);
    if (!s) {
      lines.push(`| ${r.label} | ${r.via} | failed (below) | | | | | | | |`);
      continue;
    }
    const c = r.comparedWith ? summarise(r.comparedWith) : null;
    const raw = r.alsoComparedWith ? summarise(r.alsoComparedWith) : null;
    const ratio = r.comparedWith ? `${c ? `${(s.total / c.total).toFixed(2)}×` : "—"}; ${raw ? `${(s.total / raw.total).toFixed(2)}×` : "—"}` : "";
    const rows = withRows(r);
    lines.push(
      `| ${r.label} | ${r.via} | ${fmtSeconds(s.firstByte)} | ${fmtSeconds(s.total)} | ${r.runs.map((m) => m.total.toFixed(2)).join(", ")} s | ` +
        `${rows ? fmtInt(s.rows) : "—"} | ${fmtSize(s.bytes)} | ${rows ? fmtInt(s.rowsPerSecond) : "—"} | ` +
        `${s.memoryGrowth === null ? "not measured" : fmtMB(s.memoryGrowth)} (${r.memoryOf}) | ${ratio} |`,
    );
  }
  return lines.join("\n");
}

interface Verdict {
  goal: string;
  met: boolean | null;
  detail: string;
}

function verdicts(pairs: { name: string; exp: Result; copy: Result; raw: Result }[]): Verdict[] {
  const out: Verdict[] = [];
  for (const { name, exp, copy, raw } of pairs) {
    const e = summarise(exp);
    const c = summarise(copy);
    if (!e) {
      out.push({ goal: `${name}: the export`, met: false, detail: `the export failed: ${exp.error}` });
      continue;
    }
    if (c) {
      const ratio = e.total / c.total;
      out.push({
        goal: `${name}: within ${GOALS.copyRatio}× the time of COPY of the same query`,
        met: ratio <= GOALS.copyRatio,
        detail: `${ratio.toFixed(2)}× (${fmtSeconds(e.total)} against ${fmtSeconds(c.total)})`,
      });
      const r = summarise(raw);
      if (r) {
        const rawRatio = e.total / r.total;
        out.push({
          goal: `${name}: (stricter) within ${GOALS.copyRatio}× COPY of the raw columns, unformatted`,
          met: rawRatio <= GOALS.copyRatio,
          detail: `${rawRatio.toFixed(2)}× (${fmtSeconds(e.total)} against ${fmtSeconds(r.total)})`,
        });
      }
    } else {
      out.push({ goal: `${name}: within ${GOALS.copyRatio}× COPY's time`, met: null, detail: `COPY failed: ${copy.error}` });
    }
    out.push(
      e.memoryGrowth === null
        ? { goal: `${name}: under ${GOALS.memoryMB} MB of extra server memory`, met: null, detail: "the server's memory could not be read" }
        : {
            goal: `${name}: under ${GOALS.memoryMB} MB of extra server memory`,
            met: e.memoryGrowth < GOALS.memoryMB * 1e6,
            detail: `peak growth ${fmtMB(e.memoryGrowth)}`,
          },
    );
    out.push({
      goal: `${name}: first byte under ${GOALS.firstByteSeconds} s`,
      met: e.firstByte < GOALS.firstByteSeconds,
      detail: `${fmtSeconds(e.firstByte)} (median)`,
    });
    if (c && e.rows !== c.rows)
      out.push({ goal: `${name}: the same rows as COPY`, met: false, detail: `${fmtInt(e.rows)} rows in the export, ${fmtInt(c.rows)} from COPY` });
  }
  return out;
}

const mark = (v: Verdict) => (v.met === null ? "not measured" : v.met ? "**met**" : "**not met**");

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const where = new URL(options.url);
  log(`scale ${options.scale}, seed ${options.seed}, database ${where.host}${where.pathname}, ${options.runs} run(s) after one warm-up`);

  // The export definitions name the SQL that COPY runs: the exports' own queries, with no filters.
  let EXPORTS: typeof import("../lib/exports/registry").EXPORTS;
  try {
    ({ EXPORTS } = await import("../lib/exports/registry"));
  } catch (error) {
    throw new Error(`could not load the export definitions (lib/exports/registry.ts): ${(error as Error).message}`);
  }
  const planSql = EXPORTS["plan-history"]?.copySql();
  const auditSql = EXPORTS["audit"]?.copySql();
  // What the export itself sends to PostgreSQL, with no filters (lib/exports/copy-sql.ts)
  const { exportSelectSql } = await import("../lib/exports/copy-sql");
  const noFilters = (name: string) => EXPORTS[name]!.parseFilters(new URLSearchParams()).filters;
  const planSame = exportSelectSql(EXPORTS["plan-history"]!, noFilters("plan-history"));
  const auditSame = exportSelectSql(EXPORTS["audit"]!, noFilters("audit"));
  if (!planSql || !auditSql) throw new Error('lib/exports/registry.ts has no "plan-history" or "audit" export');

  const loadStart = os.loadavg()[0]!;
  const { generatedSeconds, reused } = await prepareData(options);
  const facts = await dataFacts(options.url);
  log(
    `data: ${fmtInt(facts.trusts)} trusts, ${fmtInt(facts.plans)} plans, ${fmtInt(facts.decisions)} decisions, ${fmtInt(facts.problems)} problems, ${fmtInt(facts.audit)} audit events; PostgreSQL ${facts.version}`,
  );

  let loadPeak = loadStart;
  const loadTimer = setInterval(() => (loadPeak = Math.max(loadPeak, os.loadavg()[0]!)), 2_000);
  const server = await startServer(options);
  const analyst = await signIn(server, DEMO_PEOPLE.analyst.email);
  const admin = await signIn(server, DEMO_PEOPLE.admin.email);
  log("signed in as the analyst and the admin");

  const memServer = `next-server${server.serverPid ? "" : ", not found"}`;
  const memBackend = "postgres backend, private";
  const sameVia = "`COPY (the export's own query) TO STDOUT` via psql";
  const rawVia = "`COPY (the raw columns) TO STDOUT` via psql";
  const [planExport, planCopy, planRaw] = await measureRound(
    "Plan history",
    {
      via: "export `GET /exports/plan-history.csv`",
      memoryOf: memServer,
      once: () => measureHttp(server, "/exports/plan-history.csv", analyst),
      serverLog: server.logFile,
    },
    [
      { via: sameVia, memoryOf: memBackend, once: () => measureCopy(options.url, planSame) },
      { via: rawVia, memoryOf: memBackend, once: () => measureCopy(options.url, planSql) },
    ],
    options.runs,
  );
  const [auditExport, auditCopy, auditRaw] = await measureRound(
    "Audit trail",
    { via: "export `GET /exports/audit.csv`", memoryOf: memServer, once: () => measureHttp(server, "/exports/audit.csv", admin), serverLog: server.logFile },
    [
      { via: sameVia, memoryOf: memBackend, once: () => measureCopy(options.url, auditSame) },
      { via: rawVia, memoryOf: memBackend, once: () => measureCopy(options.url, auditSql) },
    ],
    options.runs,
  );
  const overview = await measure(
    "Overview page",
    `\`GET ${OVERVIEW_PATH}\` (HTML, analyst)`,
    memServer,
    options.runs,
    () => measureHttp(server, OVERVIEW_PATH, analyst),
    server.logFile,
  );
  const health = await measure("Health check", "`GET /api/health`", memServer, options.runs, () => measureHttp(server, "/api/health", null), server.logFile);
  await stopServer();
  const loadEnd = os.loadavg()[0]!;
  clearInterval(loadTimer);
  loadPeak = Math.max(loadPeak, loadEnd);

  const results = [planExport!, planCopy!, planRaw!, auditExport!, auditCopy!, auditRaw!, overview, health];
  const rendered = table(results, (r) => r !== overview && r !== health);
  const goals = verdicts([
    { name: "Plan history", exp: planExport!, copy: planCopy!, raw: planRaw! },
    { name: "Audit trail", exp: auditExport!, copy: auditCopy!, raw: auditRaw! },
  ]);
  console.log(`\n${rendered}\n`);
  for (const v of goals) console.log(`- ${v.goal}: ${mark(v)} — ${v.detail}`);
  const failed = results.filter((r) => r.error);
  for (const r of failed) console.log(`- FAILED: ${r.label} (${r.via}): ${r.error}`);
  console.log(`\nload average (1 min): ${loadStart.toFixed(2)} at the start, ${loadPeak.toFixed(2)} at most, ${loadEnd.toFixed(2)} at the end`);

  if (options.writeDocs) {
    const m = machine(facts.version);
    const now = new Date();
    const doc = `# Benchmarks

Written by \`npm run bench:export -- --write-docs\` (scripts/bench-export.ts): run it again to refresh these
figures. The data is generated (\`npm run db:generate\`, scripts/generate-national.ts), never the sample data.

## The run

- **When:** ${now.toISOString().slice(0, 16).replace("T", " ")} UTC
- **Command:** \`${commandLine()}\`
- **Machine:** ${m.nproc} CPUs (${m.cpu}), ${m.ramGiB} GiB RAM, ${m.osName}; Node.js ${m.node}; PostgreSQL ${m.pgVersion} on the same machine
- **Load:** 1-minute load average ${loadStart.toFixed(2)} at the start, ${loadPeak.toFixed(2)} at most and ${loadEnd.toFixed(2)} at the end of the run, on ${m.nproc} CPUs.
  The run itself keeps up to three processes busy (the app, PostgreSQL and this script reading the download); load beyond
  that is other work on the same machine, which makes the times slower and noisier. The ratios to COPY, measured in the
  same run, are the fairer figures.
- **Data:** \`--scale ${options.scale} --seed ${options.seed}\`: ${fmtInt(facts.trusts)} organisations, ${fmtInt(facts.plans)} plans and re-plans, ${fmtInt(facts.decisions)} decisions, ${fmtInt(facts.problems)} problems, ${fmtInt(facts.audit)} audit events${
      reused
        ? ` (generated before this run, ${reused.at.slice(0, 16).replace("T", " ")} UTC${reused.seconds === null ? "" : `, in ${reused.seconds.toFixed(1)} s`}, and reused)`
        : `, generated in ${(generatedSeconds ?? 0).toFixed(1)} s at the start of this run`
    }.
- **Runs:** ${options.runs} measured run(s) of each request after one warm-up; an export and its COPY take turns (export, COPY,
  export, COPY…) so that other work on the machine falls on both alike; times are medians, memory is the largest growth seen.

## Results

${rendered}

## Goals

${goals.map((v) => `- ${v.goal}: ${mark(v)} — ${v.detail}`).join("\n")}
${failed.length === 0 ? "" : `\n## Failures\n\n${failed.map((r) => `- **${r.label}** (${r.via}): ${r.error}`).join("\n")}\n`}
## How it is measured

- The app runs as in production: the launcher (\`scripts/launch.ts start\`) builds into \`.next-bench\` (or \`NEXT_DIST_DIR\`) and runs
  \`next start\` on PostgreSQL, with \`SAMPLE_DATA=false\` and \`DEMO_ACCOUNTS=true\`. The benchmark signs in as the demo analyst
  (plan history, overview) and admin (audit trail) and downloads over a fresh HTTP connection each time.
- **First byte:** from sending the request to the first byte of the body. **Total:** to the last byte.
  **Rows:** CSV records after the header, counting line ends outside quoted cells. **Rows/s:** rows ÷ median total.
- **Peak memory growth:** sampled every 20 ms during the request from /proc/<pid>/status, highest sample minus the value
  just before it; MB are 10^6 bytes. For the export: the \`next-server\` process's resident set (VmRSS), which includes
  memory the garbage collector has not yet reclaimed, so it varies from run to run. For COPY: the PostgreSQL backend that
  runs it (named by \`SELECT pg_backend_pid()\` in the same psql session, so its first milliseconds are not sampled), and
  only its private memory (RssAnon): its VmRSS also counts the shared buffer pages it reads, which are the server's cache.
- **COPY:** \`psql "<url>" -c "COPY (<sql>) TO STDOUT WITH (FORMAT csv, HEADER)"\`, twice, on the same database in the same
  run, each output read to the end like the export's. *The same query*: the SQL the export itself sends, with no
  filters (\`exportSelectSql\` in lib/exports/copy-sql.ts: the cells formatted in SQL): the issue's measure, the cost of
  the app between PostgreSQL and the download. *The raw columns*: the export's rows as the database stores them, with
  no formatting (\`copySql()\` in lib/exports/definitions): a stricter floor, which does not write ISO timestamps,
  lower-case enums or neutralise formula cells, so its output is not the export's.
- **How the export is written** (lib/exports/stream.ts): on a PostgreSQL server the app asks PostgreSQL for the CSV
  itself, \`COPY (SELECT <each cell formatted in SQL> FROM (<the query>) q ORDER BY q.k) TO STDOUT\`, through its own
  \`pg\` pool (pg-copy-streams), turns the LF line ends into CRLF and passes the bytes on in 64 KB pieces as they come; a
  cancelled download cancels the query (\`pg_cancel_backend\`). On the embedded database the rows are read in keyset
  batches and written by csv-stringify. Both give the same cells (tests/integration/exports-copy.test.ts).
- **Sources columns:** each fact's sources are grouped once and joined (\`sourcesJoin\` in lib/exports/format.ts), in
  the export and in the COPY it is measured against alike.
- **Overview page:** the HTML of \`${OVERVIEW_PATH}\` read to the end (the server's time to render the page at this scale),
  beside \`/api/health\` (one \`SELECT 1\`), which is the cost of a request that does almost nothing.
`;
    // Only the export's section: the pages benchmark (scripts/bench-pages.ts) writes its own after it.
    writeDocSection(path.join(root, "docs", "benchmarks.md"), "export", doc, DOC_SECTIONS);
    log("wrote docs/benchmarks.md");
  }

  if (failed.length > 0) {
    console.error(`[bench] ${failed.length} measurement(s) failed: ${failed.map((r) => `${r.label} (${r.via})`).join("; ")}`);
    process.exitCode = 1;
  }
}

stopServerOnExit();

main()
  .catch(async (error: unknown) => {
    const message = error instanceof RefusedError ? `refused: ${error.message}` : ((error as Error).stack ?? String(error));
    console.error(`[bench] ${message}`);
    process.exitCode = error instanceof RefusedError ? 3 : 1;
  })
  .finally(async () => {
    await stopServer();
  });
