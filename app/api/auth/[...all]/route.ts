import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { isServedAuthPath } from "@/lib/auth/served-paths";

// better-auth mounts dozens of endpoints here (sign-in, sign-up, update-user, change-password …).
// The product signs in through its own audited, rate-limited form and changes accounts through the
// admins' pages, so only what single sign-on needs is served; everything else is not found.
const auth = toNextJsHandler((request: Request) => getAuth().handler(request));

function notFound() {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

export async function GET(request: Request) {
  return isServedAuthPath("GET", new URL(request.url).pathname) ? auth.GET(request) : notFound();
}

export async function POST(request: Request) {
  return isServedAuthPath("POST", new URL(request.url).pathname) ? auth.POST(request) : notFound();
}
