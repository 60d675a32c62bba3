// Every page and export, with odd values in every URL parameter it reads and in every part of its
// path: never a 5xx, never a stack trace, and an export either answers in full or refuses at once.
// Read-only: GET requests change nothing, so this runs with the specs that read the sample data.
import { expect, request as newRequest, test, type APIRequestContext } from "@playwright/test";
import { appRoutes, COMMON_PARAMS, fillPattern, FUZZ_VALUES, fuzzQuery, leaksInternals, paramsOnPage, segmentName } from "./support/fuzz";
import { storageStateOf } from "./support/roles";

test.setTimeout(15 * 60_000);

interface Finding {
  url: string;
  problem: string;
}

async function check(api: APIRequestContext, url: string, findings: Finding[]): Promise<void> {
  const shown = url.length > 160 ? `${url.slice(0, 160)}… (${url.length} characters)` : url;
  try {
    const response = await api.get(url, { maxRedirects: 0, timeout: 60_000 });
    const body = await response.text();
    if (response.status() >= 500) findings.push({ url: shown, problem: `HTTP ${response.status()}` });
    const leak = leaksInternals(body);
    if (leak) findings.push({ url: shown, problem: `shows ${leak}` });
  } catch (error) {
    // Node refuses a request line past its 16 KB header limit before the app sees it (431), and may
    // reset the connection while the client is still writing: a refusal, not a broken answer.
    if (url.length > 16_384 && /ECONNRESET|EPIPE|socket hang up/.test((error as Error).message)) return;
    // A download that starts with 200 and then breaks off ends up here.
    findings.push({ url: shown, problem: `the answer broke off: ${(error as Error).message.split("\n")[0]}` });
  }
}

/** Runs the checks a few at a time: enough to be quick, few enough not to be a load test. */
async function inTurns(urls: string[], api: APIRequestContext, findings: Finding[], width = 4) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < urls.length) await check(api, urls[next++]!, findings);
    }),
  );
}

