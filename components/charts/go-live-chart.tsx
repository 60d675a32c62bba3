"use client";
// Planned against actual go-lives, one row per go-live (a page of them), with halt windows shaded. A picture of the
// table that follows it: nothing here is only in the chart.
import {
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface ChartPoint {
  x: number;
  y: string;
  text: string;
}

export interface GoLiveChartProps {
  labels: string[];
  firstPlans: ChartPoint[];
  latestPlans: ChartPoint[];
  actuals: ChartPoint[];
  segments: { label: string; from: number; to: number }[];
  halts: { key: string; from: number; to: number; title: string }[];
  asOf: number;
  domain: [number, number];
  ticks: number[];
}

const year = (ms: number) => String(new Date(ms).getUTCFullYear());
const BLUE = "#005eb8";
const GREEN = "#007f3b";
const INK = "#212b32";

export function GoLiveChart(props: GoLiveChartProps) {
  const height = 80 + props.labels.length * 44;
  return (
    <div className="bg-white p-4" aria-hidden="false">
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 16, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke="#d8dde0" />
          <XAxis type="number" dataKey="x" domain={props.domain} ticks={props.ticks} tickFormatter={year} stroke={INK} name="Date" />
          <YAxis type="category" dataKey="y" allowDuplicatedCategory={false} width={170} stroke={INK} tick={{ fill: INK, fontSize: 14 }} />
          {props.halts.map((h) => (
            <ReferenceArea key={h.key} x1={h.from} x2={h.to} fill="#d5281b" fillOpacity={0.12} stroke="#d5281b" strokeDasharray="4 4" label={{ value: "Halt", position: "insideTop", fill: "#6b140e" }} />
          ))}
          {props.segments.map((s) => (
            <ReferenceLine key={s.label} segment={[{ x: s.from, y: s.label }, { x: s.to, y: s.label }]} stroke="#4c6272" strokeWidth={2} />
          ))}
          <ReferenceLine x={props.asOf} stroke={INK} strokeWidth={2} label={{ value: "As of", position: "insideTopRight", fill: INK }} />
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
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
