// Which English sentence says what a French sentence says: the French sentences carried into
// English terms (Apertium's rendering in one batch, FreeDict's translations, numbers), and each
// paired with the English sentence of highest cosine, terms weighted by how rare they are among
// the English sentences (a word every sentence has tells none apart). For issue 17's alignment
// (French and English statements in one row), measured by `npm run eval:crosslang` on WMT
// newstest2014. Without either resource, shared tokens only: numbers, names and identical words
// (0.65 on WMT dev against 0.97).

import { frenchTermsInEnglish, type CrossLanguageMethod, type FrenchTermsOptions } from "./cross-language-terms.ts";
import { englishTerms } from "./english-stems.ts";

export interface SentenceMatch {
  /** index of the best English sentence, or null when none shares enough to say */
  english: number | null;
  /** cosine of the two sentences' weighted terms, 0–1 */
  score: number;
}

export interface MatchSentencesResult {
  /** how the French side was carried across (shared tokens only when no resource is installed) */
  method: CrossLanguageMethod | "shared-tokens";
  /** one per French sentence, in order */
  matches: SentenceMatch[];
}

export interface MatchSentencesOptions extends FrenchTermsOptions {
  /** below this cosine a French sentence is left unmatched (abstaining beats a wrong row) */
  minScore?: number;
}

/**
 * Chosen on the WMT dev documents (`npm run eval:crosslang`), Apertium + FreeDict: P@1 0.970 at 0
 * and 0.05, 0.960 at 0.1, 0.918 at 0.15; the higher of the best, so a sentence sharing next to
 * nothing stays unmatched.
 */
export const DEFAULT_MIN_SCORE = 0.05;

/** the lexical path: numbers, capitalised names and words of four letters or more, folded */
function sharedTokens(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && (/\p{N}/u.test(word) || /^\p{Lu}/u.test(word) || word.length >= 4))
    .map((word) => word.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase());
}

/**
 * The best English sentence for each French one. Runs Apertium (synchronously) for French
 * sentences it has not rendered before; a server that must not block awaits
 * `renderEnglishAsync(french, "fr")` first, after which this call only reads the cache.
 */
export function matchSentences(french: string[], english: string[], options: MatchSentencesOptions = {}): MatchSentencesResult {
  // nothing to compare: no Apertium run for it
  const carried = french.length > 0 && english.length > 0 ? frenchTermsInEnglish(french, options) : null;
  const frenchSides = carried?.terms ?? french.map(sharedTokens);
  const englishSides = english.map(carried ? englishTerms : sharedTokens);
  return { method: carried?.method ?? "shared-tokens", matches: bestMatches(frenchSides, englishSides, options.minScore ?? DEFAULT_MIN_SCORE) };
}

/** for each French side, the English side of highest idf-weighted cosine over term sets */
export function bestMatches(frenchSides: string[][], englishSides: string[][], minScore: number): SentenceMatch[] {
  const englishSets = englishSides.map((terms) => new Set(terms));
  const documentFrequency = new Map<string, number>();
  for (const terms of englishSets) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // smoothed idf: a term the English side lacks still counts in the French sentence's length
  const weight = (term: string) => Math.log((englishSets.length + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
  const norm = (terms: Set<string>) => Math.sqrt([...terms].reduce((sum, term) => sum + weight(term) ** 2, 0));
  const englishNorms = englishSets.map(norm);

  return frenchSides.map((terms) => {
    const frenchSet = new Set(terms);
    const frenchNorm = norm(frenchSet);
    let best: number | null = null;
    let bestScore = 0;
    englishSets.forEach((candidate, index) => {
      let dot = 0;
      for (const term of frenchSet) if (candidate.has(term)) dot += weight(term) ** 2;
      const score = dot > 0 ? dot / (frenchNorm * englishNorms[index]!) : 0;
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    return bestScore >= minScore ? { english: best, score: bestScore } : { english: null, score: bestScore };
  });
}
