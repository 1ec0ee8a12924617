import { describe, expect, it } from "vitest";
import { scoreSimilarity } from "./score-similarity.ts";
import { seedSignatures } from "./seed-signatures.fixture.ts";

describe("scoreSimilarity", () => {
  const seeds = new Map(seedSignatures().map((signature) => [signature.id, signature]));
  const score = (a: string, b: string) => scoreSimilarity(seeds.get(a)!, seeds.get(b)!);

  it("is 1 for an article with itself and symmetric", () => {
    expect(score("000", "000")).toBeCloseTo(1);
    expect(score("000", "002")).toBeCloseTo(score("002", "000"));
  });

  it("ranks the other quadripartite meeting in Baghdad above the Beijing and Tehran visits", () => {
    expect(score("000", "002")).toBeGreaterThan(score("000", "001"));
    expect(score("000", "002")).toBeGreaterThan(score("000", "003"));
    expect(score("000", "002")).toBeLessThan(1);
  });
});
