import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// An optimistic check only (no database): without a session cookie, go and sign in first.
// The real check is in the data-access and action layers, which every page and export goes through.
const PUBLIC_PREFIXES = ["/sign-in", "/invitation/", "/api/health", "/api/auth/"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p))) return NextResponse.next();
  if (getSessionCookie(request, { cookiePrefix: "rollout" })) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
