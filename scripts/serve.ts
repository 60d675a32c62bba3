// The dashboard's HTTP server, run by scripts/launch.ts (never on its own: the launcher prepares the
// database and the environment). It owns the socket, which `next start` does not let us do: it binds to
// HOST, stamps every request with the client's address (lib/server/client-address.ts), and exits when
// the launcher goes away, even if the launcher was killed outright and could not tell it to.
// Usage: node --import tsx scripts/serve.ts start|dev, with an IPC channel to the launcher.
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "../lib/server/client-address";

const dev = process.argv[2] === "dev";
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || "3000");
// The same name `next start` gives itself, so that tools (scripts/bench-export.ts) can find the server.
process.title = `next-server (rollout, ${dev ? "dev" : "start"})`;

function log(message: string) {
  console.log(`[rollout] ${message}`);
}

let trustedProxies: ReturnType<typeof parseTrustedProxies>;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXY);
} catch (error) {
  console.error(`[rollout] ${(error as Error).message}`);
  process.exit(1);
}

/** Whatever the client sent under our header is dropped; the address we worked out takes its place. */
function stampClientAddress(req: IncomingMessage) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
}

const isWildcard = host === "0.0.0.0" || host === "::";
const server = createServer();
const app = next({ dev, dir: process.cwd(), hostname: isWildcard ? "localhost" : host, port, httpServer: server });

let closing = false;
async function close(reason: string, code: number) {
  if (closing) return;
  closing = true;
  log(`stopping the server (${reason})`);
  // A browser's keep-alive connection would hold server.close() open; nothing is mid-request that matters
  // more than exiting promptly (the launcher may already be gone).
  const forced = setTimeout(() => process.exit(code), 3000);
  forced.unref();
  server.close();
  server.closeAllConnections();
  await app.close().catch(() => {});
  process.exit(code);
}

// The launcher is our parent and holds the embedded database: without it there is nothing to serve.
// The IPC channel closes however the launcher ends, kill -9 included, so this is the one signal that
// never fails to arrive.
process.on("disconnect", () => void close("the launcher has gone", 0));
process.on("SIGINT", () => void close("SIGINT", 0));
process.on("SIGTERM", () => void close("SIGTERM", 0));
if (!process.connected) {
  console.error("[rollout] scripts/serve.ts is started by scripts/launch.ts (npm start / npm run dev), not on its own");
  process.exit(1);
}

async function main() {
  await app.prepare();
  const handle = app.getRequestHandler();
  // Registered before Next.js adds its own upgrade listener (on the first request), so a WebSocket
  // (the dev server's hot reload) is stamped too.
  server.on("upgrade", (req: IncomingMessage) => stampClientAddress(req));
  server.on("request", (req, res) => {
    stampClientAddress(req);
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const shown = isWildcard || host === "127.0.0.1" || host === "::1" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const proxies = trustedProxies.entries.length ? `; trusting X-Forwarded-For from ${trustedProxies.entries.join(", ")}` : "";
  log(`serving http://${shown}:${port} (listening on ${host}, ${dev ? "development" : "production"} mode${proxies})`);
}

main().catch((error) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === "EADDRINUSE"
      ? `[rollout] port ${port} on ${host} is in use by another program: stop it, or set PORT`
      : `[rollout] ${(error as Error).stack ?? error}`,
  );
  process.exit(1);
});
