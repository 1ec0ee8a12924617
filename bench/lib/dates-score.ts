// Publication dates of real pages through the real ingest path, scored as htmldate scores itself
// (its tests/comparison.py): right when the day matches gold, wrong when another date (or only a
// month) is given or a date is given for a page gold calls undated, missed when a dated page gets
// none, and rightly undated when an undated page gets none. precision = right / (right + wrong),
// recall = right / (right + missed), accuracy = (right + rightly undated) / all. Coverage
// (answered / all) is printed beside them.

import { AppError } from "../../lib/errors.ts";
import { collectTextBlocks } from "../../lib/ingest/html/collect-text-blocks.ts";
import { parseHtmlDocument } from "../../lib/ingest/html/parse-html-document.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import type { RawInput } from "../../lib/ingest/types.ts";
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

/** the page as ingest gets it by URL: its HTML, with its address */
export function datePageResult(page: DatedPage, gazetteer: OutletGazetteer): PageResult {
  return dateResult(page, { sourceKind: "url", label: page.url, url: page.url, text: page.html, format: "html" }, gazetteer);
}

/**
 * The page as a user pastes it after "select all, copy": its visible text, block by block, with no
 * meta, no address and no markup. Harsher than a paste of the article alone (the site's header,
 * side boxes and footer come along), which is the point: it tests the text path's furniture rules.
 */
export function pastedPageResult(page: DatedPage, gazetteer: OutletGazetteer): PageResult {
  const body = parseHtmlDocument(page.html).document.body;
  const text = body ? collectTextBlocks(body).filter((block) => !block.hidden).map((block) => block.text).join("\n\n") : "";
  return dateResult(page, { sourceKind: "paste", label: page.id, text, format: "text" }, gazetteer);
}

function dateResult(page: DatedPage, input: RawInput, gazetteer: OutletGazetteer): PageResult {
  let published;
  try {
    published = ingestArticle({ input, gazetteer }).metadata.published;
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
