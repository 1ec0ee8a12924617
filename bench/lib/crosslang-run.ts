// Precision at 1 of a sentence matcher on WMT documents: each French sentence against the English
// sentences of its own document; right when the chosen English sentence is its translation (or
// the same text, as a document may repeat a line).

import type { WmtDocument } from "./crosslang-data.ts";

/** for each French sentence, the index of the English sentence chosen (null: none) */
export type SentenceMatcher = (french: string[], english: string[]) => (number | null)[];

export interface MatcherResult {
  sentences: number;
  correct: number;
  precisionAt1: number;
  sentencesPerSecond: number;
}

export function runMatcher(documents: WmtDocument[], matcher: SentenceMatcher): MatcherResult {
  let sentences = 0;
  let correct = 0;
  const started = performance.now();
  for (const document of documents) {
    const chosen = matcher(document.french, document.english);
    chosen.forEach((index, gold) => {
      if (index !== null && document.english[index] === document.english[gold]) correct += 1;
    });
    sentences += document.french.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { sentences, correct, precisionAt1: sentences ? correct / sentences : 0, sentencesPerSecond: sentences / seconds };
}
