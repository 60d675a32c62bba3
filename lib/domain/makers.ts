// Who made a dated commitment (docs/decisions/019): the promises ledger scores suppliers, trusts and programme
// bodies apart. Its own module so the forms can offer the kinds without the ledger's rules.
export const MAKER_KINDS = ["SUPPLIER", "TRUST", "PROGRAMME"] as const;
export type MakerKind = (typeof MAKER_KINDS)[number];
export const MAKER_KIND_LABEL: Record<MakerKind, string> = { SUPPLIER: "Supplier", TRUST: "Trust", PROGRAMME: "Programme body" };