test("no page or export answers odd URL parameters or path parts with a server error or a stack trace", async ({ baseURL }) => {
  const analyst = await newRequest.newContext({ baseURL, storageState: storageStateOf("analyst") });
  const admin = await newRequest.newContext({ baseURL, storageState: storageStateOf("admin") });
  const manager = await newRequest.newContext({ baseURL, storageState: storageStateOf("manager") });
  const board = await newRequest.newContext({ baseURL, storageState: storageStateOf("board") });
  const nobody = await newRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  // Each route as the role whose work it is, so that the page itself answers (not "you cannot do this").
  // The read API (/api/v1, /api/docs) answers a session as it answers a token: the analyst's, whose exports it serves.
  const roleFor = (pattern: string) =>
    pattern === "/sign-in" || pattern.startsWith("/invitation") || pattern.startsWith("/api/auth") || pattern === "/api/health"
      ? nobody
      : pattern.startsWith("/admin") || pattern.startsWith("/exports/audit.") || pattern === "/api/v1/audit"
        ? admin
        : /\/go-lives\/|\/problems\/new|\/sources\/new|^\/import/.test(pattern)
          ? manager
          : /\/decisions\/new|\/baselines\/new|\/tolerances\/new/.test(pattern)
            ? board
            : analyst;

  // Real values for each dynamic segment, read from the app as a person would find them.
  // Export files: the download links on the list pages.
  const files = new Set<string>();
  for (const { pattern } of appRoutes().filter((r) => r.kind === "page" && !r.pattern.includes("["))) {
    const html = await (await roleFor(pattern).get(pattern)).text();
    for (const [, file] of html.matchAll(/href="\/exports\/([^"/?#]+\.(?:csv|xlsx))/g)) if (!file!.startsWith("go-lives.")) files.add(file!);
  }
  const usersPage = await (await admin.get("/admin/users")).text();
  const userId = usersPage.match(/href="\/admin\/users\/([0-9a-f-]{36})"/)?.[1];
  expect(files.size, "the list pages link to their exports").toBeGreaterThan(3);
  expect(userId, "the list of people links to a person").toBeTruthy();
  // A go-live each form applies to, from the links a programme manager is offered.
  const goLiveForms = new Map<string, { slug: string; goLiveId: string }>();
  for (const slug of ["kingston", "royal-free", "queen-marys-roehampton", "imperial", "barts"]) {
    const html = await (await manager.get(`/trusts/${slug}`)).text();
    for (const [, s, id, form] of html.matchAll(/href="\/trusts\/([a-z-]+)\/go-lives\/(\d+)\/([a-z-]+)"/g))
      if (!goLiveForms.has(form!)) goLiveForms.set(form!, { slug: s!, goLiveId: id! });
  }
  const real: Record<string, string[]> = {
    slug: ["kingston"],
    goLiveId: ["1"],
    key: ["halt-2008-10"],
    id: [userId!],
    token: ["not-a-token"],
    file: [...files],
    all: ["sign-in/email"],
    collection: ["plan-history", "promises", "audit"],
  };
  // The import's templates, from the links on /import.
  const templates = [...(await (await manager.get("/import")).text()).matchAll(/href="\/import\/templates\/([a-z-]+\.(?:csv|xlsx))"/g)].map((m) => m[1]!);
  expect(templates.length, "the import page links to its templates").toBeGreaterThan(1);

  const urls: { api: APIRequestContext; url: string }[] = [];
  for (const { pattern } of appRoutes()) {
    const api = roleFor(pattern);
    const dynamic = pattern
      .split("/")
      .filter((s) => s.startsWith("["))
      .map(segmentName);
    const form = dynamic.includes("goLiveId") ? goLiveForms.get(pattern.split("/").at(-1)!) : undefined;
    if (dynamic.includes("goLiveId")) expect(form, `a trust page offers ${pattern}`).toBeTruthy();
    const values = { ...first(real), ...form };
    const fileValues = pattern.startsWith("/import/templates/") ? templates : real.file!;
    const bases = dynamic.includes("file")
      ? fileValues.map((file) => fillPattern(pattern, { ...values, file })!)
      : dynamic.includes("collection")
        ? real.collection!.map((collection) => fillPattern(pattern, { ...values, collection })!)
        : [fillPattern(pattern, values)!];
    for (const base of bases) {
      const api = roleFor(base);
      const plain = await api.get(base, { maxRedirects: 0 });
      // The fuzzing only means something if the route itself answers for this role.
      // An issued board pack exists only once a writing spec has issued one (issued-packs.spec.ts): before
      // that its pages answer "not found", and the odd values still must not break them.
      const issuedPack = pattern.startsWith("/board/packs/[");
      // Likewise an import's preview exists only once a file is uploaded (import.spec.ts, a writing spec).
      const importBatch = pattern.startsWith("/import/[");
      if (!pattern.startsWith("/api/auth") && !((issuedPack || importBatch) && plain.status() === 404))
        expect(plain.status(), `${base} answers the role fuzzing it`).toBeLessThan(300);
      const html = plain.headers()["content-type"]?.includes("text/html") ? await plain.text() : "";
      const params = [...new Set([...COMMON_PARAMS, ...paramsOnPage(html)])];
      for (const value of FUZZ_VALUES) urls.push({ api, url: `${base}?${fuzzQuery(params, value)}` });
      urls.push({ api, url: `${base}?${fuzzQuery(params, "1", true)}` }, { api, url: `${base}?${fuzzQuery(params, "", true)}` });
    }
    // Odd values in each dynamic part of the path.
    for (const name of dynamic) {
      for (const value of FUZZ_VALUES) {
        const url = fillPattern(pattern, { ...values, [name]: encodeURIComponent(value) });
        if (url) urls.push({ api, url });
      }
    }
  }

  const findings: Finding[] = [];
  for (const api of [analyst, admin, manager, board, nobody]) {
    await inTurns(
      urls.filter((u) => u.api === api).map((u) => u.url),
      api,
      findings,
    );
  }
  console.log(`fuzzed ${urls.length} requests over ${appRoutes().length} routes: ${findings.length} problems`);
  expect(
    findings,
    findings
      .slice(0, 30)
      .map((f) => `${f.problem}: ${f.url}`)
      .join("\n"),
  ).toEqual([]);
  for (const api of [analyst, admin, manager, board, nobody]) await api.dispose();
});

function first(values: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[0]!]));
}
