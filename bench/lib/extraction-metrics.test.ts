import { describe, expect, it } from "vitest";
import { aggregatePassageCounts, aggregateShingleScores, scorePassagePage, scoreShinglePage, shingles, tokenize } from "./extraction-metrics.ts";

describe("scrapinghub shingle metric", () => {
  it("tokenizes on word characters, case kept, and makes 4-token shingles", () => {
    expect(tokenize("L'État, c'est moi — 2024_v2!")).toEqual(["L", "État", "c", "est", "moi", "2024_v2"]);
    expect([...shingles(["a", "b", "c", "d", "e"]).keys()].length).toBe(2);
    expect([...shingles(["a", "b"]).entries()]).toEqual([["a\u0001b", 1]]);
    expect(shingles([]).size).toBe(0);
  });

  it("scores one page as normalized tp/fp/fn and averages pages", () => {
    const gold = "one two three four five six";
    const exact = scoreShinglePage(gold, "One two three four five six".replace("One", "one"));
    expect(exact).toMatchObject({ tp: 1, fp: 0, fn: 0, exact: true });
    const half = scoreShinglePage(gold, "one two three four five");
    expect(half.tp).toBeCloseTo(2 / 3);
    expect(half.fn).toBeCloseTo(1 / 3);
    const empty = scoreShinglePage(gold, "");
    const score = aggregateShingleScores([exact, half, empty]);
    // Precision over pages with a prediction (2), recall over all pages (3), empty counts as 0.
    expect(score.precision).toBeCloseTo(1);
    expect(score.recall).toBeCloseTo((1 + 2 / 3 + 0) / 3);
    expect(score.accuracy).toBeCloseTo(1 / 3);
  });
});

describe("trafilatura passage metric", () => {
  it("matches collapsed passages case-sensitively and sums over the corpus", () => {
    const page = scorePassagePage("Der Text\n  geht   weiter.\nImpressum", ["Text geht weiter", "text geht"], ["Impressum", "Datenschutz"]);
    expect(page).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    const score = aggregatePassageCounts([page, { tp: 3, fn: 0, fp: 0, tn: 2 }]);
    expect(score).toEqual({ precision: 4 / 5, recall: 4 / 5, f1: 8 / 10 });
  });
});
