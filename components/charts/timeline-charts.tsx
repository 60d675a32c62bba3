"use client";
// The timeline's counts: go-lives per quarter (first planned, latest plan, went live) and the
// go-lives halted and live at each quarter's end. Pictures of the tables that follow them on the
// page: nothing here is only in a chart.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const INK = "#212b32";
// The Analysis Function's categorical palette, in its order (docs/DESIGN.md, section 4).
const COLOURS = ["#12436D", "#28A197", "#801650"] as const;
const tooltip = {
  contentStyle: { background: "#425563", color: "#fff", border: "none" },
  itemStyle: { color: "#fff" },
  labelStyle: { color: "#E8EDEE" },
};

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
          <CartesianGrid stroke="#d8dde0" vertical={false} />
          <XAxis dataKey="label" stroke={INK} tick={{ fill: INK, fontSize: 13 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis
            allowDecimals={false}
            stroke={INK}
            tick={{ fill: INK, fontSize: 14 }}
            label={{ value: "Go-lives", angle: -90, position: "insideLeft", fill: INK }}
          />
          {halts.map((h) => (
            <ReferenceArea
              key={h.key}
              x1={h.from}
              x2={h.to}
              fill="#d5281b"
              fillOpacity={0.1}
              stroke="#d5281b"
              strokeDasharray="4 4"
              label={{ value: "Halt", position: "insideTop", fill: "#6b140e" }}
            />
          ))}
          <Tooltip {...tooltip} formatter={(value, name) => [`${value} go-lives`, name]} />
          <Legend formatter={(value: string) => <span style={{ color: INK }}>{value}</span>} />
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
          <CartesianGrid stroke="#d8dde0" vertical={false} />
          <XAxis dataKey="label" stroke={INK} tick={{ fill: INK, fontSize: 13 }} interval="preserveStartEnd" minTickGap={24} />
          <YAxis
            allowDecimals={false}
            stroke={INK}
            tick={{ fill: INK, fontSize: 14 }}
            label={{ value: "Go-lives", angle: -90, position: "insideLeft", fill: INK }}
          />
          <Tooltip {...tooltip} formatter={(value, name) => [`${value} go-lives`, name]} />
          <Legend formatter={(value: string) => <span style={{ color: INK }}>{value}</span>} />
          <Line type="stepAfter" dataKey="halted" name="Halted" stroke={COLOURS[2]} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 3 }} />
          <Line type="stepAfter" dataKey="live" name="Live" stroke={COLOURS[0]} strokeWidth={2} dot={{ r: 3 }} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
