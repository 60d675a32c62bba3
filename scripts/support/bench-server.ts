// What the benchmarks share (scripts/bench-export.ts, scripts/bench-pages.ts): the app started by its
// own launcher in production mode, found and watched through /proc (memory, CPU), stopped whatever
// happens; plain HTTP requests to it; and the database it runs on.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = process.cwd();
let log = (message: string) => console.log(`[bench] ${message}`);
/** Where the shared parts write their progress (default: `[bench] …` on stdout). */
export function setLog(writer: (message: string) => void) {
  log = writer;
}

export interface ServerOptions {
  port: number;
  url: string;
  /** names the launcher's log file, /tmp/rollout-<name>-<port>.log */
  name?: string;
  /** more environment for the launcher (e.g. SAMPLE_DATA=true) */
  env?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// The database

/** Creates the database named in the URL when it does not exist (connecting to "postgres" to do it). */
export async function ensureDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!name) throw new Error("The database URL names no database");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      log(`created the database ${name}`);
    }
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Processes, memory and CPU

/**
 * A process's memory from /proc/<pid>/status, in kB: VmRSS (all resident memory) for the app; RssAnon
 * (private memory only) for a PostgreSQL backend, whose VmRSS also counts every page of the shared buffer
 * pool it touches, which is the server's cache and not memory the query costs.
 */
export type MemoryField = "VmRSS" | "RssAnon";
export function memoryKB(pid: number, field: MemoryField = "VmRSS"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** The Next.js server under the launcher: the process that calls itself next-server, else `next start`. */
export function findServerPid(launcherPid: number): number | null {
  const all = descendants(launcherPid).map((pid) => ({ pid, cmd: cmdline(pid) }));
  return all.find((p) => p.cmd.startsWith("next-server"))?.pid ?? all.filter((p) => /\bnext\b.*\bstart\b/.test(p.cmd)).at(-1)?.pid ?? null;
}

/** Samples a process's memory every 20 ms; peak growth is measured from the value just before the request. */
export class MemorySampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  readonly baselineKB: number | null;
  constructor(
    private readonly pid: number | null,
    private readonly field: MemoryField = "VmRSS",
  ) {
    this.baselineKB = pid === null ? null : memoryKB(pid, field);
    this.peak = this.baselineKB ?? 0;
    this.timer = setInterval(() => this.sample(), 20);
  }
  sample() {
    if (this.pid === null) return;
    const v = memoryKB(this.pid, this.field);
    if (v !== null && v > this.peak) this.peak = v;
  }
  /** peak growth in bytes, or null when the process could not be read */
  stop(): number | null {
    clearInterval(this.timer);
    this.sample();
    return this.baselineKB === null ? null : (this.peak - this.baselineKB) * 1024;
  }
}

const CLOCK_TICKS = 100; // USER_HZ, 100 on Linux (getconf CLK_TCK)

/** The CPU a process has used so far (user + system, utime and stime of /proc/<pid>/stat), in seconds; null when unreadable. */
export function cpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // after the command: state is field 3, utime 14 and stime 15 (1-based, as proc(5) counts)
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * Waits until the process has used less than 0.05 s of CPU in a quarter of a second (a request given
 * up on may still be running in the server), for at most `maxSeconds`; returns the seconds waited.
 */
export async function waitUntilIdle(pid: number | null, maxSeconds: number): Promise<number> {
  const started = performance.now();
  if (pid === null) return 0;
  let last = cpuSeconds(pid);
  while ((performance.now() - started) / 1000 < maxSeconds) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuSeconds(pid);
    if (now === null || last === null || now - last < 0.05) break;
    last = now;
  }
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------
// The server

export interface Server {
  launcher: ChildProcess;
  logFile: string;
  base: string;
  serverPid: number | null;
}

