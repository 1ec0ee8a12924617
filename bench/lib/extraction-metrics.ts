// The two scoring rules of ../shared/data/extraction/README.md, re-implemented exactly as
// described there so that our figures sit beside the published ones.

/** Scrapinghub's tokens: maximal runs of word characters, case kept. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Windows of 4 tokens as a multiset; 1–3 tokens make a single shingle of all of them. */
export function shingles(tokens: string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  // "\u0001" cannot occur inside a token, so joined keys never collide.
  const windows = tokens.length < size ? [tokens] : Array.from({ length: tokens.length - size + 1 }, (_, i) => tokens.slice(i, i + size));
  for (const window of windows) {
    const key = window.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageShingleScore {
  /** tp, fp, fn divided by their sum so every page weighs the same */
  tp: number;
  fp: number;
  fn: number;
  predictedShingles: number;
  exact: boolean;
}

export function scoreShinglePage(gold: string, predicted: string): PageShingleScore {
  const goldTokens = tokenize(gold);
  const predictedTokens = tokenize(predicted);
  const goldShingles = shingles(goldTokens);
  const predictedShingles = shingles(predictedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of predictedShingles) {
    const goldCount = goldShingles.get(key) ?? 0;
    tp += Math.min(count, goldCount);
    fp += Math.max(0, count - goldCount);
  }
  for (const [key, count] of goldShingles) fn += Math.max(0, count - (predictedShingles.get(key) ?? 0));
  const total = tp + fp + fn;
  const exact = goldTokens.length === predictedTokens.length && goldTokens.every((token, i) => token === predictedTokens[i]);
  let predictedCount = 0;
  for (const count of predictedShingles.values()) predictedCount += count;
  if (total === 0) return { tp: 0, fp: 0, fn: 0, predictedShingles: predictedCount, exact };
  return { tp: tp / total, fp: fp / total, fn: fn / total, predictedShingles: predictedCount, exact };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy?: number;
}

export function aggregateShingleScores(pages: PageShingleScore[]): CorpusScore {
  const withPrediction = pages.filter((page) => page.predictedShingles > 0);
  const precision = mean(withPrediction.map((page) => page.tp / (page.tp + page.fp)));
  const recall = mean(pages.map((page) => (page.tp + page.fn > 0 ? page.tp / (page.tp + page.fn) : 0)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? pages.filter((page) => page.exact).length / pages.length : 0;
  return { precision, recall, f1, accuracy };
}

export interface PassageCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, " ");

/** Trafilatura's rule: "with" passages must be exact substrings, "without" ones must not. */
export function scorePassagePage(predicted: string, withPassages: string[], withoutPassages: string[]): PassageCounts {
  const output = collapse(predicted);
  const counts: PassageCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const passage of withPassages) {
    if (output.includes(collapse(passage))) counts.tp += 1;
    else counts.fn += 1;
  }
  for (const passage of withoutPassages) {
    if (output.includes(collapse(passage))) counts.fp += 1;
    else counts.tn += 1;
  }
  return counts;
}

export function aggregatePassageCounts(pages: PassageCounts[]): CorpusScore {
  const sum = pages.reduce((total, page) => ({ tp: total.tp + page.tp, fn: total.fn + page.fn, fp: total.fp + page.fp, tn: total.tn + page.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : 0;
  const denominator = 2 * sum.tp + sum.fp + sum.fn;
  return { precision, recall, f1: denominator ? (2 * sum.tp) / denominator : 0 };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
