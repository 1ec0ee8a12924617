import { describe, expect, it } from "vitest";
import { FeaturePostings, listSize } from "./feature-postings.ts";

describe("FeaturePostings", () => {
  it("keeps each group once, in the order added, across the switch from an array to a Set", () => {
    const postings = new FeaturePostings();
    const added = [5, 3, 5, 9, 1, 3, 7, 2, 8, 4, 6, 9, 0];
    for (const group of added) postings.addDated(100, group);
    const groups = postings.week(100)!;
    expect(listSize(groups)).toBe(10);
    expect([...groups]).toEqual([5, 3, 9, 1, 7, 2, 8, 4, 6, 0]);
  });

  it("lists the weeks in the order they were met, the first one inline, and the undated groups apart", () => {
    const postings = new FeaturePostings();
    postings.addDated(7, 1);
    postings.addDated(5, 2);
    postings.addDated(7, 3);
    postings.addUndated(4);
    expect(postings.allWeeks().map((groups) => [...groups])).toEqual([[1, 3], [2]]);
    expect(postings.week(6)).toBeNull();
    expect([...postings.undated!]).toEqual([4]);
  });
});
