// The NHS table's cells, as the list pages draw them: one place for the classes.
export const th = "text-left align-bottom border-b-2 border-ink px-2 py-3 font-semibold";
export const td = "align-top border-b border-rule px-2 py-3";
// A wide table scrolls inside its box (components/ui/table-scroll.tsx); `relative` keeps absolutely positioned
// screen-reader-only text inside the box, else it widens the page on a narrow screen.
export const tableWrap = "relative overflow-x-auto bg-white p-4 tablet:p-6 focus-visible:nhs-focus-box";
export const table = "w-full border-collapse nhs-text-16";
