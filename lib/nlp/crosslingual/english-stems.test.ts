import { describe, expect, it } from "vitest";
import { englishContentStems, numberTerms } from "./english-stems.ts";

describe("numberTerms", () => {
  it("writes French and English figures the same way", () => {
    expect(numberTerms("3 000 soldats et 3\u202f000 civils, soit 2,5 % de plus", "fr")).toEqual(["#3000", "#3000", "#2.5"]);
    expect(numberTerms("3,000 soldiers and 3000 civilians, or 2.5% more", "en")).toEqual(["#3000", "#3000", "#2.5"]);
  });

  it("keeps a year beside a count apart", () => {
    expect(numberTerms("en 2013, 300 morts", "fr")).toEqual(["#2013", "#300"]);
  });
});

describe("englishContentStems", () => {
  it("drops stop words and digits and stems what is left", () => {
    expect(englishContentStems("The ministers were meeting in Damascus on 18 October")).toEqual(["minist", "meet", "damascus", "octob"]);
  });
});
