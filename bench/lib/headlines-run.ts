// Pasted pages -> Parallax's headline and body through the real ingest path (plain text, as a
// paste), scored against the page's own headline and the extraction benchmarks' body gold.
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import type { OutletGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { aggregatePassageCounts, aggregateShingleScores, scorePassagePage, scoreShinglePage, type CorpusScore } from "./extraction-metrics.ts";
import type { PastedPage } from "./headlines-pages.ts";
import { headlineKey, scoreHeadline, type HeadlineVerdict } from "./headlines-score.ts";

export interface PageResult {
  page: PastedPage;
  headline: string | null;
  method: string;
  body: string;
  verdict: HeadlineVerdict | null;
  /** the gold (or an accepted wording) is one line of the pasted text: a ceiling for line-picking rules */
  goldIsALine: boolean;
}

export interface HeadlineFigures {
  pages: number;
  withGold: number;
  exact: number;
  lenient: number;
  goldIsALine: number;
  scrapinghubBody: CorpusScore;
  trafilaturaBody: CorpusScore;
}

export function runPastedPages(pages: PastedPage[], gazetteer: OutletGazetteer): PageResult[] {
  return pages.map((page) => {
    let headline: string | null = null;
    let method = "no-text";
    let body = "";
    try {
      const article = ingestArticle({ input: { sourceKind: "paste", label: page.id, text: page.pasted, format: "text" }, gazetteer });
      headline = article.metadata.headline.value;
      method = article.metadata.headline.method;
      body = article.text;
    } catch {
      // a page with no text left after cleaning: no headline, empty body (scored as a miss)
    }
    const accepted = page.gold ? [page.gold.headline, ...page.gold.alternatives] : [];
    const lines = new Set(page.pasted.split("\n").map(headlineKey));
    return {
      page,
      headline,
      method,
      body,
      verdict: page.gold ? scoreHeadline(headline, accepted) : null,
      goldIsALine: accepted.some((gold) => lines.has(headlineKey(gold))),
    };
  });
}

export function summarise(results: PageResult[]): HeadlineFigures {
  const scored = results.filter((result) => result.verdict);
  const scrapinghub = results.filter((result) => result.page.benchmark === "scrapinghub");
  const trafilatura = results.filter((result) => result.page.benchmark === "trafilatura");
  return {
    pages: results.length,
    withGold: scored.length,
    exact: scored.filter((result) => result.verdict!.exact).length,
    lenient: scored.filter((result) => result.verdict!.lenient).length,
    goldIsALine: scored.filter((result) => result.goldIsALine).length,
    scrapinghubBody: aggregateShingleScores(scrapinghub.map((result) => scoreShinglePage(result.page.bodyGold ?? "", result.body))),
    trafilaturaBody: aggregatePassageCounts(trafilatura.map((result) => scorePassagePage(result.body, result.page.goldWith ?? [], result.page.goldWithout ?? []))),
  };
}
