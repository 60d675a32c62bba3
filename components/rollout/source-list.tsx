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

/** Every fact carries its sources; an empty list says so in words. */
export function SourceList({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return <Secondary>No source recorded</Secondary>;
  return (
    <ul className="nhs-text-16 list-none">
      {sources.map((s) => (
        <li key={s.key}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}
