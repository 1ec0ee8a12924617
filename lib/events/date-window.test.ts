import { describe, expect, it } from "vitest";
import { dateWindow, dayWindow, windowGapDays } from "./date-window.ts";
import type { DateWindow } from "./types.ts";

describe("dateWindow", () => {
  it("stretches back to an event reported a few days late, not to an anniversary", () => {
    expect(dateWindow("2017-10-18T09:30:00Z", "2017-10-15")).toEqual({ from: "2017-10-15", to: "2017-10-18" });
    expect(dateWindow("2017-10-18", "2015-10-18")).toEqual({ from: "2017-10-18", to: "2017-10-18" });
  });

  it("spans the month when the publication is known to the month only", () => {
    expect(dateWindow("2019-06", null)).toEqual({ from: "2019-06-01", to: "2019-06-30" });
    expect(dateWindow("2019-06", "2019-06-13")).toEqual({ from: "2019-06-13", to: "2019-06-13" });
    expect(dateWindow("2019", null)).toBeNull();
  });

  it("measures the days between two windows, zero when they overlap", () => {
    const gap = (a: DateWindow, b: DateWindow) => windowGapDays(dayWindow(a), dayWindow(b));
    expect(gap({ from: "2019-06-01", to: "2019-06-30" }, { from: "2019-06-13", to: "2019-06-13" })).toBe(0);
    expect(gap({ from: "2019-06-01", to: "2019-06-30" }, { from: "2019-07-10", to: "2019-07-12" })).toBe(10);
    expect(gap({ from: "2019-07-10", to: "2019-07-12" }, { from: "2019-06-01", to: "2019-06-30" })).toBe(10);
  });
});
