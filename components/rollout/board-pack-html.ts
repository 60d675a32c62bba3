// The board pack's article as HTML text: the one renderer of a pack, used by the live page and by an
// issued pack (which stores this exact text and its SHA-256: docs/decisions/014). Text, not React,
// because the issued copy must be produced inside the write's transaction, byte for byte what is
// shown, and React's server renderer cannot be imported in the server-action layer of Next.js.
// Every value is escaped here; the markup carries classes only (no inline style or script: the CSP).
import { describeSlip } from "@/lib/domain/baseline";
import type { BoardPack, ChangeKind } from "@/lib/domain/board-pack";
import type { MoneyTotal } from "@/lib/domain/decision-cost";
import { formatMoney } from "@/lib/domain/format";
import { addDays, formatIsoDate, formatPartialDate, formatRecordedAt } from "@/lib/domain/dates";
import { describeLatest } from "@/lib/domain/pack-diff";
import { RATING_LABEL, type GoLiveRating } from "@/lib/domain/rag";
import type { SourceRef } from "@/lib/domain/rollout";
import { decisionEffectiveFrom, STATUS_LABEL, type Status } from "@/lib/domain/status";
import { table, td, th } from "../ui/table-styles";
import { tagClass } from "../ui/tag";
import { RATING_TONE } from "./rating";
import { STATUS_TONE } from "./status-tag";

/** Text for HTML content and attribute values: & < > " ' escaped. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const e = escapeHtml;
const KIND_WORDS: Record<ChangeKind, string> = { PLAN: "Plan", GO_LIVE: "Go-live", DECISION: "Decision", PROBLEM: "Problem" };
// No forced page breaks: each row and block keeps together instead, so no page is left half empty.
const section = "mb-10";
const keep = "print:break-inside-avoid";
const secondary = (text: string) => `<span class="text-ink-secondary">${e(text)}</span>`;
const tag = (tone: Parameters<typeof tagClass>[0], text: string) => `<strong class="${tagClass(tone)}">${e(text)}</strong>`;
const statusTag = (status: Status) => tag(STATUS_TONE[status], STATUS_LABEL[status]);
const headRow = (cols: string[]) => `<thead><tr>${cols.map((c) => `<th scope="col" class="${th}">${e(c)}</th>`).join("")}</tr></thead>`;

/** The "reported later" mark (components/rollout/reported-later.tsx), as classes only. */
const LATER = "inline-block mt-1 px-1 border-l-4 border-tag-yellow-ink bg-tag-yellow-bg text-tag-yellow-ink nhs-text-16";

function cites(sources: readonly SourceRef[], numbers: Map<string, number>): string {
  if (sources.length === 0) return secondary("No source recorded");
  const links = sources.map((s) => {
    const n = numbers.get(s.key);
    return `<a href="#source-${n}" title="${e(s.title)}">[${n}]<span class="sr-only"> ${e(s.publisher)}: ${e(s.title)}</span></a>`;
  });
  return `<span class="nhs-text-16">${links.join(", ")}</span>`;
}

function rating(r: GoLiveRating | null): string {
  if (!r) return secondary("Not known");
  return `${tag(RATING_TONE[r.rating], RATING_LABEL[r.rating])}<ul class="mt-1 pl-5 list-disc text-ink-secondary max-w-80">${r.reasons.map((x) => `<li>${e(x)}</li>`).join("")}</ul>`;
}

function money(list: MoneyTotal[], withoutCharges: number): string {
  const lines = list.map(
    (m) => `<span class="block tabular-nums">${e(formatMoney(m))} ${secondary(m.priceBasis ? `(${m.priceBasis})` : "(price basis not recorded)")}</span>`,
  );
  if (withoutCharges > 0)
    lines.push(
      `<span class="block">${secondary(`Not known for ${withoutCharges} ${withoutCharges === 1 ? "go-live" : "go-lives"}: the record gives no charge`)}</span>`,
    );
  if (list.length === 0 && withoutCharges === 0) lines.push(secondary("None"));
  return lines.join("");
}

function title(pack: BoardPack): string {
  return pack.decision
    ? `${pack.decision.title}: board pack for ${formatIsoDate(pack.meetingDate)}`
    : `Board pack for the meeting of ${formatIsoDate(pack.meetingDate)}`;
}

