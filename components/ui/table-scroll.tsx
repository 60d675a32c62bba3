import { tableWrap } from "./table-styles";

/**
 * A wide table's box: on a narrow screen the table scrolls inside it, never the page. Focusable and
 * labelled so keyboard users can scroll it too (WCAG 2.1.1). `relative` keeps the table's screen-reader-only
 * text (absolutely positioned) inside the box: otherwise it escapes the scrolling and widens the page.
 */
export function TableScroll({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={`${tableWrap} ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
