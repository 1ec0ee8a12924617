// A rate as the outlet pages show it: never a bare percentage, always its count, its total and
// its 95% Wilson interval, so a rate from 3 claims is not read like one from 300.

import { wilsonInterval } from "./wilson.ts";

export interface Rate {
  count: number;
  total: number;
  /** count / total, null when total is 0 */
  rate: number | null;
  /** 95% Wilson interval, null when total is 0 */
  low: number | null;
  high: number | null;
}

export function makeRate(count: number, total: number): Rate {
  const interval = wilsonInterval(count, total);
  return { count, total, rate: total > 0 ? count / total : null, low: interval?.low ?? null, high: interval?.high ?? null };
}

const percent = (value: number) => {
  const scaled = value * 100;
  // one decimal below 10% keeps 0.4% from reading as 0%
  return scaled > 0 && scaled < 9.95 ? `${scaled.toFixed(1).replace(/\.0$/, "")}%` : `${Math.round(scaled)}%`;
};

/** "12% (3 of 25; 95% CI 4–30%)", or "no data (0 of 0)" */
export function formatRate(rate: Rate, unit: { one: string; many: string } = { one: "", many: "" }): string {
  const of = `${rate.count.toLocaleString("en")} of ${rate.total.toLocaleString("en")}${rate.total === 1 ? (unit.one ? ` ${unit.one}` : "") : unit.many ? ` ${unit.many}` : ""}`;
  if (rate.rate === null || rate.low === null || rate.high === null) return `no data (${of})`;
  return `${percent(rate.rate)} (${of}; 95% CI ${percent(rate.low).replace("%", "")}–${percent(rate.high)})`;
}

export { percent as formatPercent };
