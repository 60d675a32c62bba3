// Values from raw SQL rows as CSV cells: ISO 8601 dates, precision in its own column, numbers unformatted.
const pad = (n: number) => String(n).padStart(2, "0");

export const isoDay = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v.slice(0, 10) : "");
export const isoTimestamp = (v: unknown): string => (v instanceof Date ? v.toISOString() : "");
export const lower = (v: unknown): string => (typeof v === "string" ? v.toLowerCase() : "");
export const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
export const integer = (v: unknown): number | string => (typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : v === null || v === undefined ? "" : Number(v));
/** A decimal as plain digits with no trailing zeros ("340000000", "33644.5"), whichever driver read it. */
export const decimal = (v: unknown): string => (v === null || v === undefined ? "" : String(v).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""));
export const json = (v: unknown): string => (v === null || v === undefined ? "" : JSON.stringify(v, (_k, value) => (typeof value === "bigint" ? String(value) : value)));
export const stamp = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** SQL for a source list: web addresses (or titles) of a fact's sources, space-separated. */
export const sourcesOf = (joinTable: string, factId: string) =>
  `(SELECT string_agg(COALESCE(s.url, s.title), ' ' ORDER BY s.id) FROM "${joinTable}" j JOIN "Source" s ON s.id = j."B" WHERE j."A" = ${factId})`;
