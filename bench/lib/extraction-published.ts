// Figures published for other extractors, copied from ../shared/data/extraction/README.md so the
// eval prints them beside ours. NaN: the README gives only the F1.
import type { CorpusScore } from "./extraction-metrics.ts";

export interface PublishedScore {
  benchmark: "scrapinghub" | "trafilatura";
  extractor: string;
  score: CorpusScore;
}

const only = (f1: number): CorpusScore => ({ precision: Number.NaN, recall: Number.NaN, f1 });

export const PUBLISHED_SCORES: PublishedScore[] = [
  { benchmark: "scrapinghub", extractor: "rs_trafilatura", score: { precision: 0.951, recall: 0.99, f1: 0.97 } },
  { benchmark: "scrapinghub", extractor: "Zyte AutoExtract (2019)", score: only(0.97) },
  { benchmark: "scrapinghub", extractor: "go_trafilatura", score: only(0.96) },
  { benchmark: "scrapinghub", extractor: "trafilatura 2.0.0", score: { precision: 0.938, recall: 0.978, f1: 0.958 } },
  { benchmark: "scrapinghub", extractor: "Diffbot", score: only(0.951) },
  { benchmark: "scrapinghub", extractor: "newspaper4k", score: only(0.949) },
  { benchmark: "scrapinghub", extractor: "readability_js (Mozilla Readability)", score: { precision: 0.914, recall: 0.982, f1: 0.947 } },
  { benchmark: "scrapinghub", extractor: "readability-lxml", score: only(0.922) },
  { benchmark: "trafilatura", extractor: "trafilatura 2.2.0", score: { precision: 0.906, recall: 0.943, f1: 0.924 } },
  { benchmark: "trafilatura", extractor: "magic-html", score: only(0.889) },
  { benchmark: "trafilatura", extractor: "justext", score: only(0.862) },
  { benchmark: "trafilatura", extractor: "news-please", score: only(0.836) },
  { benchmark: "trafilatura", extractor: "readability-lxml", score: only(0.826) },
  { benchmark: "trafilatura", extractor: "raw HTML", score: only(0.667) },
];
