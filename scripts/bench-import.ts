// `npm run bench:import -- [--database embedded|postgres] [--database-url URL] [--rows 10000]`
//
// Times a spreadsheet import of 10,000 re-plans (docs/decisions/025) end to end through lib/import/batches.ts:
// reading the CSV, the preview (read + every row checked against the record + the preview kept) and the apply
// (one transaction: go-lives locked, rows checked again, plans, their sources and an audit record per row written,
// spans rewritten). It runs on a scratch database made for it and dropped after (on the PostgreSQL server of
// --database-url, default DATABASE_URL), or on an in-memory embedded one (--database embedded), loaded with the
// sample data. The rows re-plan the sample record's go-live that has not happened (Queen Mary's, Roehampton): a
// date a day apart for each row, announced June 2010, citing a source of the record. A script, not a test.
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { prepareDatabase } from "../lib/db/prepare";
import { dropDatabase, quoteIdent } from "../tests/integration/support/drop-database";
import { DEMO_PEOPLE } from "../lib/auth/demo-people";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const kind = option("database", "postgres");
const rowCount = Number(option("rows", "10000"));
const serverUrl = option("database-url", process.env.DATABASE_URL ?? "postgresql://rollout:rollout@127.0.0.1:5432/postgres");

const HEADER =
  "trust,scope,planned_go_live,planned_go_live_precision,planned_label,announced_on,announced_on_precision,reason,made_by,made_by_kind,certainty,sources";

function fileOf(rows: number, source: string): Uint8Array {
  const lines = [HEADER];
  const start = Date.UTC(2011, 0, 1);
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(`queen-marys-roehampton,Whole trust,${day},day,,2010-06,month,Benchmark row ${i + 1},,,uncertain,${source}`);
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

let stop: () => Promise<void>;
let url: string;
const prepareStarted = performance.now();
if (kind === "embedded") {
  const database = await startEmbeddedDatabase();
  url = database.connectionString;
  process.env.DATABASE_POOL_MAX = "1";
  stop = database.stop;
} else {
  const name = `rollout_bench_import_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  await admin.end();
  const scratch = new URL(serverUrl);
  scratch.pathname = `/${name}`;
  url = scratch.toString();
  stop = () => dropDatabase(serverUrl, name);
}
await prepareDatabase(url, { demoAccounts: true });
process.env.DATABASE_URL = url;
console.log(
  `database: ${kind === "embedded" ? "embedded PGlite (in memory)" : "PostgreSQL server, scratch database"}, sample data loaded in ${seconds(performance.now() - prepareStarted)}`,
);

// The scratch database is dropped however the run ends.
let disconnect = async () => {};
try {
  const { getDb } = await import("../lib/db");
  const { readSpreadsheet } = await import("../lib/import/read-file");
  const { startImport, applyImport, readImportBatch } = await import("../lib/import/batches");
  const db = getDb();
  disconnect = () => db.$disconnect();
  const manager = await db.user.findFirstOrThrow({ where: { email: DEMO_PEOPLE.manager.email }, select: { id: true, email: true, name: true } });
  const actor = { ...manager, roles: ["PROGRAMME_MANAGER" as const] };
  const source = await db.source.findFirstOrThrow({ where: { key: "ehi-2009-03-next-go-live-autumn" }, select: { url: true } });
  const bytes = fileOf(rowCount, source.url!);
  const before = { plans: await db.goLivePlan.count(), audits: await db.auditEvent.count() };

  let started = performance.now();
  const read = await readSpreadsheet(bytes, "bench.csv", "replans");
  const readMs = performance.now() - started;
  if (!read.ok) throw new Error(read.reason);

  started = performance.now();
  const preview = await startImport(actor, "replans", { name: "bench.csv", size: bytes.byteLength, bytes: async () => bytes });
  const previewMs = performance.now() - started;
  if (!preview.ok) throw new Error(preview.message);
  const batch = await readImportBatch(actor, preview.id);
  if (!batch || batch.problemRows > 0)
    throw new Error(`the preview has ${batch?.problemRows} rows with problems: ${batch?.rows.find((r) => r.problems.length)?.problems.join("; ")}`);

  started = performance.now();
  const applied = await applyImport(actor, preview.id);
  const applyMs = performance.now() - started;
  if (applied.status !== "applied") throw new Error(`not applied: ${applied.message}`);
  const after = { plans: await db.goLivePlan.count(), audits: await db.auditEvent.count() };

  console.log(`file: ${rowCount.toLocaleString("en-GB")} re-plan rows, ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB of CSV`);
  console.log(`read (parse and check the file):            ${seconds(readMs)}`);
  console.log(`preview (read + rows checked + kept):       ${seconds(previewMs)}`);
  console.log(`apply (one transaction):                    ${seconds(applyMs)}`);
  console.log(`upload to imported (preview + apply):       ${seconds(previewMs + applyMs)}`);
  console.log(
    `written: ${(after.plans - before.plans).toLocaleString("en-GB")} plans, ${(after.audits - before.audits).toLocaleString("en-GB")} audit records`,
  );
  console.log(`memory: ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB resident`);
} finally {
  await disconnect();
  await stop();
}
