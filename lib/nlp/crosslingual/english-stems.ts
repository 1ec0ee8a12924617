// English text as terms that compare across languages: its content words stemmed, plus its
// numbers written one way. The stemmer and stop words are those lib/events/extract-key-terms.ts
// uses for English (Snowball "english", stopword's `eng`), so these terms meet the grouping's.

import snowball from "snowball-stemmers";
// a namespace import: the package's ES build (what Next bundles) has named lists and no default export
import * as stopword from "stopword";

const stemmer = snowball.newStemmer("english");
const stopWords = new Set(((stopword as unknown as Record<string, string[]>).eng ?? []).map((word) => word.toLowerCase()));

function fold(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/** stems of the English words of a text: lower-cased, stop words dropped, digits left to numberTerms */
export function englishContentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length < 2 || stopWords.has(word)) continue;
    const stem = fold(stemmer.stem(word));
    if (stem.length >= 2) stems.push(stem);
  }
  return stems;
}

/**
 * The numbers of a text as `#` + the value in plain digits: "3 000" (French) and "3,000"
 * (English) both give "#3000", "3,5" (French) and "3.5" (English) "#3.5". Apertium leaves French
 * number formatting as it is, so numbers are read from the original, in its own language.
 */
export function numberTerms(text: string, language: "fr" | "en"): string[] {
  const terms: string[] = [];
  const group = language === "fr" ? "[ \\u00a0\\u202f.]" : ",";
  const decimal = language === "fr" ? "," : "\\.";
  const pattern = new RegExp(`\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d+)?|\\d+(?:${decimal}\\d+)?`, "gu");
  for (const match of text.matchAll(pattern)) {
    const [whole, fraction] = match[0].split(new RegExp(decimal, "u"));
    const digits = whole!.replace(/\D/gu, "").replace(/^0+(?=\d)/u, "");
    terms.push(`#${digits}${fraction ? `.${fraction}` : ""}`);
  }
  return terms;
}

/** the terms of an English text */
export function englishTerms(text: string): string[] {
  return [...englishContentStems(text), ...numberTerms(text, "en")];
}
