// The NHS "details" component on a native <details>/<summary>: it opens with a click, Enter or Space,
// screen readers announce it as expanded or collapsed, and it works without JavaScript. For what a
// reader needs one click away rather than in every row (a rating's reasons, a fact's sources).
export function Disclosure({ summary, children, className = "" }: { summary: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <details className={`group ${className}`}>
      <summary className="inline-flex cursor-pointer list-none items-baseline gap-1.5 text-link underline underline-offset-[0.1em] hover:text-link-hover hover:decoration-[3px] focus-visible:nhs-focus-text [&::-webkit-details-marker]:hidden">
        {/* the NHS details chevron: a right-pointing triangle that turns down when open */}
        <span aria-hidden="true" className="inline-block shrink-0 self-center border-y-[6px] border-l-[9px] border-y-transparent border-l-current transition-transform group-open:rotate-90 motion-reduce:transition-none" />
        <span>{summary}</span>
      </summary>
      <div className="mt-2 border-l-4 border-nhs-grey-4 pl-3">{children}</div>
    </details>
  );
}
