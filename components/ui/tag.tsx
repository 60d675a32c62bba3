// NHS tag: a status in words; the colour only adds to the meaning. Each tone keeps one meaning everywhere.
const TONES = {
  green: "text-tag-green-ink bg-tag-green-bg border-tag-green-ink",
  blue: "text-tag-blue-ink bg-tag-blue-bg border-tag-blue-ink",
  orange: "text-tag-orange-ink bg-tag-orange-bg border-tag-orange-ink",
  red: "text-tag-red-ink bg-tag-red-bg border-tag-red-ink",
  grey: "text-tag-grey-ink bg-tag-grey-bg border-tag-grey-ink",
  yellow: "text-tag-yellow-ink bg-tag-yellow-bg border-tag-yellow-ink",
  purple: "text-tag-purple-ink bg-tag-purple-bg border-tag-purple-ink",
  aqua: "text-tag-aqua-ink bg-tag-aqua-bg border-tag-aqua-ink",
} as const;

export type TagTone = keyof typeof TONES;

/** The tag's classes, for markup written as text (the issued board pack: docs/decisions/014). */
export const tagClass = (tone: TagTone) => `inline-block border px-2 py-1 nhs-text-16 font-semibold whitespace-nowrap ${TONES[tone]}`;

/**
 * `canWrap`: a long tag in a narrow table column may take two lines rather than widen the column. Its classes
 * are the same as tagClass's, named once in app/globals.css (`nhs-tag`): a page draws hundreds of tags.
 */
export function Tag({ tone, children, title, canWrap = false }: { tone: TagTone; children: React.ReactNode; title?: string; canWrap?: boolean }) {
  return (
    <strong title={title} className={`nhs-tag nhs-tag-${tone}${canWrap ? " nhs-tag-wrap" : ""}`}>
      {children}
    </strong>
  );
}
