// Word-level differences between two versions of one quote or sentence (the `diff` package's
// diffWordsWithSpace: spaces are kept, so the segments rebuild both texts exactly), and how
// alike they are: the share of characters outside insertions and deletions.

import { diffWordsWithSpace } from "diff";
import { foldText } from "../../ingest/clean/fold-text.ts";
import type { DiffSegment } from "./types.ts";

export interface WordDiff {
  segments: DiffSegment[];
  /** 1 for the same words, 0 for nothing in common; case, accents and typographic quotes ignored */
  similarity: number;
}

export function wordDiff(from: string, to: string): WordDiff {
  const segments: DiffSegment[] = diffWordsWithSpace(from, to).map((change) => ({
    value: change.value,
    ...(change.added ? { added: true } : {}),
    ...(change.removed ? { removed: true } : {}),
  }));
  return { segments, similarity: similarity(from, to) };
}

/** Dice overlap of folded word multisets: cheap, order-free, and what decides whether two texts are versions of one */
export function similarity(a: string, b: string): number {
  return bagSimilarity(wordBag(a), wordBag(b));
}

export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

/** a text's folded words with their counts: built once per text when one text meets many */
export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  const list = words(text);
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: list.length };
}

export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
