// Publication dates of real pages through the real ingest path, scored as htmldate scores itself
// (its tests/comparison.py): right when the day matches gold, wrong when another date (or only a
// month) is given or a date is given for a page gold calls undated, missed when a dated page gets
// none, and rightly undated when an undated page gets none. precision = right / (right + wrong),
// recall = right / (right + missed), accuracy = (right + rightly undated) / all. Coverage
// (answered / all) is printed beside them.

import { AppError } from "../../lib/errors.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import type { OutletGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import type { DatedPage } from "./dates-data.ts";

export type DateOutcome = "right" | "wrong" | "missed" | "rightly-undated";

export interface PageResult {
  page: DatedPage;
  outcome: DateOutcome;
  /** the ISO value ingest gave, or null */
  found: string | null;
  method: string;
  inferred: boolean;
  evidence: string | null;
}

export interface DateScore {
  pages: number;
  right: number;
  wrong: number;
  missed: number;
  rightlyUndated: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  coverage: number;
}

export function datePageResult(page: DatedPage, gazetteer: OutletGazetteer): PageResult {
  let published;
  try {
    published = ingestArticle({ input: { sourceKind: "url", label: page.url, url: page.url, text: page.html, format: "html" }, gazetteer }).metadata.published;
  } catch (error) {
    // a page ingest refuses (no text left) has no date from us either
    if (!(error instanceof AppError)) throw error;
    return { page, outcome: page.gold ? "missed" : "rightly-undated", found: null, method: "rejected", inferred: false, evidence: null };
  }
  const found = published.value;
  const sameDay = found && found.precision !== "month" && found.precision !== "year" && found.iso.slice(0, 10) === page.gold;
  const outcome: DateOutcome = !found ? (page.gold ? "missed" : "rightly-undated") : sameDay ? "right" : "wrong";
  return { page, outcome, found: found?.iso ?? null, method: published.method, inferred: published.inferred, evidence: published.evidence[0]?.quote ?? null };
}

export function scoreDates(results: PageResult[]): DateScore {
  const count = (outcome: DateOutcome) => results.filter((result) => result.outcome === outcome).length;
  const right = count("right");
  const wrong = count("wrong");
  const missed = count("missed");
  const rightlyUndated = count("rightly-undated");
  const pages = results.length;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(right, right + wrong);
  const recall = ratio(right, right + missed);
  return {
    pages,
    right,
    wrong,
    missed,
    rightlyUndated,
    accuracy: ratio(right + rightlyUndated, pages),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    coverage: ratio(right + wrong, pages),
  };
}
