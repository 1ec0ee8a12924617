import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { makeRate } from "../outlets/rate.ts";
import { ratesChart, sourcesChart, verdictChart } from "./outlet-charts.ts";

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

describe("outlet charts", () => {
  it("names the chart for screen readers and keeps untrusted names as text", () => {
    const svg = sourcesChart(HOSTILE, [{ source: HOSTILE, kind: "agency", count: 3 }, { source: "IRNA", kind: "agency", count: 1 }]);
    const document = parse(svg);
    expect(document.querySelectorAll("script, img, foreignObject")).toHaveLength(0);
    expect([...document.querySelectorAll("*")].flatMap((element) => element.getAttributeNames()).filter((name) => name.startsWith("on"))).toEqual([]);
    const root = document.querySelector("svg")!;
    expect(root.getAttribute("role")).toBe("img");
    expect(root.querySelector("title")!.textContent).toBe(`Sources ${HOSTILE} cites most`);
    expect(root.getAttribute("aria-label")).toBe(`Sources ${HOSTILE} cites most`);
    expect(svg).toContain("IRNA");
  });

  it("labels each rating in words and draws every rate with its interval", () => {
    const verdicts = verdictChart("Press TV", [{ rating: "true", count: 1 }, { rating: "false", count: 2 }]);
    expect(parse(verdicts).querySelector("desc")!.textContent).toBe("3 claims reviewed: 1 true, 2 false.");
    expect(verdicts).toContain(">False<");
    const rates = ratesChart("Press TV", [{ label: "Conflict share", rate: makeRate(4, 10) }, { label: "Copied share", rate: makeRate(0, 0) }]);
    expect(parse(rates).querySelector("desc")!.textContent).toBe("Conflict share 40% (4 of 10; 95% interval 17% to 69%); Copied share: no data.");
    expect(rates).toContain("40% · 4 of 10");
  });
});
