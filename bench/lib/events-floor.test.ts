import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEventsConfig } from "../../lib/events/events-config.ts";
import { dataDirectory, readArticles, readPairs } from "./events-data.ts";
import { runGrouping } from "./events-run.ts";
import { checkSeeds, seedSignatures } from "./events-seeds.ts";
import { semevalCorrelation, semevalSignatures } from "./events-semeval.ts";
import { articleSignatures } from "./events-signatures.ts";

// A regression floor under `tsx bench/eval-events.ts` (which prints the full tables), on the test
// split a little under the figures of the closing note; skipped without ../shared next to the
// repository.
const root = path.resolve(import.meta.dirname, "../..");
const directory = dataDirectory(root);

describe.skipIf(!directory)("event grouping quality floor (test split)", () => {
  const config = loadEventsConfig();
  const f1 = (file: string) => {
    const articles = readArticles(directory!, file, "test");
    return runGrouping(articles, articleSignatures(articles), config).bCubed.f1;
  };

  it("BASIL stays at or above 0.95 and AllSides at or above 0.92 B-cubed F1", () => {
    expect(f1("basil-en-articles.jsonl")).toBeGreaterThanOrEqual(0.95);
    expect(f1("allsides-en-articles.jsonl")).toBeGreaterThanOrEqual(0.92);
  });

  it("RPM2 events stay at or above 0.66 B-cubed F1", () => {
    expect(f1("rpm2-fr-articles.jsonl")).toBeGreaterThanOrEqual(0.66);
  });

  it("the same-event score follows SemEval-2022 Task 8 human ratings at Pearson 0.64 or more", () => {
    const pairs = readPairs(directory!, "test");
    expect(semevalCorrelation(pairs, semevalSignatures(pairs), config)).toBeGreaterThanOrEqual(0.64);
  });

  it("the seeds stay five distinct events with 000 and 002 related", () => {
    const seeds = checkSeeds(path.resolve(root, "../shared/eval/seeds-gold.json"), seedSignatures(path.resolve(root, "../shared/seeds")), config);
    expect(seeds).toMatchObject({ eventsRight: 5, events: 5, relatedLinked: 1, relatedPairs: 1 });
  });
});
