// Signs in as a browser without JavaScript would: the sign-in page's own form, posted with the hidden
// fields React renders for its server action. The only way in with a password (better-auth's own
// /api/auth/sign-in/email is not served), so scripts sign in through it too.

/** The Cookie header of a new session for this person, or an error that says what the server answered. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const page = await fetch(new URL("/sign-in", base), { redirect: "manual" });
  const html = await page.text();
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1];
  if (page.status !== 200 || !form) throw new Error(`the sign-in page did not answer with its form (HTTP ${page.status})`);
  const body = new FormData();
  for (const [, name, value] of form.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?[^>]*>/g)) {
    body.append(decodeHtml(name!), decodeHtml(value ?? ""));
  }
  body.set("email", email);
  body.set("password", password);
  const response = await fetch(new URL("/sign-in", base), { method: "POST", body, redirect: "manual", headers: { origin: new URL(base).origin } });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => c.includes("session_token"))
    .join("; ");
  if (!cookie) throw new Error(`signing in as ${email} failed: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
  return cookie;
}

/** The few entities React writes into attribute values. */
export function decodeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
