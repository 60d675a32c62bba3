// Restarts as an operator meets them: a second start on the same sources reuses the build (so open
// forms keep their server-action ids), the server listens on 127.0.0.1 only on the embedded database,
// and after kill -9 of the launcher the server goes too, so the next start gets the port.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

test.describe.configure({ mode: "serial" });
test.setTimeout(5 * 60_000);

// Beside the suite's server (E2E_PORT) and the database-down spec's (E2E_PORT + 1).
const port = Number(process.env.E2E_PORT ?? 3100) + 2;

interface Launched {
  child: ChildProcess;
  output: () => string;
}

function launch(): Launched {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ROLLOUT_DATA_DIR: "memory", DEMO_ACCOUNTS: "true", NEXT_TELEMETRY_DISABLED: "1" };
  // The embedded database, whatever the suite runs on: HOST then defaults to 127.0.0.1.
  delete env.DATABASE_URL;
  delete env.DATABASE_POOL_MAX;
  delete env.HOST;
  // node, not npm: kill -9 must reach the launcher itself.
  const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "scripts/launch.ts", "start"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (c: Buffer) => (text += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (text += c.toString()));
  return { child, output: () => text };
}

async function healthy(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return true;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function portAccepts(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function portFreed(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await portAccepts("127.0.0.1"))) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

let first: Launched | undefined;
let second: Launched | undefined;

test.afterAll(() => {
  for (const l of [first, second]) if (l && l.child.exitCode === null) l.child.kill("SIGTERM");
});

test("a second start on the same sources reuses the build, and listens on 127.0.0.1 only", async () => {
  first = launch();
  expect(await healthy(120_000), first.output()).toBe(true);
  expect(first.output()).toContain("the production build is up to date");
  expect(first.output()).not.toContain("building the dashboard");
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
  test.skip(!outside, "this machine has no address but loopback");
  expect(await portAccepts(outside!)).toBe(false);
});

test("after kill -9 of the launcher the server goes too, and the next start gets the port", async () => {
  expect(first, "the first test started a launcher").toBeDefined();
  first!.child.kill("SIGKILL");
  expect(await portFreed(15_000), "the port is free within 15 s").toBe(true);
  second = launch();
  expect(await healthy(120_000), second.output()).toBe(true);
  expect(second.output()).not.toMatch(/EADDRINUSE/);
});
