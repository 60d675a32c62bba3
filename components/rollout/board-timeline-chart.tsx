"use client";
// The board timeline drawn: one row per go-live, a thin hatched bar per baseline's plan and a solid
// bar for the actual go-live, halts shaded across every row, decisions as numbered lines. A picture
// of the tables that follow it: the chart is one image to assistive technology (role="img" with a
// summary), is not a tab stop, and nothing is only here.
import { useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Text, XAxis, YAxis } from "recharts";

export type Span = [number, number];

export interface BoardChartProps {
  summary: string;
  /** ms since the epoch: the range's first day to the day after its last */
  domain: Span;
  ticks: { x: number; label: string }[];
  baselines: { name: string }[];
  rows: { label: string; bars: (Span | null)[]; actual: Span | null }[];
  halts: { key: string; x1: number; x2: number }[];
  decisions: { key: string; x: number; number: number }[];
}

// Government Analysis Function categorical colours, in order (3:1 or more on white); the actual go-live in dark grey.
const COLOURS = ["#12436D", "#28A197", "#801650", "#F46A25"] as const;
const ACTUAL = "#3D3D3D";
const INK = "#212b32";
const HALT = "#d5281b";
const HALT_INK = "#6b140e";
const BAR = 9;
const MIN_WIDTH = 3;
const LANE = 15;
// Hatching differs as well as colour: 45°, 135°, vertical, horizontal.
const HATCH = [45, 135, 90, 0] as const;

// On paper the drawing scales to the page's width by its viewBox: the containers Recharts sizes in
// pixels for the screen (one of them 0 wide, overflowing) take the page's width instead.
const PRINT_FIT = [
  "w-full",
  "print:[&_.recharts-responsive-container]:h-auto!",
  "print:[&_.recharts-responsive-container>div]:w-full!",
  "print:[&_.recharts-responsive-container>div]:h-auto!",
  "print:[&_.recharts-wrapper]:w-full!",
  "print:[&_.recharts-wrapper]:h-auto!",
  "print:[&_svg.recharts-surface]:w-full!",
  "print:[&_svg.recharts-surface]:h-auto!",
].join(" ");

/** Decision numbers close together go in lanes one above the other, so that none covers another. */
function lanesOf(decisions: BoardChartProps["decisions"], domain: Span, plotWidth: number): number[] {
  // Closer than 16 pixels: the next lane up.
  const near = ((domain[1] - domain[0]) * 16) / Math.max(plotWidth, 100);
  const lastInLane: number[] = [];
  return decisions.map((d) => {
    let lane = lastInLane.findIndex((x) => d.x - x >= near);
    if (lane === -1) lane = lastInLane.length < 4 ? lastInLane.length : 0;
    lastInLane[lane] = d.x;
    return lane;
  });
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Record<string, unknown>;
  /** the row's band across the plot: its right edge is where the plot ends */
  background?: { x?: number | null; width?: number | null };
}

function barShape(dataKey: string, fill: string, stroke: string, tag: string) {
  return function TimelineBar({ x = 0, y = 0, width = 0, height = 0, payload, background }: ShapeProps) {
    // Recharts passes the bar's end as its value: whether the row has this bar is in the row itself.
    if (!Array.isArray(payload?.[dataKey])) return <g />;
    const w = Math.max(width, MIN_WIDTH);
    // The tag goes after the bar, or before it where the plot ends too soon (the plot clips it).
    const plotEnd = (background?.x ?? 0) + (background?.width ?? Infinity);
    const after = x + w + 32 <= plotEnd;
    return (
      <g>
        <rect x={x} y={y} width={w} height={height} fill={fill} stroke={stroke} strokeWidth={1.5} />
        <text
          x={after ? x + w + 4 : x - 4}
          y={y + height / 2}
          textAnchor={after ? "start" : "end"}
          dominantBaseline="central"
          fontSize={11}
          fontWeight={600}
          fill={INK}
        >
          {tag}
        </text>
      </g>
    );
  };
}

function RowLabel({ x = 0, y = 0, payload, width = 200 }: { x?: number; y?: number; payload?: { value?: string }; width?: number }) {
  return (
    <Text x={x - 6} y={y} width={width - 10} maxLines={3} textAnchor="end" verticalAnchor="middle" fontSize={width < 200 ? 12 : 13} fill={INK}>
      {payload?.value ?? ""}
    </Text>
  );
}