function statusSection(pack: BoardPack, numbers: Map<string, number>): string {
  const rows = pack.status.map((r) => {
    const words = describeLatest(r);
    const latest = words === "Not known" ? secondary(words) : e(words);
    const slip = r.derived.slip ? `<span class="block">${secondary(`Slip since the first plan: ${describeSlip(r.derived.slip)}`)}</span>` : "";
    return `<tr class="${keep}"><th scope="row" class="${td} text-left font-normal">${e(r.trust.name)}<span class="block">${secondary(`${r.scope}${r.configuration ? `, ${r.configuration.code}` : ""}`)}</span></th><td class="${td}">${statusTag(r.derived.status)}</td><td class="${td}">${rating(r.rating)}</td><td class="${td}">${latest}${slip}</td><td class="${td}">${cites(r.sources, numbers)}</td></tr>`;
  });
  return `<section aria-labelledby="status-heading" class="${section}"><h2 id="status-heading">1. Status on ${e(formatIsoDate(pack.meetingDate))}</h2><table class="${table}"><caption class="sr-only">Each go-live&#39;s status and rating on ${e(formatIsoDate(pack.meetingDate))}</caption>${headRow(["Trust", "Status", "Rating, and why", "Latest plan or go-live", "Sources"])}<tbody>${rows.join("")}</tbody></table></section>`;
}

function changesSection(pack: BoardPack, numbers: Map<string, number>): string {
  const from = formatIsoDate(addDays(pack.since, 1));
  const facts =
    pack.changes.length === 0
      ? `<p>Nothing in the record changed between ${e(from)} and ${e(formatIsoDate(pack.meetingDate))}.</p>`
      : `<table class="${table}"><caption class="sr-only">Plans, go-lives, decisions and problems between the two dates, oldest first</caption>${headRow(["When", "What", "Trust", "Change", "Sources"])}<tbody>${pack.changes
          .map(
            (c) =>
              `<tr class="${keep}"><td class="${td}">${e(formatPartialDate(c.on))}</td><td class="${td}">${e(KIND_WORDS[c.kind])}</td><td class="${td}">${c.trust ? e(c.trust) : secondary("All London")}</td><td class="${td}">${e(c.text)}${c.reportedLater ? ` <span class="${LATER}">Reported later, ${e(formatIsoDate(c.reportedLater))}</span>` : ""}</td><td class="${td}">${cites(c.sources, numbers)}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  const since = pack.correctionsSince
    ? `since the last pack was issued (${formatRecordedAt(pack.correctionsSince)})`
    : "(no pack has been issued yet, so every one)";
  const corrections =
    pack.corrections.length === 0
      ? `<p>No correction was recorded in the dashboard ${e(since)}.</p>`
      : `<table class="${table}"><caption class="nhs-text-19 text-left font-semibold mb-2">Corrections recorded in the dashboard ${e(since)}, oldest first</caption>${headRow(["Recorded", "By", "About", "Correction"])}<tbody>${pack.corrections
          .map(
            (c) =>
              `<tr class="${keep}"><td class="${td}">${e(formatRecordedAt(c.at))}</td><td class="${td}">${e(c.by)}</td><td class="${td}">${e(c.subject)}</td><td class="${td}">${e(c.text)}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  return `<section aria-labelledby="changes-heading" class="${section}"><h2 id="changes-heading">2. Changes since the last pack</h2>${facts}<h3 class="nhs-text-22 mt-6">Corrections recorded in the dashboard</h3>${corrections}</section>`;
}

function inForceSection(pack: BoardPack, numbers: Map<string, number>): string {
  if (pack.inForce.length === 0)
    return `<section aria-labelledby="in-force-heading" class="${section}"><h2 id="in-force-heading">3. Decisions in force</h2><p>No decision was in force on ${e(formatIsoDate(pack.meetingDate))}.</p></section>`;
  const items = pack.inForce.map((d) => {
    const scope = d.trustNames.length > 0 ? `, for ${d.trustNames.join(", ")}` : d.scope === "ALL_LONDON" ? ", all London" : "";
    return `<li class="mb-2 ${keep}"><strong>${e(d.title)}</strong> (${e(d.body)}), in effect from ${e(formatIsoDate(decisionEffectiveFrom(d)))}${e(scope)}. ${cites(d.sources, numbers)}</li>`;
  });
  return `<section aria-labelledby="in-force-heading" class="${section}"><h2 id="in-force-heading">3. Decisions in force</h2><ul class="list-disc pl-6">${items.join("")}</ul></section>`;
}

