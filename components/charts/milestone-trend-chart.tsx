"use client";
// Milestone trend analysis: the forecast go-live date (up) at each reporting date (across), one band per
// go-live: a forecast known only to the month or season is drawn as its whole period, one known to the day
// as a line. The dashed diagonal is where the forecast equals the reporting date: a milestone is due there.
// The table after it on the page has the same data: nothing here is only in the chart.
import type { TrendChartData } from "@/lib/domain/milestone-trends";
import { Area, CartesianGrid, ComposedChart, Legend, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { GRID, INK, PALETTE } from "./chart-style";

export const TREND_COLOURS = PALETTE;
const MARKER_INK: Record<string, string> = { HALT: "#d5281b", RESUME: "#007f3b", WITHDRAW: "#4c6272", POSTPONE: "#ad5700", BASELINE: "#330072" };

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthYear = (n: number) => {
  const d = new Date(n * DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const fullDate = (n: number) => new Date(n * DAY).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Ticks on the first of every third month (or of every year on a long range) across the domain. */
function ticks([min, max]: [number, number]): number[] {
  const out: number[] = [];
  const step = max - min > 6 * 365 ? 12 : max - min > 2 * 365 ? 6 : 3;
  const start = new Date(min * DAY);
  let y = start.getUTCFullYear();
  let m = Math.floor(start.getUTCMonth() / step) * step;
  for (;;) {
    const t = Date.UTC(y, m, 1) / DAY;
    if (t > max) break;
    if (t >= min) out.push(t);
    m += step;
    if (m >= 12) {
      y += 1;
      m -= 12;
    }
  }
  return out;
}

export function MilestoneTrendChart({ data, title }: { data: TrendChartData; title: string }) {
  // both axes are dates: the reporting date across, the forecast up
  const dateAxis = {
    type: "number" as const,
    domain: data.domain,
    ticks: ticks(data.domain),
    tickFormatter: monthYear,
    stroke: INK,
    tick: { fill: INK, fontSize: 13 },
  };
  return (
    <figure className="bg-white p-4 mb-6">
      <figcaption className="font-semibold mb-2">{title}</figcaption>
      <ResponsiveContainer width="100%" height={480}>
        <ComposedChart data={data.rows} margin={{ top: 24, right: 24, bottom: 24, left: 16 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="x" {...dateAxis} label={{ value: "Reporting date", position: "insideBottom", offset: -16, fill: INK }} />
          <YAxis {...dateAxis} width={84} label={{ value: "Forecast go-live", angle: -90, position: "insideLeft", offset: -8, fill: INK }} />
          <ReferenceLine
            segment={[
              { x: data.domain[0], y: data.domain[0] },
              { x: data.domain[1], y: data.domain[1] },
            ]}
            stroke={INK}
            strokeDasharray="6 4"
            label={{ value: "Due (forecast = reporting date)", position: "insideTopLeft", fill: INK, fontSize: 13 }}
          />
          {data.markers.map((m, i) => (
            <ReferenceLine
              key={`${m.kind}-${m.x}-${i}`}
              x={m.x}
              stroke={MARKER_INK[m.kind] ?? INK}
              strokeDasharray={m.kind === "BASELINE" ? "2 3" : "5 3"}
              label={{ value: m.label, position: "insideTopRight", angle: -90, fill: MARKER_INK[m.kind] ?? INK, fontSize: 12, offset: 8 }}
            />
          ))}
          <Tooltip
            contentStyle={{ background: "#425563", color: "#fff", border: "none" }}
            itemStyle={{ color: "#fff" }}
            labelStyle={{ color: "#E8EDEE" }}
            labelFormatter={(x) => `Reporting date ${fullDate(Number(x))}`}
            formatter={(value, name) => {
              const v = value as unknown as [number, number] | number;
              const [a, b] = Array.isArray(v) ? v : [v, v];
              return [a === b ? fullDate(a) : `${fullDate(a)} to ${fullDate(b)}`, name];
            }}
          />
          <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 12 }} formatter={(value: string) => <span style={{ color: INK }}>{value}</span>} />
          {data.series.map((s, i) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="linear"
              connectNulls={false}
              isAnimationActive={false}
              stroke={TREND_COLOURS[i % TREND_COLOURS.length]}
              strokeWidth={2}
              fill={TREND_COLOURS[i % TREND_COLOURS.length]}
              fillOpacity={0.18}
              dot={{ r: 3, fill: TREND_COLOURS[i % TREND_COLOURS.length] }}
            />
          ))}
          {data.series.map((s, i) =>
            s.actual === null ? null : (
              <ReferenceDot
                key={`live-${s.key}`}
                x={s.actual}
                y={s.actual}
                r={7}
                fill="#fff"
                stroke={TREND_COLOURS[i % TREND_COLOURS.length]}
                strokeWidth={3}
                label={{ value: "Live", position: "right", fill: INK, fontSize: 12 }}
              />
            ),
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
