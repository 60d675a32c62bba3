// `npm start` / `npm run dev`: runs the dashboard on the database named by DATABASE_URL, or, when it
// is unset, on an embedded PostgreSQL (PGlite) whose data stays in .data/pglite. It applies the
// committed migrations, loads the sample data if missing, builds when the sources changed, and
// then runs the server (scripts/serve.ts, Next.js inside) as a child process, forwarding signals so that
// PGlite closes cleanly; the child exits by itself if this process dies without a word.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { prepareDatabase } from "../lib/db/prepare";
import { parseTrustedProxies } from "../lib/server/client-address";

// Telemetry would try to reach the internet, which these machines (and many NHS networks) block.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serveScript = path.join(root, "scripts", "serve.ts");

function log(message: string) {
  console.log(`[rollout] ${message}`);
}

/**
 * tsconfig.json as far as the build depends on it: its compilerOptions (paths above all), parsed. `next build`
 * rewrites the file, adding its NEXT_DIST_DIR's type folders to `include` and re-indenting it; counting those
 * bytes made every start after a build rebuild everything (and change every server action's id).
 */
function tsconfigForFingerprint(file: string): string {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.stringify((JSON.parse(text) as { compilerOptions?: unknown }).compilerOptions ?? {});
  } catch {
    return text; // comments or a mistake: the bytes, as before
  }
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
      hash.update(path.basename(p) === "tsconfig.json" ? tsconfigForFingerprint(p) : readFileSync(p));
    }
  };
  for (const entry of [
    "app",
    "components",
    "lib",
    "public",
    "proxy.ts",
    "next.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "package-lock.json",
    "prisma/schema.prisma",
  ]) {
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
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigBefore = readFileSync(tsconfig, "utf8");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  restoreTsconfigIfOnlyTypeFoldersAdded(tsconfig, tsconfigBefore);
  if (result.status !== 0) {
    log("the build failed; see the messages above");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, fingerprint);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * With NEXT_DIST_DIR set (test runs, the benchmark), `next build` adds "<dir>/types/**\/*.ts" to tsconfig's
 * `include`. Those folders are excluded (".next-*") and the type checker never reads them, so the committed
 * file is put back rather than leave every test run with a changed tsconfig.json. Any other change stays.
 */
function restoreTsconfigIfOnlyTypeFoldersAdded(file: string, before: string) {
  const after = readFileSync(file, "utf8");
  if (after === before) return;
  try {
    type Tsconfig = { include?: string[] };
    const [was, now] = [JSON.parse(before) as Tsconfig, JSON.parse(after) as Tsconfig];
    const added = (now.include ?? []).filter((entry) => !(was.include ?? []).includes(entry));
    const distName = path.relative(root, distDir).split(path.sep).join("/");
    const onlyTypeFolders = added.every((entry) => entry.startsWith(`${distName}/`) && entry.endsWith("types/**/*.ts"));
    if (onlyTypeFolders && JSON.stringify({ ...now, include: was.include }) === JSON.stringify(was)) {
      writeFileSync(file, before);
      log(`kept tsconfig.json as committed (next build had added ${added.join(", ")})`);
    }
  } catch {
    // not JSON we can read: leave whatever next build wrote for the developer to see
  }
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

/** HOST and TRUSTED_PROXY are read by the server; a mistake in them is reported before anything starts. */
function checkServerSettings(isEmbedded: boolean) {
  // The embedded database is for one machine (demo accounts, a made-up secret): serve it on this machine
  // only unless asked. On a server database the service is meant to be reached from elsewhere.
  process.env.HOST ||= isEmbedded ? "127.0.0.1" : "0.0.0.0";
  try {
    parseTrustedProxies(process.env.TRUSTED_PROXY);
  } catch (error) {
    console.error(`[rollout] ${(error as Error).message}`);
    process.exit(1);
  }
}

async function main() {
  ensureAuthSecret();
  checkServerSettings(!process.env.DATABASE_URL);
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
        (demoAccounts ? `; demo accounts: ${result.demoAccountsCreated} created` : "") +
        (result.spansRebuilt !== null ? `; status spans rebuilt for ${result.spansRebuilt} go-lives` : ""),
    );
  } catch (error) {
    console.error(`[rollout] could not prepare the database: ${(error as Error).message}`);
    await stopDatabase();
    process.exit(1);
  }

  if (mode === "start") buildIfStale();

  // Our own server (scripts/serve.ts) rather than `next start`, so that it owns the socket: see
  // docs/decisions/011. The IPC channel is how it knows when this process has gone, however it went.
  const child = spawn(process.execPath, ["--import", "tsx", serveScript, mode], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: mode === "dev" ? "development" : "production" },
  });

  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  // `npm start` runs this file through tsx's CLI, a separate process. If that process is killed outright,
  // this one is orphaned (adopted by another parent) and should go too, taking the server and PGlite with it.
  const parentAtStart = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentAtStart && !stopping) {
      log("the process that started the launcher has gone: stopping");
      forward("SIGTERM");
    }
  }, 1000).unref();
  child.on("exit", async (code, signal) => {
    await stopDatabase();
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}

main().catch((error) => {
  console.error(`[rollout] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