function costsSection(pack: BoardPack): string {
  const blocks = pack.costs.map((c) => {
    const lead =
      c.type === "RELEASE"
        ? `Released ${c.goLives.length} go-lives on ${formatIsoDate(c.effectiveFrom)} (counted under the halt it lifted).`
        : `From ${formatIsoDate(c.effectiveFrom)}, held ${c.goLives.length} go-lives for ${c.heldDays.toLocaleString("en-GB")} go-live days in all.`;
    const list = c.goLives.length
      ? `<ul class="list-disc pl-6 mb-2">${c.goLives
          .map(
            (g) =>
              `<li>${e(`${g.trust.name}: held ${g.days} days (${formatIsoDate(g.from)} to ${formatIsoDate(g.until)}); moved ${describeSlip(g.moved, g.overdue).toLowerCase()}${g.movedTo ? `, ${g.movedToIsActual ? "live" : "planned"} ${formatPartialDate(g.movedTo)}` : ""}`)}</li>`,
          )
          .join("")}</ul>`
      : "";
    const moved = c.type !== "RELEASE" && c.goLives.length > 0 ? `<p>Money moved later: ${money(c.money, c.withoutCharges)}</p>` : "";
    return `<div class="mb-6 ${keep}"><h3 class="nhs-text-22">${e(c.decision.title)}</h3><p class="mb-2">${e(lead)}</p>${list}${moved}</div>`;
  });
  const none = pack.costs.length === 0 ? "<p>No halt, postponement or resume to report.</p>" : "";
  return `<section aria-labelledby="costs-heading" class="${section}"><h2 id="costs-heading">4. What the decisions cost</h2>${none}${blocks.join("")}</section>`;
}

function conflictsSection(pack: BoardPack, numbers: Map<string, number>): string {
  const body =
    pack.conflicts.length === 0
      ? "<p>No open conflict in the record.</p>"
      : `<ul class="list-none">${pack.conflicts
          .map(
            (c) =>
              `<li class="mb-4 ${keep}"><strong>${e(c.question)}</strong><ul class="list-disc pl-6">${c.claims.map((x) => `<li>${e(x.claim)} ${cites([x.source], numbers)}</li>`).join("")}</ul></li>`,
          )
          .join("")}</ul>`;
  return `<section aria-labelledby="conflicts-heading" class="${section}"><h2 id="conflicts-heading">5. Where the sources disagree</h2>${body}</section>`;
}

function trendsSection(pack: BoardPack): string {
  const t = pack.trends;
  if (!t) return "";
  const heading = `<h2 id="trends-heading">6. Milestone trends</h2>`;
  if (t.rows.length === 0 || t.dates.length === 0)
    return `<section aria-labelledby="trends-heading" class="${section}">${heading}<p>No go-live was re-planned between ${e(formatIsoDate(addDays(pack.since, 1)))} and ${e(formatIsoDate(pack.meetingDate))}.</p></section>`;
  const intro = `<p class="max-w-reading mb-4">The go-lives re-planned most since the last pack: each one&#39;s forecast go-live as the record stood at each quarter&#39;s end (a month or season is its whole period). A forecast that stays the same is on plan; one that moves later is slipping.</p>`;
  const rows = t.rows.map((g) => {
    const cells = t.dates.map((d) => {
      const p = g.points.find((x) => x.on === d);
      const text = !p ? secondary("Not known") : p.forecast ? e(p.forecast.label) : secondary(p.note ?? "Not known");
      return `<td class="${td}">${text}${p?.overdue ? ` ${tag("red", "Overdue")}` : ""}</td>`;
    });
    const live = g.actual ? e(formatPartialDate({ date: g.actual.start, precision: g.actual.precision })) : secondary("Not live");
    return `<tr class="${keep}"><th scope="row" class="${td} text-left font-normal">${e(g.label)}</th>${cells.join("")}<td class="${td}">${live}</td></tr>`;
  });
  const head = headRow(["Go-live", ...t.dates.map((d) => formatIsoDate(d)), "Went live"]);
  return `<section aria-labelledby="trends-heading" class="${section}">${heading}${intro}<table class="${table}"><caption class="sr-only">Forecast go-live at each quarter&#39;s end, as the record stood on it</caption>${head}<tbody>${rows.join("")}</tbody></table></section>`;
}

