import type { Metadata } from "next";
import Link from "next/link";
import { ColumnTable } from "@/components/ui/column-table";
import { DataTable, RowHead } from "@/components/ui/data-table";
import { td } from "@/components/ui/table-styles";
import { PERMISSIONS, can } from "@/lib/auth/permissions";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { requirePageActor } from "@/lib/auth/session";
import { COLLECTIONS } from "@/lib/api/collections";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/api/handler";
import { PAGING, type ParamDoc } from "@/lib/api/params";
import { PROBLEM_HELP, PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";

export const metadata: Metadata = { title: "Read API" };

const meta = (p: ParamDoc) => (p.schema.meta() ?? {}) as { description?: string; example?: unknown };

/** The values an enum parameter takes, in words; null for free text. */
function valuesOf(p: ParamDoc): string | null {
  const def = (p.schema as unknown as { options?: readonly string[] }).options;
  return Array.isArray(def) ? def.join(", ") : null;
}

function ParamTable({ label, params }: { label: string; params: ParamDoc[] }) {
  return (
      <DataTable scroll={label} className="min-w-[40rem]" caption={label} captionClassName="sr-only" columns={["Parameter", "Meaning", "Values"]}>
          {params.map((p) => {
            const m = meta(p);
            const values = valuesOf(p);
            return (
              <tr key={p.name}>
                <RowHead className="font-mono">{p.name}</RowHead>
                <td className={td}>
                  {m.description}
                  {p.repeatable ? " May be given more than once." : ""}
                </td>
                <td className={`${td} font-mono break-words`}>{values ?? (m.example !== undefined ? `e.g. ${String(m.example)}` : "text")}</td>
              </tr>
            );
          })}
      </DataTable>
  );
}

/** /api/docs: the read API in words, from the same collections and schemas as /api/v1/openapi.json. */
export default async function ApiDocsPage() {
  const actor = await requirePageActor("api.token");
  const collections = Object.values(COLLECTIONS);
  return (
    <>
      <h1>Read API</h1>
      <div className="max-w-reading">
        <p className="nhs-text-22 mb-6">
          The record as of any date, with the sources and certainty of every fact, as JSON for scripts and other systems. Each collection returns the same rows
          as its export, for the same filters as its page.
        </p>
        <p className="mb-4">
          The machine-readable description is the OpenAPI 3.1 document at <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>. The API only
          reads: nothing sent to it changes the record.
        </p>

        <h2 id="signing-in">Signing in</h2>
        <p className="mb-4">
          Send a personal API token in the <code>Authorization</code> header. Make one under <Link href="/account/tokens">Account, API tokens</Link>: it is shown
          once, expires on the day you choose, and can be revoked there at any time. A token reads as its owner may, with the roles the owner has at the moment
          of each request. In a browser, your signed-in session works too.
        </p>
        <pre className="bg-nhs-grey-4 p-4 overflow-x-auto nhs-text-16 mb-6" tabIndex={0} aria-label="Example request">
          <code>{`curl -H "Authorization: Bearer rlt_…" \\\n  "https://<this dashboard>/api/v1/plan-history?asOf=2009-02-11&trust=kingston"`}</code>
        </pre>

        <h2 id="dates">Reading the record on a date</h2>
        <p className="mb-4">
          <code>asOf=YYYY-MM-DD</code> reads the record as it stood on that day: only the facts known by then, each with the day it became known
          (<code>known_from</code>). <code>view=hindsight</code> reads everything known now about that day. Without <code>asOf</code>, the day is today.
          Where the record does not say, a value is <code>null</code>: not known.
        </p>

        <h2 id="paging">Pages</h2>
        <p className="mb-4">
          A response has <code>data</code> (the rows), <code>meta</code> (the collection, the day and view it was read for, the page size and the export&rsquo;s
          format version) and <code>links</code>. Rows come {DEFAULT_LIMIT} to a page, or up to {MAX_LIMIT} with <code>limit</code>. While there are more,{" "}
          <code>links.next</code> (and a <code>Link: &lt;…&gt;; rel=&quot;next&quot;</code> header) gives the next page&rsquo;s address; follow it as it is, with
          the same parameters. Rows keep their ids: a row recorded while you page does not move the rows after it.
        </p>
        <ParamTable label="Paging parameters every collection takes" params={PAGING} />

        <h2 id="caching">Asking again</h2>
        <p className="mb-4">
          Every page carries an <code>ETag</code>. Send it back in <code>If-None-Match</code>: while nothing in the record has changed (and the day has not),
          the answer is <code>304 Not Modified</code>, with no body, and nothing is read.
        </p>
      </div>

      <h2 id="collections">Collections</h2>
        <DataTable scroll="Collections" className="min-w-[40rem] mb-8" caption="Collections" captionClassName="sr-only" columns={["Address", "What it holds", "Who may read it"]}>
            {collections.map((c) => (
              <tr key={c.name}>
                <RowHead>
                  <a href={`#collection-${c.name}`} className="font-mono">/api/v1/{c.name}</a>
                </RowHead>
                <td className={td}>{c.title}</td>
                <td className={td}>
                  {PERMISSIONS[c.permission].map((r) => ROLE_LABEL[r]).join(", ")}
                  {can(actor, c.permission) ? "" : " (not you)"}
                </td>
              </tr>
            ))}
        </DataTable>
      {collections.map((c) => (
        <section key={c.name} aria-labelledby={`collection-${c.name}`} className="mb-10">
          <h3 id={`collection-${c.name}`}>
            {c.title}: <code className="font-normal">/api/v1/{c.name}</code>
          </h3>
          <p className="max-w-reading mb-4">{c.description}</p>
          <p className="max-w-reading mb-4">
            The same rows as the export on <Link href={c.page}>its page</Link>.
            {c.idColumn ? <> Each row&rsquo;s id, <code>{c.idColumn}</code>, is stable.</> : null}
          </p>
          {c.params.length > 0 ? <ParamTable label={`Parameters of ${c.name}`} params={c.params} /> : <p className="mb-4">It takes no filters.</p>}
          <ColumnTable title={`/api/v1/${c.name}`} columns={c.columns} />
        </section>
      ))}

      <h2 id="change-feed">The change feed</h2>
      <div className="max-w-reading mb-10">
        <p className="mb-4">
          <a href="/api/v1/changes.atom"><code>/api/v1/changes.atom</code></a> is an Atom feed of the newest 100 changes recorded in the record, the same
          as <Link href="/changes">What changed</Link> lists: all of them, or <code>?trust=</code> a trust&rsquo;s slug, <code>?decision=</code> a
          decision&rsquo;s key, or <code>?kind=</code> one kind of change. Any signed-in role may read it. Most feed readers sign in with HTTP Basic:
          give any user name and a token as the password. A token never goes in the address.
        </p>
      </div>

      <h2 id="problems">Problems</h2>
      <p className="max-w-reading mb-4">
        A request that cannot be answered gets an RFC 9457 problem (<code>application/problem+json</code>): its <code>type</code> is one of the sections
        below, <code>detail</code> says what to fix, and for a parameter that is wrong, <code>invalid-params</code> names each one and why.
      </p>
      <dl className="max-w-reading">
        {Object.entries(PROBLEM_TYPES).map(([type, title]) => (
          <div key={type} className="mb-4">
            <dt id={`problem-${type}`} className="font-semibold font-mono">{type}</dt>
            <dd className="ml-0">
              {title}. {PROBLEM_HELP[type as ProblemType]}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
