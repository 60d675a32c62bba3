#!/usr/bin/env node
// Vendored unchanged (but for these two lines) from the team's shared tools (prisma-wasm-engine), so that a fresh
// clone can check its migrations in CI (scripts/check-migrations.sh) and author new ones (scripts/new-migration.sh).
// Stand-in for Prisma 7's native `schema-engine` binary on offline development machines (see README.md):
//   PRISMA_SCHEMA_ENGINE_BINARY=../shared/tools/prisma-wasm-engine/schema-engine.mjs npx prisma migrate dev
// It speaks the binary's JSON-RPC over stdin/stdout and runs Prisma's WebAssembly schema engine
// (@prisma/schema-engine-wasm) against PostgreSQL through @prisma/adapter-pg.
// Every npm package is loaded from the project (PRISMA_PROJECT_DIR, else the working directory), never from here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.filter((_, i) => args[i - 1] === name);
const log = (level, message, extra = {}) =>
  process.stderr.write(JSON.stringify({ level, target: 'schema_engine::logger', fields: { message, ...extra } }) + '\n');
// The CLI ignores the first stderr line of `schema-engine cli ...` (the binary's startup line): lead with INFO.
const fail = (message, code) => { log('INFO', 'prisma-wasm-engine'); log('ERROR', message, code ? { error_code: code } : {}); process.exit(1); };

if (args.includes('--version')) { process.stdout.write('schema-engine-cli prisma-wasm-engine\n'); process.exit(0); }

const projectDir = path.resolve(process.env.PRISMA_PROJECT_DIR ?? process.cwd());
const projectRequire = createRequire(path.join(projectDir, 'package.json'));
const resolve = (id) => {
  try { return projectRequire.resolve(id); } catch {
    fail(`prisma-wasm-engine: cannot find ${id} from ${projectDir}: install the devDependencies listed in prisma-wasm-engine/README.md, or set PRISMA_PROJECT_DIR.`);
  }
};
const load = (id) => import(pathToFileURL(resolve(id)).href);
const { PrismaPg } = await load('@prisma/adapter-pg');
// pg as adapter-pg sees it: a Pool from another copy of pg would fail adapter-pg's `instanceof pg.Pool`.
const { default: pg } = await import(pathToFileURL(createRequire(resolve('@prisma/adapter-pg')).resolve('pg')).href);
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = await load('@prisma/driver-adapter-utils');

const datasource = JSON.parse(flag('--datasource')[0] ?? '{}');
const url = datasource.url ?? process.env.DATABASE_URL;

