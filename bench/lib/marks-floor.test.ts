import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runMarksBenchmark, type MarksRun } from "./marks-bench.ts";
import { marksDataDirectory } from "./marks-data.ts";

// A regression floor under `npm run eval:marks` (which prints the full tables) on a small fixed
// sample of the test split: two pairs per type and set, four WMT14 documents, the default seed.
// Floors sit a little under the figures measured when the benchmark was committed (before any
// rule of issue 17 changed): 8 of 92 planted changes marked as gold says, 86 visible, no false
// conflict on 451 untouched rows, no conflict between a French original and its English
// translation. Skipped without ../shared/data beside the repository.
const root = path.resolve(import.meta.dirname, "../..");
const directory = marksDataDirectory(root);
if (!directory) console.log(`eval:marks floor skipped: ${path.resolve(root, "../shared/data")} (RPM2, BASIL, AllSides, WMT14) is absent`);

describe.skipIf(!directory)("planted contradictions on real articles (eval:marks sample, test split)", () => {
  let run: MarksRun;
  let pairs: MarksRun["pairs"];
  beforeAll(() => {
    run = runMarksBenchmark({ directory: directory!, split: "test", perType: 2, wmtDocuments: 4 });
    pairs = run.pairs;
  });
  const share = (part: number) => part / pairs.length;

  it("plants a change of every type in the sample", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(85);
    expect(new Set(pairs.map((pair) => pair.type)).size).toBe(14);
  });

  // 8 / 92 found before issue 17's mark rules (0.09), 71 / 92 after (0.77): the floor keeps a margin
  it("finds at least 70% of the planted changes, and shows at least 90% of them in some row", () => {
    expect(share(pairs.filter((pair) => pair.found).length)).toBeGreaterThanOrEqual(0.7);
    expect(share(pairs.filter((pair) => pair.visible).length)).toBeGreaterThanOrEqual(0.9);
  });

  it("marks at most 3% of the rows the change does not touch as conflicts", () => {
    const unchanged = pairs.reduce((sum, pair) => sum + pair.unchangedRows, 0);
    const falseConflicts = pairs.reduce((sum, pair) => sum + pair.falseConflicts.length, 0);
    expect(unchanged).toBeGreaterThan(250);
    expect(falseConflicts / unchanged).toBeLessThanOrEqual(0.03);
  });

  it("finds no conflict between a French original and its English translation", () => {
    expect(run.wmt.documents).toBe(4);
    expect(run.wmt.conflicts).toEqual([]);
  });
});
