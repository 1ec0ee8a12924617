// Issue 16, "French ↔ English": how the WMT FR+EN stream groups when French articles carry
// English terms from lib/nlp/crosslingual. The stream holds each WMT document twice (the French
// and the English version, original first): 176 events of two articles, no dates. lib/events is
// not changed here: the French signature is built as usual (entities, days, kind from the French
// text) and only its key terms are swapped for English ones, with the signature then compared as
// English (same-language weights), which is what a change in lib/events would do.

import { buildEventSignature } from "../../lib/events/build-event-signature.ts";
import type { EventsConfig } from "../../lib/events/events-config.ts";
import { extractKeyTerms } from "../../lib/events/extract-key-terms.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import { frenchTermsInEnglish } from "../../lib/nlp/crosslingual/cross-language-terms.ts";
import { renderEnglish, type RenderEnglishOptions } from "../../lib/nlp/crosslingual/render-english.ts";
import type { EvalArticle } from "./events-data.ts";
import { runGrouping } from "./events-run.ts";
import type { WmtDocument } from "./crosslang-data.ts";

export type FrenchTermsVariant =
  | "french stems (now)"
  | "Apertium rendering stems"
  | "Apertium + FreeDict terms"
  | "French stems + rendering stems"
  | "French + rendering, cross-language weights";

export const VARIANTS: FrenchTermsVariant[] = [
  "french stems (now)",
  "Apertium rendering stems",
  "Apertium + FreeDict terms",
  "French stems + rendering stems",
  "French + rendering, cross-language weights",
];

/** the stream: per document, the version in its original language first, then its translation */
export function wmtStream(documents: WmtDocument[]): EvalArticle[] {
  return documents.flatMap((document) => {
    const versions = [
      { language: "fr", sentences: document.french },
      { language: "en", sentences: document.english },
    ].sort((a, b) => Number(b.language === document.originalLanguage) - Number(a.language === document.originalLanguage));
    return versions.map(({ language, sentences }) => ({
      id: `${document.docId}:${language}`,
      // the first segment is the headline in newstest
      headline: sentences[0] ?? null,
      text: sentences.slice(1).join("\n"),
      language,
      published: null,
      event: document.docId,
      thread: document.docId,
    }));
  });
}

/** sublinear term frequency, as extractKeyTerms gives */
function sublinear(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return new Map([...counts].map(([term, count]) => [term, 1 + Math.log(count)]));
}

/** the stream's signatures, the French ones' key terms made English by `variant` */
export function streamSignatures(articles: EvalArticle[], variant: FrenchTermsVariant, config: EventsConfig, render: RenderEnglishOptions = {}): Map<string, EventSignature> {
  const french = articles.filter((article) => article.language === "fr");
  const fullTexts = french.map((article) => (article.headline ? `${article.headline}\n${article.text}` : article.text));
  const renderings = variant === "french stems (now)" ? null : renderEnglish(french.flatMap((article) => [article.headline ?? "", article.text]), "fr", render);
  const carried = variant === "Apertium + FreeDict terms" ? frenchTermsInEnglish(fullTexts, render) : null;
  if (variant !== "french stems (now)" && !renderings) throw new Error("Apertium failed on the French articles");
  const signatures = new Map<string, EventSignature>();
  for (const article of articles) {
    const signature = buildEventSignature({ id: article.id, text: article.text, headline: article.headline, language: article.language, published: null });
    const index = french.indexOf(article);
    if (index < 0 || variant === "french stems (now)") {
      signatures.set(article.id, signature);
      continue;
    }
    const [headline, text] = [renderings![2 * index]!, renderings![2 * index + 1]!];
    const english = extractKeyTerms({ text, headline, language: "en", headlineWeight: config.headlineWeight, leadWeight: config.leadWeight, leadLength: config.leadLength });
    let terms = english.terms;
    if (variant === "Apertium + FreeDict terms") terms = sublinear(carried!.terms[index]!);
    if (variant.startsWith("French")) terms = new Map([...signature.terms, ...english.terms]);
    // compared as English (same-language weights: terms decide), or kept French (cross-language weights: ids weigh more)
    const language = variant === "French + rendering, cross-language weights" ? "fr" : "en";
    signatures.set(article.id, { ...signature, language, terms, termLabels: new Map([...signature.termLabels, ...english.labels]) });
  }
  return signatures;
}

export function streamF1(articles: EvalArticle[], signatures: Map<string, EventSignature>, config: EventsConfig) {
  return runGrouping(articles, signatures, config).bCubed;
}

/** join thresholds tried on dev; the related threshold follows when above it */
const JOIN_GRID = [0.3, 0.34, 0.38, 0.42, 0.46, 0.5, 0.54, 0.58, 0.62];

/**
 * One row per variant: B-cubed F1 (precision) of the dev and test streams at the configured join
 * threshold, then the join threshold best on dev and the test figure at it.
 */
export function printGroupingTable(dev: WmtDocument[], test: WmtDocument[], config: EventsConfig): void {
  const devArticles = wmtStream(dev);
  const testArticles = wmtStream(test);
  const at = (join: number): EventsConfig => ({ ...config, joinThreshold: join, relatedThreshold: Math.min(config.relatedThreshold, join) });
  const cell = (bCubed: { f1: number; precision: number }) => `${bCubed.f1.toFixed(3)} (P ${bCubed.precision.toFixed(3)})`;
  console.log(`WMT FR+EN stream: dev ${devArticles.length} articles (${dev.length} events), test ${testArticles.length} (${test.length}); B-cubed F1 (precision)`);
  console.log(`French key terms                              dev @${config.joinThreshold}          test @${config.joinThreshold}         best join on dev        test @ that join`);
  for (const variant of VARIANTS) {
    const devSignatures = streamSignatures(devArticles, variant, config);
    const testSignatures = streamSignatures(testArticles, variant, config);
    let best = { join: config.joinThreshold, f1: -1, cell: "" };
    for (const join of JOIN_GRID) {
      const result = streamF1(devArticles, devSignatures, at(join));
      if (result.f1 > best.f1) best = { join, f1: result.f1, cell: cell(result) };
    }
    console.log(
      `${variant.padEnd(45)} ${cell(streamF1(devArticles, devSignatures, config))}   ${cell(streamF1(testArticles, testSignatures, config))}   ${best.join.toFixed(2)}: ${best.cell}   ${cell(streamF1(testArticles, testSignatures, at(best.join)))}`,
    );
  }
}
