import { describe, expect, it } from "vitest";
import { formatRate, makeRate } from "./rate.ts";
import { wilsonInterval } from "./wilson.ts";

// Reference values: the Wilson (score) column of Table I in R. G. Newcombe, "Two-sided confidence
// intervals for the single proportion", Statistics in Medicine 17 (1998) 857–872, to 4 decimals.
describe("wilsonInterval", () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i of %i", (count, total, low, high) => {
    const interval = wilsonInterval(count, total)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("is symmetric around one half and reaches 1 at n of n", () => {
    const half = wilsonInterval(5, 10)!;
    expect(half.low + half.high).toBeCloseTo(1, 12);
    expect(wilsonInterval(10, 10)!.high).toBe(1);
  });

  it("has no interval without trials", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("narrows as the count grows at the same rate", () => {
    const small = wilsonInterval(1, 3)!;
    const large = wilsonInterval(100, 300)!;
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
  });
});

describe("formatRate", () => {
  it("shows the count and the interval with the rate", () => {
    expect(formatRate(makeRate(3, 25))).toBe("12% (3 of 25; 95% CI 4.2–30%)");
    expect(formatRate(makeRate(0, 0))).toBe("no data (0 of 0)");
    expect(formatRate(makeRate(1, 1), { one: "claim", many: "claims" })).toBe("100% (1 of 1 claim; 95% CI 21–100%)");
  });
});
