// Stands in for a Next.js request in the integration tests, so that server actions and route
// handlers run for real: next/headers answers with the cookie of a real better-auth session, and
// next/navigation's redirect throws the way Next.js does, which the tests read as "saved".
import { getAuth } from "@/lib/auth/auth";

export const request = { headers: new Headers() };

export class Redirect extends Error {
  constructor(readonly url: string) {
    super(`NEXT_REDIRECT ${url}`);
  }
}

export const nextHeadersMock = () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
});

export const nextNavigationMock = () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
});

export const nextCacheMock = () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined });

const cookies = new Map<string, string>();

/** Signs a demo account in through better-auth and returns the Cookie header its browser would send. */
export async function sessionCookieFor(email: string, password = "rollout-demo"): Promise<string> {
  const cached = cookies.get(email);
  if (cached) return cached;
  const { headers } = await getAuth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const setCookie = headers.get("set-cookie") ?? "";
  const cookie = setCookie
    .split(/,(?=\s*[\w.-]+=)/)
    .map((c) => c.split(";")[0]!.trim())
    .filter((c) => c.includes("session_token"))
    .join("; ");
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  cookies.set(email, cookie);
  return cookie;
}

/** Make the next calls as this person (null: no session at all). */
export async function actAs(email: string | null) {
  request.headers = email ? new Headers({ cookie: await sessionCookieFor(email) }) : new Headers();
}

/** Runs a server action; a redirect means it saved. */
export async function submit<S>(action: (state: S, formData: FormData) => Promise<unknown>, initial: S, fields: Record<string, string | string[]>) {
  const formData = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of Array.isArray(v) ? v : [v]) formData.append(k, value);
  try {
    const state = (await action(initial, formData)) as {
      status: string;
      message?: string;
      fieldErrors?: Record<string, string>;
      changes?: unknown[];
      fields?: Record<string, string>;
    };
    return { saved: false as const, state };
  } catch (error) {
    if (error instanceof Redirect) return { saved: true as const, url: error.url };
    throw error;
  }
}