export function BoardTimelineChart(props: BoardChartProps) {
  const id = useId().replace(/:/g, "");
  // On a phone the trust names take less of the width, so that the bars keep some.
  const [labelWidth, setLabelWidth] = useState(200);
  const [chartWidth, setChartWidth] = useState(900);
  const pattern = (i: number) => `${id}-hatch-${i}`;
  const lanes = lanesOf(props.decisions, props.domain, chartWidth - labelWidth - 48);
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 0;
  const bars = props.baselines.length + 1;
  const height = 70 + laneCount * LANE + props.rows.length * Math.max(44, bars * (BAR + 3) + 14);
  const data = props.rows.map((r) => ({ label: r.label, actual: r.actual, ...Object.fromEntries(r.bars.map((b, i) => [`b${i}`, b])) }));
  const fmt = new Map(props.ticks.map((t) => [t.x, t.label]));
  return (
    <div className="bg-white p-4 tablet:p-6 break-inside-avoid print:p-0">
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
        <defs>
          {props.baselines.map((_, i) => (
            <pattern key={i} id={pattern(i)} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform={`rotate(${HATCH[i]})`}>
              <rect width="4" height="4" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="4" stroke={COLOURS[i]} strokeWidth="2.5" />
            </pattern>
          ))}
        </defs>
      </svg>
      <div role="img" aria-label={props.summary} className={PRINT_FIT}>
        <ResponsiveContainer
          width="100%"
          height={height}
          initialDimension={{ width: 900, height }}
          onResize={(w) => {
            setChartWidth(w);
            setLabelWidth(w < 640 ? 120 : 200);
          }}
        >
          <BarChart
            layout="vertical"
            data={data}
            margin={{ top: 12 + laneCount * LANE, right: 40, bottom: 8, left: 8 }}
            barGap={3}
            barCategoryGap={8}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#d8dde0" horizontal={false} />
            <XAxis
              type="number"
              domain={props.domain}
              ticks={props.ticks.map((t) => t.x)}
              tickFormatter={(x: number) => fmt.get(x) ?? ""}
              allowDataOverflow
              stroke={INK}
              tick={{ fill: INK, fontSize: 13 }}
            />
            <YAxis type="category" dataKey="label" width={labelWidth} stroke={INK} tick={<RowLabel width={labelWidth} />} interval={0} />
            {props.halts.map((h) => (
              <ReferenceArea
                key={h.key}
                x1={h.x1}
                x2={h.x2}
                fill={HALT}
                fillOpacity={0.12}
                stroke={HALT}
                strokeDasharray="4 4"
                ifOverflow="hidden"
                label={{ value: "Halted", position: "insideBottomLeft", fill: HALT_INK, fontSize: 12, fontWeight: 600 }}
              />
            ))}
            {props.decisions.map((d, i) => (
              <ReferenceLine
                key={d.key}
                x={d.x}
                stroke={INK}
                strokeDasharray="2 3"
                label={{ value: String(d.number), position: "top", offset: 4 + (lanes[i] ?? 0) * LANE, fill: INK, fontSize: 13, fontWeight: 600 }}
              />
            ))}
            {props.baselines.map((_, i) => (
              <Bar
                key={i}
                dataKey={`b${i}`}
                barSize={BAR}
                isAnimationActive={false}
                shape={barShape(`b${i}`, `url(#${pattern(i)})`, COLOURS[i]!, `B${i + 1}`)}
              />
            ))}
            <Bar dataKey="actual" barSize={BAR} isAnimationActive={false} shape={barShape("actual", ACTUAL, ACTUAL, "Live")} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <h3 className="nhs-text-19 mt-4 mb-2">Key</h3>
      <ul className="list-none grid gap-2 nhs-text-16 mb-0">
        {props.baselines.map((b, i) => (
          <li key={i} className="flex items-center gap-2">
            <svg width="36" height="14" aria-hidden="true" focusable="false" className="shrink-0">
              <rect x="1" y="2" width="34" height="10" fill={`url(#${pattern(i)})`} stroke={COLOURS[i]} strokeWidth="1.5" />
            </svg>
            <span>
              <strong>B{i + 1}</strong>, hatched: the planned date in baseline {i + 1}, {b.name}
            </span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <svg width="36" height="14" aria-hidden="true" focusable="false" className="shrink-0">
            <rect x="1" y="2" width="34" height="10" fill={ACTUAL} />
          </svg>
          <span>
            <strong>Live</strong>, solid: the actual go-live
          </span>
        </li>
        <li className="flex items-center gap-2">
          <svg width="36" height="14" aria-hidden="true" focusable="false" className="shrink-0">
            <rect x="1" y="1" width="34" height="12" fill={HALT} fillOpacity="0.12" stroke={HALT} strokeDasharray="4 4" />
          </svg>
          <span>
            <strong>Halted</strong>, shaded with dashed edges: a halt in force, across all trusts
          </span>
        </li>
        <li className="flex items-center gap-2">
          <svg width="36" height="14" aria-hidden="true" focusable="false" className="shrink-0">
            <line x1="18" y1="0" x2="18" y2="14" stroke={INK} strokeDasharray="2 3" strokeWidth="1.5" />
          </svg>
          <span>
            <strong>1, 2, 3…</strong>, dashed line: a decision, on the day it took effect (numbered as in the decisions table)
          </span>
        </li>
      </ul>
    </div>
  );
}
