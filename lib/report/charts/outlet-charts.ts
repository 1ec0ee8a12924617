// The four charts of an outlet's figures: publications per month, verdicts by rating, rates with
// their 95% intervals, and the sources it cites most. Each takes the numbers the page also shows
// as a table, so the chart never says more than the table beside it.

import * as Plot from "@observablehq/plot";
import { RATING_SCALE, type VerdictRating } from "../../review/verdict-scale.ts";
import type { Rate } from "../outlets/rate.ts";
import { formatPercent } from "../outlets/rate.ts";
import { INK, renderPlot } from "./render-plot.ts";

/** the rating badge palette (components/review/rating-badge.tsx): -300 fills, -800 outlines */
export const RATING_COLORS: Record<VerdictRating, { fill: string; stroke: string }> = {
  true: { fill: "#6ee7b7", stroke: "#065f46" },
  "mostly-true": { fill: "#bef264", stroke: "#3f6212" },
  mixed: { fill: "#fcd34d", stroke: "#92400e" },
  misleading: { fill: "#fdba74", stroke: "#9a3412" },
  false: { fill: "#fca5a5", stroke: "#991b1b" },
  unverifiable: { fill: "#d4d4d8", stroke: "#3f3f46" },
};

const WIDTH = 640;

/** whole-number ticks only: a count axis of 0–2 must not read "0, 0, 1, 1, 2" */
function countAxis(max: number): { domain: [number, number]; ticks: number[] } {
  const top = Math.max(1, max);
  const step = Math.max(1, Math.ceil(top / 6));
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, index) => index * step);
  return { domain: [0, Math.max(top, ticks.at(-1)!)], ticks };
}

const addMonths = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));

export function timelineChart(outlet: string, months: { month: string; articles: number; events: number }[]): string {
  const data = months.map((entry) => ({ ...entry, date: new Date(`${entry.month}-01T00:00:00Z`) }));
  const total = months.reduce((sum, entry) => sum + entry.articles, 0);
  const first = data[0]?.date ?? new Date();
  const last = data.at(-1)?.date ?? first;
  // at least a year of axis: one month alone would otherwise fill the whole width
  const spare = Math.max(1, Math.ceil((12 - (last.getUTCFullYear() * 12 + last.getUTCMonth() - first.getUTCFullYear() * 12 - first.getUTCMonth())) / 2));
  const y = countAxis(Math.max(0, ...months.map((entry) => Math.max(entry.articles, entry.events))));
  return renderPlot(
    {
      width: WIDTH,
      height: 220,
      marginLeft: 40,
      x: { type: "utc", label: null, domain: [addMonths(first, -spare), addMonths(last, spare + 1)] },
      y: { label: "per month", grid: true, tickFormat: "d", ...y },
      marks: [
        Plot.ruleY([0], { stroke: INK.rule }),
        Plot.rectY(data, { x: "date", interval: "month", y: "articles", fill: INK.fill, stroke: INK.stroke, strokeWidth: 0.75, insetLeft: 1, insetRight: 1 }),
        Plot.dot(data, { x: (entry: { date: Date }) => new Date(entry.date.getTime() + 14 * 86_400_000), y: "events", r: 3.5, fill: "white", stroke: INK.text, strokeWidth: 1.5, symbol: "diamond" }),
      ],
    },
    {
      title: `${outlet}: articles and events per month`,
      description: `${total} dated articles over ${months.length} month${months.length === 1 ? "" : "s"}; bars are articles, diamonds are events first covered that month.`,
    },
  );
}

