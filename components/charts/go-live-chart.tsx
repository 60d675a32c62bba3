"use client";
// Planned against actual go-lives, one row per go-live (a page of them), with halt windows shaded. A picture of the
// table that follows it: nothing here is only in the chart. The shaping (axis, points, label rows) is
// lib/domain/timeline.ts shapeGoLiveChart; this only draws it.
import { CartesianGrid, Legend, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint, GoLiveChartShape, ReferenceLabel } from "@/lib/domain/timeline";
import { GRID, haltArea, INK } from "./chart-style";

const year = (ms: number) => String(new Date(ms).getUTCFullYear());
const BLUE = "#005eb8";
const GREEN = "#007f3b";
const PLUM = "#801650";
const HALT_INK = "#6b140e";
const ROW_PX = 20;

/**
 * A reference line's or area's label above the plot, in its row (rows keep labels apart: shapeGoLiveChart).
 * Recharts gives it the viewBox of the line or area.
 */
function ReferenceText({ viewBox, label, fill }: { viewBox?: { x?: number; y?: number }; label: ReferenceLabel; fill: string }) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - 6 - label.row * ROW_PX;
  return (
    <text x={x + 2} y={y} fill={fill} fontSize={14} fontWeight={600} data-reference-label={label.key}>
      {label.text}
    </text>
  );
}

export function GoLiveChart(props: GoLiveChartShape) {
  const height = 80 + props.referenceRows * ROW_PX + props.labels.length * 44;
  const labelOf = (key: string, fill: string) => {
    const label = props.referenceLabels.find((l) => l.key === key);
    return label ? <ReferenceText label={label} fill={fill} /> : undefined;
  };
  return (
    <div className="bg-white p-4">
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 12 + props.referenceRows * ROW_PX, right: 24, bottom: 16, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} />
          <XAxis type="number" dataKey="x" domain={props.domain} ticks={props.ticks} tickFormatter={year} stroke={INK} name="Date" allowDataOverflow />
          <YAxis type="category" dataKey="y" allowDuplicatedCategory={false} width={170} stroke={INK} tick={{ fill: INK, fontSize: 14 }} />
          {props.halts.map((h) => (
            <ReferenceArea key={h.key} x1={h.from} x2={h.to} {...haltArea} fillOpacity={0.12} label={labelOf(`halt-${h.key}`, HALT_INK)} />
          ))}
          {props.segments.map((s) => (
            <ReferenceLine
              key={s.label}
              segment={[
                { x: s.from, y: s.label },
                { x: s.to, y: s.label },
              ]}
              stroke="#4c6272"
              strokeWidth={2}
            />
          ))}
          {props.asOf !== null ? <ReferenceLine x={props.asOf} stroke={INK} strokeWidth={2} label={labelOf("as-of", INK)} /> : null}
          <Tooltip
            cursor={false}
            formatter={(_value, _name, item) => (item?.payload as ChartPoint | undefined)?.text ?? ""}
            labelFormatter={() => ""}
            contentStyle={{ background: "#425563", color: "#fff", border: "none" }}
            itemStyle={{ color: "#fff" }}
          />
          <Legend formatter={(value: string) => <span style={{ color: INK }}>{value}</span>} />
          <Scatter name="First plan" data={props.firstPlans} fill="#ffffff" stroke={BLUE} strokeWidth={2} shape="circle" />
          <Scatter name="Latest plan" data={props.latestPlans} fill={BLUE} shape="triangle" />
          <Scatter name="Actual go-live" data={props.actuals} fill={GREEN} shape="square" />
          {props.disputedActuals.length ? (
            <Scatter name="Go-live on a disputed day" data={props.disputedActuals} fill="#ffffff" stroke={PLUM} strokeWidth={3} shape="diamond" />
          ) : null}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
