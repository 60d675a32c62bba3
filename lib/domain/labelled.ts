/**
 * An enumeration with the words the pages show for each value, written once: its values are the labels' keys, in the
 * order they are written (the order of the pages' lists, filters and legends).
 */
export function labelled<const L extends Record<string, string>>(labels: L): readonly [values: readonly (keyof L & string)[], labels: L] {
  return [Object.keys(labels) as (keyof L & string)[], labels];
}
