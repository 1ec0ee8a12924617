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
  const wordsA = words(a);
  const wordsB = words(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}

export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
