import { describe, expect, it } from "vitest";
import { CandidateIndex } from "./candidate-index.ts";
import type { DateWindow } from "./types.ts";

// features as the grouper writes them, from the seeds' Baghdad and Moscow meetings
const BAGHDAD = "place:city:iq:baghdad";
const IRAQ = "country:country:iq";
const MEETING = "réunion";
const MOSCOW = "place:city:ru:moscow";
const day = (iso: string): DateWindow => ({ from: iso, to: iso });
const everyFeatureWeighs = (value: number) => () => value;

describe("CandidateIndex", () => {
  it("finds the groups within maxGapDays of the article's window and none beyond, even in a week already read", () => {
    const index = new CandidateIndex({ maxGapDays: 42 });
    index.add("june", [BAGHDAD], day("2019-06-13"));
    index.add("august", [BAGHDAD], day("2019-08-01"));
    index.add("september", [BAGHDAD], day("2019-09-30"));
    const lookup = (window: DateWindow) => index.lookup({ features: [BAGHDAD], window, weight: everyFeatureWeighs(1), limit: 10 });
    expect(lookup(day("2019-07-20"))).toEqual(["june", "august"]);
    // 2019-06-13 is 43 days before 2019-07-26: past the cutoff though its week is within reach
    expect(lookup(day("2019-07-26"))).toEqual(["august"]);
    expect(lookup({ from: "2019-07-26", to: "2019-08-20" })).toEqual(["august", "september"]);
  });

  it("counts a feature for a group when a member carrying it is within reach, not one months earlier", () => {
    const index = new CandidateIndex({ maxGapDays: 42 });
    index.add("thread", [BAGHDAD, MEETING], day("2019-01-10"));
    index.add("thread", [MEETING], day("2019-06-01"));
    const lookup = (features: string[]) => index.lookup({ features, window: day("2019-06-20"), weight: everyFeatureWeighs(1), limit: 10 });
    expect(lookup([MEETING])).toEqual(["thread"]);
    expect(lookup([BAGHDAD])).toEqual([]);
  });

  it("lets any date meet an undated group, and an undated article meet groups of any date", () => {
    const index = new CandidateIndex({ maxGapDays: 42 });
    index.add("undated", [MEETING], null);
    index.add("2010", [MEETING], day("2010-02-20"));
    index.add("2021", [MEETING], day("2021-10-18"));
    const lookup = (window: DateWindow | null) => index.lookup({ features: [MEETING], window, weight: everyFeatureWeighs(1), limit: 10 });
    expect(lookup(day("2021-10-01"))).toEqual(["undated", "2021"]);
    expect(lookup(null).sort()).toEqual(["2010", "2021", "undated"]);
  });

  it("ranks by the summed weight of the shared features, counting a group once per feature, and stops at the limit", () => {
    const index = new CandidateIndex({ maxGapDays: 42 });
    const weights = new Map([[BAGHDAD, 5], [IRAQ, 1.2], [MEETING, 2], [MOSCOW, 5]]);
    // a month-long window spans five weeks: its group must not count five times for one feature
    index.add("iraq-meetings", [IRAQ, MEETING], { from: "2019-06-01", to: "2019-06-30" });
    index.add("baghdad", [BAGHDAD, IRAQ], day("2019-06-13"));
    index.add("moscow", [MOSCOW, MEETING], day("2019-06-14"));
    const lookup = (limit: number) => index.lookup({ features: [BAGHDAD, IRAQ, MEETING], window: day("2019-06-15"), weight: (feature) => weights.get(feature)!, limit });
    expect(lookup(10)).toEqual(["baghdad", "iraq-meetings", "moscow"]);
    expect(lookup(2)).toEqual(["baghdad", "iraq-meetings"]);
  });

  it("skips a feature carried by more groups than maxPostings within reach, not the rarer ones", () => {
    const index = new CandidateIndex({ maxGapDays: 42, maxPostings: 50 });
    for (let n = 0; n < 60; n++) index.add(`iraq-${n}`, [IRAQ], day("2019-06-13"));
    index.add("baghdad", [BAGHDAD, IRAQ], day("2019-06-13"));
    const found = index.lookup({ features: [IRAQ, BAGHDAD], window: day("2019-06-14"), weight: everyFeatureWeighs(1), limit: 100 });
    expect(found).toEqual(["baghdad"]);
    // two years later the same country is carried by few groups again and counts
    index.add("iraq-2021", [IRAQ], day("2021-06-13"));
    expect(index.lookup({ features: [IRAQ], window: day("2021-06-14"), weight: everyFeatureWeighs(1), limit: 100 })).toEqual(["iraq-2021"]);
  });

  it("without maxGapDays, finds groups of any date as before", () => {
    const index = new CandidateIndex();
    index.add("2010", [BAGHDAD], day("2010-02-20"));
    expect(index.lookup({ features: [BAGHDAD], window: day("2021-10-18"), weight: everyFeatureWeighs(1), limit: 10 })).toEqual(["2010"]);
  });
});
