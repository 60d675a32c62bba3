// Odd input for every way in: the pages and exports the app has (found from app/ on disk, so a new
// page is fuzzed without anyone remembering to add it), each with every URL parameter a page reads
// (found from the links and GET forms on it, plus the ones every list takes), and every form's fields.
// The answer must never be a 5xx, nor show a stack trace, nor break off part way.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Values that have broken web apps: NUL, huge text, numbers past int4, arrays, unicode, SQL, HTML. */
export const FUZZ_VALUES: readonly string[] = [
  "\u0000",
  "a\u0000b",
  "x".repeat(100_000),
  "2147483648",
  "99999999999999999999999",
  "-1",
  "0",
  "1e308",
  "NaN",
  "9999-12-31",
  "0000-00-00",
  "2009-02-30",
  "\u3000",
  "\r\n",
  "\t/\t/evil.example",
  "😀\u202e\ufeff",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "%",
  "../../etc/passwd",
];

/** Parameters every list page may read, beside those found on the page itself. */
export const COMMON_PARAMS = ["asOf", "page", "trust", "status", "q", "from", "to", "kind", "view", "sort", "next", "need", "format", "bom"];

/** The app's routes on disk, as URL patterns: /trusts/[slug]/go-lives/[goLiveId]/replan and so on. */
export function appRoutes(appDir = path.join(process.cwd(), "app")): { pattern: string; kind: "page" | "route" }[] {
  const routes: { pattern: string; kind: "page" | "route" }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        // Route groups "(dashboard)" add nothing to the URL; private folders "_x" are not routes.
        if (name.startsWith("_")) continue;
        walk(full, /^\(.*\)$/.test(name) ? segments : [...segments, name]);
      } else if (name === "page.tsx" || name === "route.ts") {
        routes.push({ pattern: `/${segments.join("/")}`, kind: name === "page.tsx" ? "page" : "route" });
      }
    }
  };
  walk(appDir, []);
  return routes;
}

/** A dynamic segment's name: "[slug]" → "slug", "[...all]" → "all". */
export const segmentName = (segment: string) => segment.replace(/^\[(\.\.\.)?/, "").replace(/\]$/, "");

/** Fills a pattern's dynamic segments from real values; null when one has none. */
export function fillPattern(pattern: string, values: Record<string, string>): string | null {
  const parts = pattern.split("/").map((s) => (s.startsWith("[") ? (values[segmentName(s)] ?? null) : s));
  return parts.includes(null) ? null : parts.join("/") || "/";
}

/** Query parameter names in a page's same-origin links and GET forms. */
export function paramsOnPage(html: string): string[] {
  const names = new Set<string>();
  for (const [, href] of html.matchAll(/href="(\/[^"]*)"/g)) {
    const query = href!.replace(/&amp;/g, "&").split("?")[1]?.split("#")[0];
    if (query) for (const key of new URLSearchParams(query).keys()) names.add(key);
  }
  for (const [, form] of html.matchAll(/<form(?![^>]*method="post")[^>]*>([\s\S]*?)<\/form>/gi)) {
    for (const [, name] of form!.matchAll(/<(?:input|select|textarea)[^>]*name="([^"$]+)"/g)) names.add(name!);
  }
  return [...names];
}

/** A stack trace or an internal error message in an answer's body. */
export function leaksInternals(body: string): string | null {
  const patterns: [RegExp, string][] = [
    [/\n\s+at [^\n]+\([^\n]*:\d+:\d+\)/, "a stack trace"],
    [/\bat (?:async )?[\w.<>]+ \((?:file:|\/)[^)]*\)/, "a stack frame"],
    [/PrismaClient\w*Error|Invalid `prisma\.|invalid byte sequence|out of range for type integer/i, "a database error"],
    [/node_modules\//, "a server file path"],
  ];
  for (const [pattern, what] of patterns) if (pattern.test(body)) return what;
  return null;
}

/** The query string for one fuzz value given to every parameter (repeated: each given twice). */
export function fuzzQuery(params: readonly string[], value: string, repeated = false): string {
  const search = new URLSearchParams();
  for (const p of params) {
    search.append(p, value);
    if (repeated) search.append(p, `${value}2`);
  }
  return search.toString();
}