let running: Server | null = null;

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export async function startServer(options: ServerOptions): Promise<Server> {
  if (await portInUse(options.port)) throw new Error(`Port ${options.port} is already in use: choose another with --port`);
  const logFile = path.join(os.tmpdir(), `rollout-${options.name ?? "bench"}-${options.port}.log`);
  const fd = openSync(logFile, "w");
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const launcher = spawn(tsx, ["scripts/launch.ts", "start"], {
    cwd: root,
    // its own process group, so that a stubborn server can be ended as a group as a last resort
    detached: true,
    stdio: ["ignore", fd, fd],
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.url,
      DEMO_ACCOUNTS: "true",
      SAMPLE_DATA: "false",
      // Its own build folder, so a developer's .next is left alone; CI names the one its end-to-end run built.
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-bench",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  closeSync(fd);
  const server: Server = { launcher, logFile, base: `http://localhost:${options.port}`, serverPid: null };
  running = server;
  log(`starting the app on port ${options.port} (launcher pid ${launcher.pid}; its output is in ${logFile})`);

  let exited: string | null = null;
  launcher.once("exit", (code, signal) => {
    exited = `the launcher exited (${signal ?? `code ${code}`})`;
  });
  const started = Date.now();
  const deadline = started + 20 * 60_000; // a first build on a busy machine takes minutes
  for (;;) {
    if (exited) throw new Error(`${exited} before /api/health answered. The end of its output:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`/api/health did not answer within 20 minutes. The end of the launcher's output:\n${tail(logFile)}`);
    try {
      const r = await request(server, "/api/health", {});
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.serverPid = findServerPid(launcher.pid!);
  log(
    `the app answered /api/health after ${((Date.now() - started) / 1000).toFixed(1)} s; server process ${server.serverPid ?? "not found"}` +
      (server.serverPid ? ` (${cmdline(server.serverPid).slice(0, 60)})` : ""),
  );
  if (!server.serverPid) log("warning: the next-server process was not found, so its memory is not measured");
  return server;
}

export async function stopServer(): Promise<void> {
  const server = running;
  running = null;
  if (!server || !server.launcher.pid) return;
  const { launcher } = server;
  const pid = launcher.pid!;
  const alive = (p: number) => {
    try {
      process.kill(p, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (launcher.exitCode === null && launcher.signalCode === null) {
    const exited = new Promise<void>((resolve) => launcher.once("exit", () => resolve()));
    launcher.kill("SIGTERM");
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 20_000))]);
    if (timedOut) {
      log("the launcher did not stop within 20 s after SIGTERM: ending its process group");
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
  // The server should have gone with the launcher; make sure.
  if (server.serverPid && alive(server.serverPid)) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    if (alive(server.serverPid)) {
      log(`the server process ${server.serverPid} outlived the launcher: ending it`);
      try {
        process.kill(server.serverPid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
  log("stopped the app");
}

// ---------------------------------------------------------------------------------------------
// Requests

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A small request, body kept. Connects to 127.0.0.1 but says Host: localhost:<port>, as a browser would. */
export function request(server: Server, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Response> {
  const port = Number(new URL(server.base).port);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: pathname, method: options.method ?? "GET", agent: false, headers: { Host: `localhost:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`${pathname}: no answer within 30 s`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Whether the launcher (and so the app) is still running. */
export function serverAlive(server: Server): boolean {
  return server.launcher.exitCode === null && server.launcher.signalCode === null;
}

/** Stops the app whatever happens: a signal, an exception, even output piped into `head` (EPIPE). */
export function stopServerOnExit(): void {
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
  process.on("uncaughtException", (error) => {
    console.error(`[bench] ${error.stack ?? error}`);
    void stopServer().finally(() => process.exit(1));
  });
  process.on("exit", () => {
    // Last resort, synchronous: the launcher's process group (the launcher forwards it to Next.js).
    const pid = running?.launcher.pid;
    if (pid && running?.launcher.exitCode === null) {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the app`);
      void stopServer().finally(() => process.exit(130));
    });
  }
}
