// The side-by-side chart: per shared event, the claims two or more of the chosen outlets report,
// split into agree / in part / conflict. Fills from the mark badges' palette, labelled in words.

import * as Plot from "@observablehq/plot";
import { INK, renderPlot } from "./render-plot.ts";

const MARKS = [
  { key: "agree", label: "Agree", fill: "#a7f3d0", stroke: "#065f46" },
  { key: "partial", label: "In part", fill: "#fde68a", stroke: "#92400e" },
  { key: "conflict", label: "Conflict", fill: "#fecaca", stroke: "#991b1b" },
] as const;

export function agreementChart(outlets: string, events: { id: string; title: string; agree: number; partial: number; conflict: number }[]): string {
  const label = (title: string) => (title.length > 38 ? `${title.slice(0, 37)}…` : title);
  // the event id keeps two events of the same title apart on the axis
  const data = events.flatMap((event) => MARKS.map((mark) => ({ event: `${label(event.title)}\u200b${event.id.slice(0, 4)}`, mark: mark.label, count: event[mark.key] })));
  const domain = events.map((event) => `${label(event.title)}\u200b${event.id.slice(0, 4)}`);
  return renderPlot(
    {
      width: 760,
      height: 60 + 30 * events.length,
      marginLeft: 260,
      x: { label: null, grid: true, nice: true, tickFormat: "d", ticks: Math.min(8, Math.max(1, ...events.map((event) => event.agree + event.partial + event.conflict))) },
      y: { label: null, domain, tickFormat: (value: string) => value.split("\u200b")[0]! },
      color: { domain: MARKS.map((mark) => mark.label), range: MARKS.map((mark) => mark.fill) },
      marks: [
        Plot.barX(data, Plot.stackX({ x: "count", y: "event", fill: "mark", stroke: (entry: { mark: string }) => MARKS.find((mark) => mark.label === entry.mark)!.stroke, strokeWidth: 0.75 })),
        Plot.text(data.filter((entry) => entry.count > 0), Plot.stackX({ x: "count", y: "event", text: (entry: { count: number }) => String(entry.count), fill: INK.text })),
        Plot.ruleX([0], { stroke: INK.rule }),
      ],
    },
    {
      title: `Agreement between ${outlets}, per event`,
      description: events.map((event) => `${event.title}: ${event.agree} agree, ${event.partial} in part, ${event.conflict} conflict`).join("; ") + ".",
    },
  );
}
