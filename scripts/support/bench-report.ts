// What the benchmarks share in reporting: medians and units, the machine and the load on it, the
// command line that was run, and writing their sections of docs/benchmarks.md without touching the others.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

export const median = (values: number[]) => {
  const s = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const fmtSeconds = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
export const fmtMB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const fmtSize = (bytes: number) => (bytes < 1e3 ? `${bytes} B` : bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : fmtMB(bytes));
export const fmtInt = (n: number) => Math.round(n).toLocaleString("en-GB");

export function machine(pgVersion: string) {
  let cpu = "unknown CPU";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const nproc = spawnSync("nproc", [], { encoding: "utf8" }).stdout?.trim() || String(os.availableParallelism());
  let osName = `${os.type()} ${os.release()}`;
  try {
    osName = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? osName;
  } catch {
    // no os-release
  }
  return { cpu, nproc, ramGiB: (os.totalmem() / 2 ** 30).toFixed(1), node: process.version, pgVersion, osName };
}

/** How the benchmark was run, as `npm run <script> -- …` when npm ran it. */
export function commandLine(npmScript: string, file: string): string {
  const args = process.argv.slice(2).map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`));
  return process.env.npm_lifecycle_event === npmScript ? `npm run ${npmScript} -- ${args.join(" ")}`.trim() : `tsx ${file} ${args.join(" ")}`.trim();
}

/** The 1-minute load average at the start, at most (sampled every 2 s) and at the end. */
export class LoadWatch {
  readonly start = os.loadavg()[0]!;
  private peak = this.start;
  private end: number | null = null;
  private readonly timer = setInterval(() => (this.peak = Math.max(this.peak, os.loadavg()[0]!)), 2_000);
  stop() {
    clearInterval(this.timer);
    this.end = os.loadavg()[0]!;
    this.peak = Math.max(this.peak, this.end);
    return { start: this.start, peak: this.peak, end: this.end };
  }
}

/** The commit the working tree is on, and whether it has changes. */
export function gitCommit(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout?.trim() || "unknown";
  const dirty = (spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout ?? "").trim() !== "";
  return dirty ? `${head} with uncommitted changes` : head;
}

/** The sections of docs/benchmarks.md, in order: the export benchmark's, then the pages' (by label). */
export const DOC_SECTIONS = ["export", "pages:before", "pages:after", "pages:latest"] as const;

const begin = (id: string) => `<!-- bench:${id} -->`;
const end = (id: string) => `<!-- /bench:${id} -->`;

/**
 * Writes one benchmark's section of a markdown file between its markers, replacing that section only;
 * a new section goes after the others. Text outside every marker (a file written before the markers)
 * is taken as the export benchmark's section, which it is.
 */
export function writeDocSection(file: string, id: string, content: string, order: readonly string[] = []): void {
  let text = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (text.trim() && !text.includes("<!-- bench:")) text = `${begin("export")}\n${text.trimEnd()}\n${end("export")}\n`;
  const sections = new Map<string, string>();
  for (const m of text.matchAll(/<!-- bench:([\w:.-]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) sections.set(m[1]!, m[2]!);
  sections.set(id, content.trimEnd());
  const ids = [...sections.keys()].sort((a, b) => rank(a, order) - rank(b, order));
  writeFileSync(file, ids.map((i) => `${begin(i)}\n${sections.get(i)}\n${end(i)}\n`).join("\n"));
}

function rank(id: string, order: readonly string[]): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
