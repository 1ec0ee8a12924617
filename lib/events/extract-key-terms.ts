// Key terms of an article for TF-IDF: words lower-cased, stop words dropped (stopword's list for
// the article's language, plus English because wire copy in any language quotes English names),
// then stemmed with the language's Snowball stemmer so "libération"/"libérés" or
// "ruling"/"ruled" meet. Accents are folded after stemming: the French stemmer needs them.

import snowball, { type Stemmer } from "snowball-stemmers";
// a namespace import: the package's ES build (what Next bundles) has named lists and no default export
import * as stopword from "stopword";

/** ISO 639-1 -> [Snowball algorithm, stopword list code]; other languages get no stemming */
const LANGUAGES: Record<string, [string | null, string]> = {
  fr: ["french", "fra"],
  en: ["english", "eng"],
  de: ["german", "deu"],
  es: ["spanish", "spa"],
  it: ["italian", "ita"],
  pt: ["portuguese", "por"],
  nl: ["dutch", "nld"],
  tr: ["turkish", "tur"],
  ar: ["arabic", "ara"],
  ru: ["russian", "rus"],
  pl: [null, "pol"],
  zh: [null, "zho"],
};

/**
 * Without a stemmer, words are cut to their first letters: truncation is a stemmer of its own for
 * inflected languages (McNamee & Mayfield 2004, "Character N-gram Tokenization for European
 * Language Text Retrieval"); on SemEval dev Polish pairs it follows human ratings better than whole words.
 */
const TRUNCATED_LENGTH = 5;

export interface KeyTerms {
  /** stem -> sublinear frequency: 1 + ln(count) */
  terms: Map<string, number>;
  /** stem -> first surface word seen */
  labels: Map<string, string>;
}

interface Analyser {
  stemmer: Stemmer | null;
  stopWords: Set<string>;
}

const analysers = new Map<string, Analyser>();

function analyserFor(language: string | null): Analyser {
  const code = language && LANGUAGES[language] ? language : "en";
  let analyser = analysers.get(code);
  if (!analyser) {
    const [algorithm, listCode] = LANGUAGES[code]!;
    const list = (stopword as Record<string, unknown>)[listCode];
    const english = (stopword as Record<string, unknown>).eng;
    const words = [...(Array.isArray(list) ? list : []), ...(Array.isArray(english) ? english : [])].map((word) => String(word).toLowerCase());
    analyser = { stemmer: algorithm ? snowball.newStemmer(algorithm) : null, stopWords: new Set(words) };
    analysers.set(code, analyser);
  }
  return analyser;
}

function fold(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/** words of two letters or more; French elisions ("l'armée", "d’Idlib") lose their article */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b[ldjmnstcq]u?['’]/gu, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !/^\d{1,2}$/.test(word));
}

export interface ExtractKeyTermsOptions {
  text: string;
  headline: string | null;
  language: string | null;
  headlineWeight: number;
  /** how many times a word of the lead counts: news puts who, what, where and when first */
  leadWeight?: number;
  /** characters of the text that make its lead */
  leadLength?: number;
}

export function extractKeyTerms(options: ExtractKeyTermsOptions): KeyTerms {
  const { stemmer, stopWords } = analyserFor(options.language);
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  const addAll = (text: string, weight: number) => {
    for (const word of words(text)) {
      if (stopWords.has(word) || stopWords.has(fold(word))) continue;
      const stem = fold(stemmer ? stemmer.stem(word) : word.slice(0, TRUNCATED_LENGTH));
      if (stem.length < 2) continue;
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
      if (!labels.has(stem)) labels.set(stem, word);
    }
  };
  if (options.headline) addAll(options.headline, options.headlineWeight);
  const { leadWeight = 1, leadLength = 0 } = options;
  if (leadWeight > 1 && leadLength > 0) {
    // the lead ends at a word boundary; its words count `leadWeight` times in all
    const cut = options.text.slice(0, leadLength).replace(/[\p{L}\p{N}]*$/u, "");
    addAll(cut, leadWeight);
    addAll(options.text.slice(cut.length), 1);
  } else {
    addAll(options.text, 1);
  }
  const terms = new Map<string, number>();
  for (const [stem, count] of counts) terms.set(stem, 1 + Math.log(count));
  return { terms, labels };
}