// Discrete pg fields, not a connectionString: pg ignores a `database` override next to a connectionString,
// so the temporary shadow database below would silently be the main database.
function pgConfig(u) {
  // The wasm engine always connects, even for a schema-to-schema `migrate diff`.
  if (!u) throw new Error('prisma-wasm-engine needs a database URL (datasource.url in prisma.config.ts, e.g. DATABASE_URL)');
  const x = new URL(u);
  const cfg = {
    host: decodeURIComponent(x.hostname) || x.searchParams.get('host') || '127.0.0.1',
    port: Number(x.port || 5432),
    user: decodeURIComponent(x.username) || undefined,
    password: decodeURIComponent(x.password) || undefined,
    database: decodeURIComponent(x.pathname.slice(1)) || 'postgres',
  };
  const schema = x.searchParams.get('schema');
  // ?schema=: the engine looks in that schema but creates tables unqualified ('relation "_prisma_migrations"
  // already exists' on the second run): make it the connection's search_path.
  if (schema) cfg.options = `-c search_path=${schema}`;
  return { cfg, options: schema ? { schema } : undefined };
}
const ident = (name) => `"${name.replace(/"/g, '""')}"`;
async function withClient(cfg, fn) {
  const client = new pg.Client(cfg);
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

// ---- `schema-engine --datasource ... cli <command>`: `migrate dev` / `db push` check and create the database.
if (args.includes('cli')) {
  const command = args[args.indexOf('cli') + 1];
  const { cfg } = pgConfig(url);
  try {
    if (command === 'can-connect-to-database') await withClient(cfg, () => {});
    else if (command === 'create-database') {
      await withClient({ ...cfg, database: 'postgres' }, (c) => c.query(`CREATE DATABASE ${ident(cfg.database)}`));
      process.stdout.write(`Database '${cfg.database}' was successfully created.\n`);
    } else fail(`prisma-wasm-engine: unsupported command: cli ${command}`);
    process.exit(0);
  } catch (e) {
    if (e.code === '3D000') fail(`Database \`${cfg.database}\` does not exist`, 'P1003');
    fail(String(e.message), e.code === '28P01' || e.code === '28000' ? 'P1000' : 'P1001');
  }
}

// ---- The wasm engine, loaded in plain Node (importing a .wasm module does not work on Node 20).
// Without this registry a Rust panic surfaces only as "Cannot read properties of undefined (reading 'set_message')".
const panic = { message: '', set_message(m) { this.message = m; } };
globalThis.PRISMA_WASM_PANIC_REGISTRY = panic;
const glue = await load('@prisma/schema-engine-wasm/schema_engine_bg');
// Prefer the wasm bundled in the prisma CLI package (same engines hash as the CLI); else the package's own.
const wasmFiles = [
  path.join(path.dirname(resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm'),
  path.join(path.dirname(resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm'),
];
let instance;
for (const file of wasmFiles) {
  try { instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(file)), { './schema_engine_bg.js': glue }); break; }
  catch (e) { if (file === wasmFiles.at(-1)) throw e; }
}
glue.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

// ---- adapter-pg 7.10 fixes, applied to every adapter the engine gets.
const charColumns = new WeakMap();
class PgFactory extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    // adapter-pg 7.x no longer maps Postgres' internal "char" type (oid 18) that the schema describer reads:
    // "Column type 'char' could not be deserialized". Text is not enough (a Rust panic on PG 18): use Character.
    const performIO = adapter.performIO.bind(adapter);
    adapter.performIO = async (query) => {
      const result = await performIO(query);
      const idx = [];
      (result?.fields ?? []).forEach((f, i) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; idx.push(i); } });
      if (idx.length) charColumns.set(result.rows, idx);
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const res = await queryRaw(query);
      for (const i of charColumns.get(res.rows) ?? []) res.columnTypes[i] = ColumnTypeEnum.Character;
      return res;
    };
    // executeScript() splits migration SQL on ';' (not atomic, breaks $$ bodies): send it as one simple query.
    // On its own connection, released without the error: pool.query() would close the connection on a failing
    // migration, and PGlite's one-connection server then refuses the next ("Connection terminated unexpectedly").
    adapter.executeScript = async (script) => {
      const connection = await adapter.client.connect();
      try { await connection.query(script); } catch (e) { adapter.onError(e); } finally { connection.release(); }
    };
    return adapter;
  }
}

// One pool per database for the whole process, kept open between requests: pool.end() resolves before the
// server sees the socket close, and a single-connection server (PGlite's socket server) then refuses the
// next connection ("Server has closed the connection", "read ECONNRESET").
const pools = new Map();
function poolFor(cfg) {
  const key = JSON.stringify(cfg);
  if (!pools.has(key)) pools.set(key, new pg.Pool(cfg));
  return pools.get(key);
}

