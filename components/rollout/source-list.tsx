import { formatPartialDate } from "@/lib/domain/dates";
import { publishedLater } from "@/lib/domain/knowledge";
import type { SourceRef } from "@/lib/domain/rollout";
import { Disclosure } from "../ui/disclosure";
import { Secondary } from "../ui/secondary";
import { ReportedLater } from "./reported-later";

export function SourceLink({ source }: { source: SourceRef }) {
  const label = `${source.publisher}${source.published ? `, ${formatPartialDate(source.published)}` : ""}`;
  return source.url ? (
    <a href={source.url} rel="noreferrer noopener" title={source.title}>
      {label}
      <span className="sr-only">: {source.title}</span>
    </a>
  ) : (
    <span title={source.title}>{label}</span>
  );
}

const laterWords = (n: number) => `${n === 1 ? "1 source" : `${n} sources`} published after this date, not cited as of it`;

/**
 * Every fact carries its sources; an empty list says so in words. As it stood, `later` counts the
 * sources published after the page's date (lib/domain/knowledge.ts), said in words rather than cited.
 * With hindsight (`hindsightOn`: the page's date) every source is cited and each later one marked.
 */
export function SourceList({ sources, later = 0, hindsightOn = null }: { sources: SourceRef[]; later?: number; hindsightOn?: string | null }) {
  if (hindsightOn) {
    if (sources.length === 0) return <Secondary>No source recorded</Secondary>;
    return (
      <ul className="nhs-text-16 list-none">
        {sources.map((s) => (
          <li key={s.key}>
            <SourceLink source={s} /> <ReportedLater what="Published" on={publishedLater(s, hindsightOn)} />
          </li>
        ))}
      </ul>
    );
  }
  if (sources.length === 0) return <Secondary>{later > 0 ? `None published by this date (${laterWords(later)})` : "No source recorded"}</Secondary>;
  return (
    <ul className="nhs-text-16 list-none">
      {sources.map((s) => (
        <li key={s.key}>
          <SourceLink source={s} />
        </li>
      ))}
      {later > 0 ? (
        <li>
          <Secondary>And {laterWords(later)}</Secondary>
        </li>
      ) : null}
    </ul>
  );
}

/**
 * A table cell's sources, kept short: how many (and, with hindsight, how many were published later), with
 * the full list of SourceList one click away. `context` names the row for screen readers.
 */
export function SourceCount({
  sources,
  later = 0,
  hindsightOn = null,
  context,
}: {
  sources: SourceRef[];
  later?: number;
  hindsightOn?: string | null;
  context?: string;
}) {
  if (sources.length === 0 && (hindsightOn || later === 0)) return <Secondary>No source recorded</Secondary>;
  const publishedAfter = hindsightOn ? sources.filter((s) => publishedLater(s, hindsightOn)).length : 0;
  const count = sources.length === 0 ? "None by this date" : sources.length === 1 ? "1 source" : `${sources.length} sources`;
  return (
    <Disclosure
      summary={
        <>
          {count}
          {publishedAfter > 0 ? `, ${publishedAfter} published later` : ""}
          <span className="sr-only"> for {context ?? "this row"}</span>
        </>
      }
    >
      <div className="max-w-80">
        <SourceList sources={sources} later={later} hindsightOn={hindsightOn} />
      </div>
    </Disclosure>
  );
}
