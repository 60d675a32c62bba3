import type { Fragment } from "@/lib/domain/search";

/** Text with its matching words in <mark>: React text nodes only, never markup from the record. */
export function MarkedText({ fragments }: { fragments: readonly Fragment[] }) {
  return (
    <>
      {fragments.map((f, i) =>
        f.marked ? (
          <mark key={i} className="bg-[#fff9c4] text-ink font-semibold px-0.5">
            {f.text}
          </mark>
        ) : (
          <span key={i}>{f.text}</span>
        ),
      )}
    </>
  );
}
