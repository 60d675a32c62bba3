import { formatPartialDate } from "@/lib/domain/dates";
import type { SourceRef } from "@/lib/domain/rollout";
import { Secondary } from "../ui/secondary";

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
 * Every fact carries its sources; an empty list says so in words. `later`: how many of them were
 * published after the page's date (lib/domain/knowledge.ts), said in words rather than cited.
 */
export function SourceList({ sources, later = 0 }: { sources: SourceRef[]; later?: number }) {
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
