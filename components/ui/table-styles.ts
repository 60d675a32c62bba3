// The NHS table's cells, as the list pages draw them: one place for the classes.
export const th = "text-left align-bottom border-b-2 border-ink px-2 py-3 font-semibold";
export const td = "align-top border-b border-rule px-2 py-3";
export const tableWrap = "overflow-x-auto bg-white p-4 tablet:p-6";
export const table = "w-full border-collapse nhs-text-16";
