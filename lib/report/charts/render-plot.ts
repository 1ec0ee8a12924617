// Charts as SVG strings made on the server by Observable Plot (docs/decisions/013-outlet-charts.md)
// with linkedom's document standing in for the browser's: no DOM, no script, no network on the
// page, and the SVG prints. Plot writes every label with textContent and setAttribute, so the
// serializer escapes outlet and source names (untrusted text); render-plot.test.ts checks it.

import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export interface ChartText {
  /** read by screen readers as the image's name: what the chart shows */
  title: string;
  /** one sentence with the main numbers, for readers who cannot see the chart */
  description: string;
}

/** ink that prints on a light page: dark text, light fills with dark outlines */
export const INK = { text: "#27272a", muted: "#71717a", rule: "#a1a1aa", fill: "#e4e4e7", stroke: "#3f3f46" } as const;

export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({
    ...options,
    document: document as unknown as Document,
    figure: false,
    ariaLabel: text.title,
    ariaDescription: text.description,
    style: { background: "transparent", color: INK.text, fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
  }) as unknown as Element;
  svg.setAttribute("role", "img");
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.textContent = text.title;
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  return svg.outerHTML;
}
