// The NHS table's cells, as the list pages draw them: one place for the classes.
// Their classes are named once in app/globals.css (nhs-th, nhs-td): a page of 50 rows draws hundreds of cells.
export const th = "nhs-th";
export const td = "nhs-td";
// A wide table scrolls inside its box (components/ui/table-scroll.tsx); `relative` keeps absolutely positioned
// screen-reader-only text inside the box, else it widens the page on a narrow screen.
export const tableWrap = "relative overflow-x-auto bg-white p-4 tablet:p-6 focus-visible:nhs-focus-box";
export const table = "w-full border-collapse nhs-text-16";
