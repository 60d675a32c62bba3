// The NHS "details" component on a native <details>/<summary>: it opens with a click, Enter or Space,
// screen readers announce it as expanded or collapsed, and it works without JavaScript. For what a
// reader needs one click away rather than in every row (a rating's reasons, a fact's sources).
export function Disclosure({ summary, children, className = "" }: { summary: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <details className={className || undefined}>
      {/* its classes are in app/globals.css: it is drawn three times in every row of the overview */}
      <summary className="nhs-details-summary">
        <span aria-hidden="true" className="nhs-details-chevron" />
        <span>{summary}</span>
      </summary>
      <div className="nhs-details-text">{children}</div>
    </details>
  );
}
