import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { refusalPage, refusePost } from "@/lib/server/post-guard";
import { dateInputsInAddress } from "@/lib/validation/as-of";
import { contentSecurityPolicy, makeNonce, strictTransportSecurity } from "@/lib/server/security-headers";

// An optimistic check only (no database): without a session cookie, go and sign in first.
// The real check is in the data-access and action layers, which every page and export goes through.
// /api/v1 answers for itself: a token or a session, and a problem (401) rather than a redirect without either.
const PUBLIC_PREFIXES = ["/sign-in", "/invitation/", "/api/health", "/api/auth/", "/api/v1"];

export function proxy(request: NextRequest) {
  // A fresh nonce for every response (docs/decisions/011). Next.js reads it from the request's
  // Content-Security-Policy header and puts it on the scripts it renders; x-nonce is for our own.
  const nonce = makeNonce();
  const csp = contentSecurityPolicy({ nonce, isDevelopment: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const refusal = refusePost({
    method: request.method,
    pathname: request.nextUrl.pathname,
    contentLength: request.headers.get("content-length"),
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    allowedOrigins: process.env.BETTER_AUTH_URL ? [process.env.BETTER_AUTH_URL] : [],
  });
  const response = refusal
    ? new NextResponse(refusalPage(refusal), { status: refusal.status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } })
    : isAllowedThrough(request)
      ? (dateInputs(request, requestHeaders) ?? NextResponse.next({ request: { headers: requestHeaders } }))
      : NextResponse.redirect(signInUrl(request));
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(process.env.BETTER_AUTH_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/**
 * GET forms send the NHS date input's three fields (lib/validation/as-of.ts): real dates go on to the address
 * links use (?asOf=YYYY-MM-DD), anything else to the page as the parts typed, with the address kept.
 */
function dateInputs(request: NextRequest, requestHeaders: Headers): NextResponse | null {
  if (request.method !== "GET") return null;
  const read = dateInputsInAddress(request.nextUrl.searchParams);
  if (!read) return null;
  const url = request.nextUrl.clone();
  url.search = read.search.toString();
  return read.redirect ? NextResponse.redirect(url, 303) : NextResponse.rewrite(url, { request: { headers: requestHeaders } });
}

function isAllowedThrough(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p))) return true;
  return Boolean(getSessionCookie(request, { cookiePrefix: "rollout" }));
}

function signInUrl(request: NextRequest): URL {
  const { pathname, search } = request.nextUrl;
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return signIn;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
