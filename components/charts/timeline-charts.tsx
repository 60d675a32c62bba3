"use client";
// The timeline's counts: go-lives per quarter (first planned, latest plan, went live) and the
// go-lives halted and live at each quarter's end. Pictures of the tables that follow them on the
// page: nothing here is only in a chart.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { GRID, goLiveCountAxis, goLivesWords, haltArea, labelAxis, legendText, PALETTE as COLOURS, tooltipStyle } from "./chart-style";

export interface QuarterBar {
  /** "Q1 2009" */
  label: string;
  first: number;
  latest: number;
  live: number;
}

export function QuarterChart({
  data,
  names,
  halts,
}: {
  data: QuarterBar[];
  names: Record<"first" | "latest" | "live", string>;
  halts: { key: string; from: string; to: string }[];
}) {
  return (
    <div className="bg-white p-4">
      <ResponsiveContainer width="100%" height={360}>
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis {...labelAxis} minTickGap={16} />
          <YAxis {...goLiveCountAxis} />
          {halts.map((h) => (
            <ReferenceArea
              key={h.key}
              x1={h.from}
              x2={h.to}
              {...haltArea}
              fillOpacity={0.1}
              label={{ value: "Halt", position: "insideTop", fill: "#6b140e" }}
            />
          ))}
          <Tooltip {...tooltipStyle} formatter={goLivesWords} />
          <Legend formatter={legendText} />
          <Bar dataKey="first" name={names.first} fill={COLOURS[0]} />
          <Bar dataKey="latest" name={names.latest} fill={COLOURS[1]} />
          <Bar dataKey="live" name={names.live} fill={COLOURS[2]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface OverTimePoint {
  /** "31 March 2009" */
  label: string;
  halted: number;
  live: number;
}

export function OverTimeChart({ data }: { data: OverTimePoint[] }) {
  return (
    <div className="bg-white p-4">
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis {...labelAxis} minTickGap={24} />
          <YAxis {...goLiveCountAxis} />
          <Tooltip {...tooltipStyle} formatter={goLivesWords} />
          <Legend formatter={legendText} />
          <Line type="stepAfter" dataKey="halted" name="Halted" stroke={COLOURS[2]} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 3 }} />
          <Line type="stepAfter" dataKey="live" name="Live" stroke={COLOURS[0]} strokeWidth={2} dot={{ r: 3 }} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