/** Management by exception: the go-lives outside what the board agreed to tolerate lead the pack (decision 020). */
function exceptionsSection(pack: BoardPack): string {
  const x = pack.exceptions;
  if (!x) return "";
  const heading = `<h2 id="exceptions-heading">Exceptions: outside what the board agreed to tolerate</h2>`;
  const later =
    x.recordedLater > 0 && !pack.hindsight
      ? `<p class="max-w-reading">${e(`${x.recordedLater === 1 ? "1 tolerance agreed by the meeting was" : `${x.recordedLater} tolerances agreed by the meeting were`} recorded after it: as the record stood, ${x.recordedLater === 1 ? "it is" : "they are"} not applied.`)}</p>`
      : "";
  if (x.applying === 0)
    return `<section aria-labelledby="exceptions-heading" class="${section}">${heading}<p>No tolerance applied on ${e(formatIsoDate(pack.meetingDate))}: there can be no exception.</p>${later}</section>`;
  if (x.list.length === 0)
    return `<section aria-labelledby="exceptions-heading" class="${section}">${heading}<p>No go-live was outside tolerance on ${e(formatIsoDate(pack.meetingDate))}.</p>${later}</section>`;
  const rows = x.list.map((r) => {
    const state = r.state === "OPEN" ? tag("red", "Outside tolerance") : tag("orange", "Went live outside tolerance");
    const since = `${e(formatIsoDate(r.since))}${r.sinceRecorded ? `<span class="block">${secondary("when the tolerance was recorded")}</span>` : ""}`;
    return `<tr class="${keep}"><th scope="row" class="${td} text-left font-normal">${e(r.trust.name)}<span class="block">${secondary(r.scope)}</span></th><td class="${td}">${state}</td><td class="${td}">${since}</td><td class="${td}">${e(r.reason)}</td><td class="${td}">${e(r.tolerance)}${secondary(r.programmeWide ? " (the programme's)" : " (this go-live's own)")}</td></tr>`;
  });
  const open = x.list.filter((r) => r.state === "OPEN").length;
  const intro = `<p class="max-w-reading mb-4">${e(`${open} ${open === 1 ? "go-live is" : "go-lives are"} outside tolerance on ${formatIsoDate(pack.meetingDate)}; ${x.list.length - open} went live outside it since ${formatIsoDate(addDays(pack.since, 1))}.`)}</p>`;
  return `<section aria-labelledby="exceptions-heading" class="${section}">${heading}${intro}<table class="${table}"><caption class="sr-only">Go-lives outside tolerance, with the reason and since when</caption>${headRow(["Go-live", "Exception", "Since", "Why", "Tolerance"])}<tbody>${rows.join("")}</tbody></table>${later}</section>`;
}

function sourcesSection(pack: BoardPack): string {
  const items = pack.sources.map((s, i) => {
    const published = s.published ? `, ${formatPartialDate(s.published)}` : ", date not known";
    const link = s.url ? ` <a href="${e(s.url)}" rel="noreferrer noopener" class="break-all">${e(s.url)}</a>` : secondary(" (no address recorded)");
    return `<li id="source-${i + 1}" class="mb-2 ${keep}">[${i + 1}] ${e(s.publisher)}${e(published)}: &ldquo;${e(s.title)}&rdquo;${link}</li>`;
  });
  return `<section aria-labelledby="sources-heading" class="${section}"><h2 id="sources-heading">${pack.trends ? 7 : 6}. Sources</h2><ol class="list-none nhs-text-16">${items.join("")}</ol></section>`;
}

/** The pack's article, as the page shows it and an issued pack keeps it. Deterministic: the same pack gives the same text. */
export function renderBoardPackHtml(pack: BoardPack): string {
  const numbers = new Map(pack.sources.map((s, i) => [s.key, i + 1]));
  const decided = pack.decision ? `, the day the decision took effect (${formatIsoDate(decisionEffectiveFrom(pack.decision))})` : "";
  const header =
    `<header class="mb-8"><p class="nhs-text-19 text-ink-secondary mb-1">London Cerner rollout · Board pack</p><h1 id="pack-title" class="mb-4">${e(title(pack))}</h1>` +
    `<p class="nhs-text-19 max-w-reading">Status as of <strong>${e(formatIsoDate(pack.meetingDate))}</strong>, ${pack.hindsight ? "read with hindsight: everything known now, each fact that became known after the meeting marked" : "as the record stood that day: only what was known by then, citing only the sources published by then"}. Changes since <strong>${e(formatIsoDate(addDays(pack.since, 1)))}</strong>${e(decided)}. Every fact carries its source, numbered [n] and listed at the end; where the record does not say, the pack says &ldquo;not known&rdquo;.</p></header>`;
  return [
    header,
    exceptionsSection(pack),
    statusSection(pack, numbers),
    changesSection(pack, numbers),
    inForceSection(pack, numbers),
    costsSection(pack),
    conflictsSection(pack, numbers),
    trendsSection(pack),
    sourcesSection(pack),
  ]
    .filter((x) => x !== "")
    .join("\n");
}

/** The meeting date as the printed pack's running header says it. */
export const packRunningHeader = (pack: Pick<BoardPack, "meetingDate">) => `Board pack · meeting of ${formatIsoDate(pack.meetingDate)}`;