function makeFactory() {
  const { cfg, options } = pgConfig(url);
  const main = new PgFactory(poolFor(cfg), options);
  if (datasource.shadowDatabaseUrl) {
    const s = pgConfig(datasource.shadowDatabaseUrl);
    const shadow = new PgFactory(poolFor(s.cfg), s.options);
    const schema = s.options?.schema ?? 'public';
    // `migrate dev` replays the history twice on the shadow database and expects it empty each time
    // ('type "Role" already exists'): empty it on every connect.
    main.connectToShadowDb = async () => {
      const adapter = await shadow.connect();
      // Never empty a database that has a migration history: SHADOW_DATABASE_URL may name the main database
      // (or a server such as PGlite's that ignores the database name).
      const { rows } = await adapter.client.query(`SELECT to_regclass('${ident(schema)}._prisma_migrations') AS t`);
      if (rows[0].t) {
        const where = datasource.shadowDatabaseUrl.replace(/:[^:@/]*@/, ':***@');
        throw new Error(`prisma-wasm-engine: the shadow database ${where} has a _prisma_migrations table; refusing to empty it (is it the main database?)`);
      }
      await adapter.client.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE; CREATE SCHEMA ${ident(schema)};`);
      return adapter;
    };
  } else {
    // adapter-pg 7.10 drops its temporary shadow database before closing its pool ('database
    // "prisma_migrate_shadow_db_..." is being accessed by other users', database left behind): close, then drop.
    main.connectToShadowDb = async () => {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await withClient(cfg, (c) => c.query(`CREATE DATABASE ${ident(name)}`));
      const adapter = await new PgFactory({ ...cfg, database: name }, options).connect();
      if (options) await adapter.client.query(`CREATE SCHEMA ${ident(options.schema)}`); // ?schema= of the main URL
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await withClient(cfg, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
      };
      return adapter;
    };
  }
  const factory = bindMigrationAwareSqlAdapterFactory(main);
  // Remember the adapters the engine opens, to dispose of them after each request.
  factory.opened = [];
  const connect = factory.connect;
  factory.connect = async (...a) => { const r = await connect(...a); if (r.ok) factory.opened.push(r.value); return r; };
  return factory;
}

// Engine errors say only "External error id#N": replace them with the driver's own message.
function explain(factory, e) {
  if (e instanceof WebAssembly.RuntimeError && panic.message) Object.assign(e, { message: `Rust panic: ${panic.message}`, isPanic: true });
  const m = /External error id#(\d+)/.exec(String(e?.message));
  const err = m && factory.errorRegistry.consumeError(Number(m[1]))?.error;
  if (err) e.message = err.message ?? (err.kind ? `${err.kind}: ${JSON.stringify(err)}` : JSON.stringify(err));
  return e;
}

// ---- JSON-RPC server: a fresh engine per request; the adapters it opened are disposed of afterwards.
const datamodels = flag('--datamodels').map((p) => [p, fs.readFileSync(p, 'utf8')]);
const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
const pendingPrints = new Map();
let nextPrintId = 1_000_000;
// The native binary prints `migrate diff` output through a JSON-RPC `print` request; the wasm engine returns `stdout`.
const print = (content) => new Promise((done) => {
  const id = nextPrintId++;
  pendingPrints.set(id, done);
  send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
});

async function call(engine, method, params) {
  if (method === 'diff') {
    const { stdout, ...rest } = await engine.diff(params);
    if (stdout) await print(stdout.replace(/\n$/, ''));
    return rest;
  }
  if (method === 'evaluateDataLoss' || method === 'createMigration') {
    // Called cold, these read the history's schema from an empty cache: "PostgreSQL shadow DB must be provided
    // through an external factory" (migrate dev on a fresh database). diagnoseMigrationHistory fills it.
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
  }
  if (typeof engine[method] !== 'function') throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
  return engine[method](params ?? {});
}

async function handle({ id, method, params }) {
  let factory, engine;
  try {
    factory = makeFactory();
    engine = await glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, () => {}, factory);
    send({ jsonrpc: '2.0', id, result: (await call(engine, method, params)) ?? null });
  } catch (error) {
    const e = factory ? explain(factory, error) : error;
    const data = { is_panic: Boolean(e?.isPanic || e instanceof WebAssembly.RuntimeError), message: String(e?.message ?? e) };
    if (/^P\d{4}$/.test(e?.code)) Object.assign(data, { error_code: e.code, meta: e.meta ?? null });
    send({ jsonrpc: '2.0', id, error: { code: e?.rpcCode ?? 4466, message: 'An error happened. Check the data field for details.', data } });
  } finally {
    try { engine?.free(); } catch {}
    for (const adapter of factory?.opened ?? []) await adapter.dispose().catch(() => {});
  }
}

const inflight = new Set();
readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    let msg;
    try { msg = JSON.parse(line); } catch { return; }
    if (msg.method === undefined && pendingPrints.has(msg.id)) { // the CLI's answer to a `print` request
      pendingPrints.get(msg.id)(msg);
      pendingPrints.delete(msg.id);
      return;
    }
    const p = handle(msg).finally(() => inflight.delete(p));
    inflight.add(p);
  })
  .on('close', async () => {
    await Promise.allSettled([...inflight]);
    await Promise.allSettled([...pools.values()].map((pool) => pool.end()));
    process.exit(0);
  });
