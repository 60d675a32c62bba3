// A page's address from its parsed values: only the ones given, so links carry what differs from the defaults.
/** `?a=1&b=2` from the defined values, or "" (for links to a page and its exports). */
export function queryString(values: Record<string, string | null | undefined>): string {
  const defined = Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return defined.length ? `?${new URLSearchParams(defined)}` : "";
}
