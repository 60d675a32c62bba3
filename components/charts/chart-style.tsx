// What the dashboard's charts share: the ink, the grid, the tooltip's colours, the halt's shading and the count axis.
// Props for Recharts' own components (which must be the chart's direct children), so each chart spreads them.
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";

export const INK = "#212b32";
export const GRID = "#d8dde0";
/** The Analysis Function's categorical palette, in its order (docs/DESIGN.md, section 4). */
export const PALETTE = ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1", "#0F820D", "#D4351C"] as const;

export const tooltipStyle = {
  contentStyle: { background: "#425563", color: "#fff", border: "none" },
  itemStyle: { color: "#fff" },
  labelStyle: { color: "#E8EDEE" },
};

/** A halt's window: shaded red with a dashed edge (the opacity is each chart's). */
export const haltArea = { fill: "#d5281b", stroke: "#d5281b", strokeDasharray: "4 4" };

/** The y-axis of a count of go-lives, in whole numbers. */
export const goLiveCountAxis = {
  allowDecimals: false,
  stroke: INK,
  tick: { fill: INK, fontSize: 14 },
  label: { value: "Go-lives", angle: -90, position: "insideLeft" as const, fill: INK },
};

/** A category axis of labels ("Q1 2009"), thinned where they would touch. */
export const labelAxis = { dataKey: "label", stroke: INK, tick: { fill: INK, fontSize: 13 }, interval: "preserveStartEnd" as const };

/** The tooltip's words for a count, and the legend in ink. */
export const goLivesWords = (value: ValueType | undefined, name: NameType | undefined): [string, NameType] => [`${value} go-lives`, name ?? ""];
export const legendText = (value: string) => <span style={{ color: INK }}>{value}</span>;
