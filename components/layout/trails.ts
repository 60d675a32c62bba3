// The pages a breadcrumb leads back to (components/ui/breadcrumb.tsx), each named as the page's own heading names it.
export const BOARD_REVIEW = { href: "/board", label: "Board review" };
export const BASELINES = { href: "/board/baselines", label: "Baselines" };
export const ISSUED_PACKS = { href: "/board/packs", label: "Packs issued to the board" };
export const TOLERANCES = { href: "/board/tolerances", label: "Tolerances and exceptions" };
export const PEOPLE = { href: "/admin/users", label: "People" };
