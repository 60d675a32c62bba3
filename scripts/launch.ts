// `npm start` / `npm run dev`: runs the dashboard on the database named by DATABASE_URL, or, when it
// is unset, on an embedded PostgreSQL (PGlite) whose data stays in .data/pglite. It applies the
// committed migrations, loads the sample data if missing, builds when the sources changed, and
// then runs Next.js as a child process, forwarding signals so that PGlite closes cleanly.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { prepareDatabase } from "../lib/db/prepare";

// Telemetry would try to reach the internet, which these machines (and many NHS networks) block.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function log(message: string) {
  console.log(`[rollout] ${message}`);
}

/** A hash of everything the production build depends on, so a stale build is rebuilt. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const entry of ["app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"]) {
    walk(path.join(root, entry));
  }
  return hash.digest("hex");
}

const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");

function buildIfStale() {
  const stamp = path.join(distDir, "rollout-build-fingerprint");
  const fingerprint = sourceFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint && existsSync(path.join(distDir, "BUILD_ID"))) {
    log("the production build is up to date");
    return;
  }
  log("building the dashboard (first start, or the sources changed)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    log("the build failed; see the messages above");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, fingerprint);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Sessions are signed with BETTER_AUTH_SECRET; without one, make one and keep it in .data/ (git-ignored). */
function ensureAuthSecret() {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log("made a session secret in .data/auth-secret (set BETTER_AUTH_SECRET to use your own)");
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main() {
  ensureAuthSecret();
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    // ROLLOUT_DATA_DIR=memory keeps the data in memory (end-to-end tests start from the sample data).
    const setting = process.env.ROLLOUT_DATA_DIR ?? ".data/pglite";
    const dataDir = setting === "memory" ? undefined : path.resolve(root, setting);
    const started = Date.now();
    embedded = await startEmbeddedDatabase({ dataDir, port: Number(process.env.EMBEDDED_DB_PORT ?? 0) });
    process.env.DATABASE_URL = embedded.connectionString;
    process.env.DATABASE_POOL_MAX = "1";
    log(`embedded PostgreSQL (PGlite) started in ${Date.now() - started} ms, data ${dataDir ? `in ${path.relative(root, dataDir)}` : "in memory"}`);
  } else {
    log("using the PostgreSQL server in DATABASE_URL");
  }

  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };

  try {
    const sampleData = process.env.SAMPLE_DATA !== "false";
    // Demo accounts (password "rollout-demo") only on the embedded database, or when asked for.
    const demoAccounts = embedded !== undefined || process.env.DEMO_ACCOUNTS === "true";
    const result = await prepareDatabase(process.env.DATABASE_URL!, { sampleData, demoAccounts });
    log(
      `migrations: ${result.migrations.applied.length} applied, ${result.migrations.alreadyApplied} already in place; ` +
        (sampleData ? (result.sampleDataLoaded ? "sample data loaded" : "sample data already present") : "sample data skipped (SAMPLE_DATA=false)") +
        (demoAccounts ? `; demo accounts: ${result.demoAccountsCreated} created` : ""),
    );
  } catch (error) {
    console.error(`[rollout] could not prepare the database: ${(error as Error).message}`);
    await stopDatabase();
    process.exit(1);
  }

  if (mode === "start") buildIfStale();

  const port = process.env.PORT ?? "3000";
  const args = mode === "dev" ? ["dev", "-p", port] : ["start", "-p", port];
  const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env: process.env });
  log(`serving http://localhost:${port}`);

  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    await stopDatabase();
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}

main().catch((error) => {
  console.error(`[rollout] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
