// Every form, posted as a browser without JavaScript posts it (the server action's own hidden fields
// kept), with odd values in every field: never a 5xx, never a stack trace. Then the two ways a post
// can be wrong before any field is read: too big, and from another site.
// Runs with the specs that write: a value that happens to be valid may be saved.
import { expect, request as newRequest, test, type APIRequestContext } from "@playwright/test";
import { decodeHtml } from "../../scripts/support/sign-in-over-http";
import { FUZZ_VALUES, leaksInternals } from "./support/fuzz";
import { storageStateOf, type DemoRole } from "./support/roles";

test.setTimeout(10 * 60_000);

interface PostForm {
  hidden: [string, string][];
  fields: string[];
}

/** The page's server-action forms with fields to fill (the header's sign-out form has none). */
function postForms(html: string): PostForm[] {
  const forms: PostForm[] = [];
  for (const [, body] of html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/gi)) {
    if (!/name="\$ACTION/.test(body!)) continue;
    const hidden: [string, string][] = [];
    const fields = new Set<string>();
    for (const [tag] of body!.matchAll(/<(?:input|select|textarea)\b[^>]*>/gi)) {
      const name = tag.match(/name="([^"]+)"/)?.[1];
      if (!name) continue;
      if (name.startsWith("$ACTION")) hidden.push([decodeHtml(name), decodeHtml(tag.match(/value="([^"]*)"/)?.[1] ?? "")]);
      else fields.add(decodeHtml(name));
    }
    if (fields.size > 0) forms.push({ hidden, fields: [...fields] });
  }
  return forms;
}

function body(form: PostForm, value: (field: string) => string | string[]): FormData {
  const data = new FormData();
  for (const [k, v] of form.hidden) data.append(k, v);
  for (const field of form.fields) for (const v of [value(field)].flat()) data.append(field, v);
  return data;
}

async function formPages(api: (role: DemoRole | null) => Promise<APIRequestContext>) {
  const manager = await api("manager");
  const admin = await api("admin");
  const links = new Map<string, string>();
  for (const slug of ["kingston", "royal-free", "queen-marys-roehampton", "imperial"]) {
    const html = await (await manager.get(`/trusts/${slug}`)).text();
    for (const [href, form] of html.matchAll(/\/trusts\/[a-z-]+\/go-lives\/\d+\/([a-z-]+)(?=")/g)) if (!links.has(form!)) links.set(form!, href);
  }
  const person = (await (await admin.get("/admin/users")).text()).match(/href="(\/admin\/users\/[0-9a-f-]{36})"/)?.[1];
  expect([...links.keys()].sort()).toEqual(expect.arrayContaining(["acceptance", "go-live", "replan"]));
  expect(person).toBeTruthy();
  return [
    { path: "/sign-in", role: null },
    ...[...links.values()].map((path) => ({ path, role: "manager" as const })),
    { path: "/trusts/royal-free/problems/new", role: "manager" as const },
    { path: "/sources/new", role: "manager" as const },
    { path: "/decisions/new", role: "board" as const },
    { path: "/board/baselines/new", role: "board" as const },
    { path: "/admin/users/invite", role: "admin" as const },
    { path: person!, role: "admin" as const },
  ];
}

test("no form answers odd field values with a server error or a stack trace", async ({ baseURL }) => {
  const contexts = new Map<string, APIRequestContext>();
  const api = async (role: DemoRole | null) => {
    const key = role ?? "nobody";
    if (!contexts.has(key))
      contexts.set(key, await newRequest.newContext({ baseURL, storageState: role ? storageStateOf(role) : { cookies: [], origins: [] } }));
    return contexts.get(key)!;
  };
  const problems: string[] = [];
  let posts = 0;
  for (const { path, role } of await formPages(api)) {
    const context = await api(role);
    const forms = postForms(await (await context.get(path)).text());
    expect(forms.length, `${path} has a form to fill`).toBeGreaterThan(0);
    for (const form of forms) {
      const variants: ((field: string) => string | string[])[] = [...FUZZ_VALUES.map((v) => () => v), () => ["1", "2"], () => ["", ""]];
      for (const value of variants) {
        posts += 1;
        const response = await context.post(path, {
          multipart: body(form, value),
          headers: { origin: new URL(baseURL!).origin },
          maxRedirects: 0,
          timeout: 60_000,
        });
        const text = await response.text();
        const sample = String([value("x")].flat()[0]).slice(0, 40);
        if (response.status() >= 500) problems.push(`HTTP ${response.status()} from ${path} with ${JSON.stringify(sample)}`);
        const leak = leaksInternals(text);
        if (leak) problems.push(`${path} with ${JSON.stringify(sample)} shows ${leak}`);
      }
    }
  }
  console.log(`posted ${posts} forms: ${problems.length} problems`);
  expect(problems, problems.slice(0, 30).join("\n")).toEqual([]);
  for (const context of contexts.values()) await context.dispose();
});

test("a form post of 2 MB gets a clear refusal, not a server error", async ({ baseURL }) => {
  const context = await newRequest.newContext({ baseURL, storageState: storageStateOf("manager") });
  const [form] = postForms(await (await context.get("/sources/new")).text());
  const response = await context.post("/sources/new", {
    multipart: body(form!, (f) => (f === "title" ? "x".repeat(2 * 1024 * 1024) : "Fuzz")),
    headers: { origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  const text = await response.text();
  expect(text).toMatch(/too large/i);
  expect(leaksInternals(text)).toBeNull();
  await context.dispose();
});

test("a form posted from another site is refused with 403, not a server error", async ({ baseURL }) => {
  const context = await newRequest.newContext({ baseURL, storageState: storageStateOf("manager") });
  const [form] = postForms(await (await context.get("/sources/new")).text());
  const before = await (await context.get("/sources")).text();
  const response = await context.post("/sources/new", {
    multipart: body(form!, (f) => (f === "title" ? "Posted from elsewhere" : f === "publisher" ? "Evil Weekly" : "")),
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(leaksInternals(await response.text())).toBeNull();
  expect(before).not.toContain("Posted from elsewhere");
  expect(await (await context.get("/sources")).text()).not.toContain("Posted from elsewhere");
  await context.dispose();
});