export function verdictChart(outlet: string, verdicts: { rating: VerdictRating; count: number }[]): string {
  const data = verdicts.map((entry) => ({ ...entry, label: RATING_SCALE[entry.rating].label }));
  const total = verdicts.reduce((sum, entry) => sum + entry.count, 0);
  return renderPlot(
    {
      width: WIDTH,
      height: 34 + 28 * data.length,
      marginLeft: 96,
      marginRight: 40,
      x: { label: null, grid: true, tickFormat: "d", ...countAxis(Math.max(0, ...verdicts.map((entry) => entry.count))) },
      y: { label: null, domain: data.map((entry) => entry.label) },
      marks: [
        Plot.barX(data, { x: "count", y: "label", fill: (entry: { rating: VerdictRating }) => RATING_COLORS[entry.rating].fill, stroke: (entry: { rating: VerdictRating }) => RATING_COLORS[entry.rating].stroke, strokeWidth: 0.75, insetTop: 2, insetBottom: 2 }),
        Plot.text(data, { x: "count", y: "label", text: (entry: { count: number }) => String(entry.count), dx: 6, textAnchor: "start", fill: INK.text }),
        Plot.ruleX([0], { stroke: INK.rule }),
      ],
    },
    {
      title: `Verdicts on ${outlet}'s claims, by rating`,
      description: total === 0 ? "No verdict yet." : `${total} claims reviewed: ${data.filter((entry) => entry.count > 0).map((entry) => `${entry.count} ${entry.label.toLowerCase()}`).join(", ")}.`,
    },
  );
}

export interface RateRow {
  label: string;
  rate: Rate;
}

export function ratesChart(outlet: string, rows: RateRow[]): string {
  const data = rows.map((row) => ({ label: row.label, ...row.rate, text: row.rate.rate === null ? "no data" : `${formatPercent(row.rate.rate)} · ${row.rate.count} of ${row.rate.total}` }));
  const known = data.filter((row) => row.rate !== null);
  return renderPlot(
    {
      width: WIDTH,
      height: 44 + 36 * data.length,
      marginLeft: 120,
      marginRight: 130,
      x: { domain: [0, 1], label: null, grid: true, tickFormat: ".0%" },
      y: { label: null, domain: data.map((row) => row.label) },
      marks: [
        Plot.ruleY(known, { y: "label", x1: "low", x2: "high", stroke: INK.stroke, strokeWidth: 2 }),
        Plot.tickX(known, { y: "label", x: "low", stroke: INK.stroke, strokeWidth: 1.5, inset: 9 }),
        Plot.tickX(known, { y: "label", x: "high", stroke: INK.stroke, strokeWidth: 1.5, inset: 9 }),
        Plot.dot(known, { y: "label", x: "rate", r: 5, fill: "white", stroke: INK.text, strokeWidth: 2 }),
        Plot.text(data, { y: "label", frameAnchor: "right", text: "text", dx: 126, textAnchor: "end", fill: INK.text }),
      ],
    },
    {
      title: `${outlet}: rates with 95% confidence intervals`,
      description: data.map((row) => (row.rate === null ? `${row.label}: no data` : `${row.label} ${formatPercent(row.rate)} (${row.count} of ${row.total}; 95% interval ${formatPercent(row.low!)} to ${formatPercent(row.high!)})`)).join("; ") + ".",
    },
  );
}

export function sourcesChart(outlet: string, sources: { source: string; kind: string; count: number }[]): string {
  return renderPlot(
    {
      width: WIDTH,
      height: 34 + 26 * sources.length,
      marginLeft: 200,
      marginRight: 40,
      x: { label: null, grid: true, tickFormat: "d", ...countAxis(Math.max(0, ...sources.map((entry) => entry.count))) },
      y: { label: null, domain: sources.map((entry) => entry.source), tickFormat: (name: string) => (name.length > 30 ? `${name.slice(0, 29)}…` : name) },
      marks: [
        Plot.barX(sources, { x: "count", y: "source", fill: INK.fill, stroke: INK.stroke, strokeWidth: 0.75, insetTop: 2, insetBottom: 2 }),
        Plot.text(sources, { x: "count", y: "source", text: (entry: { count: number }) => String(entry.count), dx: 6, textAnchor: "start", fill: INK.text }),
        Plot.ruleX([0], { stroke: INK.rule }),
      ],
    },
    {
      title: `Sources ${outlet} cites most`,
      description: sources.map((entry) => `${entry.source} (${entry.count})`).join(", ") + ".",
    },
  );
}
