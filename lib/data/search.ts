import "server-only";
// Search over the record (docs/decisions/024): trusts by any name they had, decisions, problems, conflicts and
// sources by the words in them, ranked by PostgreSQL (ts_rank), each with its matching words marked (ts_headline).
// What a date shows is what each kind's own page shows for it: the same rules, read through the same functions.
import { assertCan, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import type { PartialDate, Precision } from "../domain/dates";
import { organisationOn } from "../domain/organisations";
import { hasMarks, isExactName, splitHeadline, type Fragment, type SearchKind } from "../domain/search";
import type { View } from "../domain/knowledge";
import { PAGE_SIZE, pageWithin } from "../validation/overview";
import type { ConflictStatus } from "../validation/conflicts";
import { keptUntilTheRecordChanges } from "../server/record-cache";
import { listConflicts } from "./conflicts";
import { listSourcesKnownBy } from "./lists";
import { loadOrganisations } from "./organisations";
import { CHECK_QUERY_SQL, searchSql } from "./search-sql";

interface HitBase {
  kind: SearchKind;
  /** the title (a trust's name on the date, a problem's description), its matching words marked */
  title: Fragment[];
  /** the rest of its text around the matching words, when they are there too; else null */
  snippet: Fragment[] | null;
}

export type SearchHit = HitBase &
  (
    | { kind: "trust"; slug: string }
    | { kind: "decision"; key: string; decided: PartialDate }
    | { kind: "problem"; id: number; trust: { slug: string; shortName: string }; reported: PartialDate }
    | { kind: "conflict"; key: string; status: ConflictStatus; listPage: number }
    | { kind: "source"; key: string; published: PartialDate | null; listPage: number }
  );

export type SearchResult =
  | { outcome: "found"; hits: SearchHit[]; total: number; page: number; pageCount: number }
  /** the words make no query: only very common words ("the", "and"), or only words to leave out ("-halt") */
  | { outcome: "common-words" | "only-excluded" };

/** One page of what the words find in the record as the view reads it. */
export async function searchRecord(actor: Actor | null, q: string, view: View, page: number): Promise<SearchResult> {
  assertCan(actor, "rollout.read");
  return keptUntilTheRecordChanges("search", { max: 64 }, { q, view, page }, () => readSearch(actor, q, view, page));
}

type Row = { total: number; kind: SearchKind | null; ref: string | null; extra: unknown; title_marked: string | null; body_marked: string | null };

async function readSearch(actor: Actor, q: string, view: View, page: number): Promise<SearchResult> {
  const db = getDb();
  const [check] = await db.$queryRawUnsafe<{ nodes: number; tree: string }[]>(CHECK_QUERY_SQL, view.asOf, q);
  if (!check || check.nodes === 0) return { outcome: "common-words" };
  if (check.tree === "T") return { outcome: "only-excluded" };
  const listed = await listedRows(actor, q, view);
  const sql = searchSql(view);
  const run = (p: number) => db.$queryRawUnsafe<Row[]>(sql, view.asOf, q, JSON.stringify(listed.rows), (p - 1) * PAGE_SIZE);
  let rows = await run(page);
  const total = rows[0]?.total ?? 0;
  const within = pageWithin(total, page);
  // A page past the last shows the last, as the other lists do.
  if (within.page !== page) rows = await run(within.page);
  const hits = rows.filter((r) => r.kind !== null).map((r) => toHit(r, listed.pages));
  return { outcome: "found", hits, total, page: within.page, pageCount: within.pageCount };
}

interface ListedRow {
  kind: "trust" | "conflict" | "source";
  ref: string;
  title: string;
  body: string;
  extra: Record<string, unknown>;
  exact: boolean;
  weight: "A" | "B";
}

/**
 * Trusts, conflicts and sources as their pages list them on the date (a few hundred rows at national scale),
 * handed to PostgreSQL to rank: trusts by every name they had by the date (organisationOn), conflicts once two
 * sides were published and only those sides (conflictsOn), sources published by the date (isPublishedBy).
 */
async function listedRows(actor: Actor, q: string, view: View): Promise<{ rows: ListedRow[]; pages: Map<string, number> }> {
  const [organisations, conflicts, sources] = await Promise.all([
    loadOrganisations(actor),
    listConflicts(actor, "all", view),
    listSourcesKnownBy(actor, { asOf: view.asOf, hindsight: view.hindsight }),
  ]);
  const rows: ListedRow[] = [];
  for (const trust of organisations.organisations.values()) {
    const changes = organisations.changesByTrust.get(trust.id) ?? [];
    const on = organisationOn(trust, changes, view.asOf);
    const renames = (view.hindsight ? changes : on.changesSoFar).filter((c) => c.kind === "RENAMED");
    const names = [...new Set([trust.name, trust.shortName, ...renames.flatMap((c) => [c.name, c.shortName])].filter((n): n is string => !!n))];
    rows.push({ kind: "trust", ref: trust.slug, title: on.name, body: names.join("; "), extra: {}, exact: isExactName(q, names), weight: "A" });
  }
  const pages = new Map<string, number>();
  conflicts.forEach((c, i) => {
    pages.set(`conflict:${c.key}`, Math.floor(i / PAGE_SIZE) + 1);
    const claims = c.claims.map((x) => [x.claim, x.detail].filter(Boolean).join(": "));
    rows.push({
      kind: "conflict",
      ref: c.key,
      title: c.title,
      body: [c.question, c.note, ...claims].filter(Boolean).join(" · "),
      extra: { status: c.status },
      exact: false,
      weight: "B",
    });
  });
  sources.forEach((s, i) => {
    pages.set(`source:${s.key}`, Math.floor(i / PAGE_SIZE) + 1);
    rows.push({ kind: "source", ref: s.key, title: s.title, body: s.publisher, extra: { published: s.published }, exact: false, weight: "B" });
  });
  return { rows, pages };
}

const partial = (date: unknown, precision: unknown): PartialDate => ({ date: String(date).slice(0, 10), precision: (precision ?? "DAY") as Precision });

function toHit(row: Row, pages: Map<string, number>): SearchHit {
  const extra = (typeof row.extra === "string" ? JSON.parse(row.extra) : row.extra) as Record<string, unknown>;
  const snippet = splitHeadline(row.body_marked ?? "");
  const base = { title: splitHeadline(row.title_marked ?? ""), snippet: hasMarks(snippet) ? snippet : null };
  const ref = row.ref!;
  switch (row.kind!) {
    case "trust":
      return { ...base, kind: "trust", slug: ref };
    case "decision":
      return { ...base, kind: "decision", key: ref, decided: partial(extra.decidedOn, extra.precision) };
    case "problem":
      return {
        ...base,
        kind: "problem",
        id: Number(ref),
        trust: { slug: String(extra.trustSlug), shortName: String(extra.trustShortName) },
        reported: partial(extra.reportedOn, extra.precision),
      };
    case "conflict":
      return { ...base, kind: "conflict", key: ref, status: extra.status as ConflictStatus, listPage: pages.get(`conflict:${ref}`) ?? 1 };
    case "source":
      return { ...base, kind: "source", key: ref, published: (extra.published as PartialDate | null) ?? null, listPage: pages.get(`source:${ref}`) ?? 1 };
  }
}
