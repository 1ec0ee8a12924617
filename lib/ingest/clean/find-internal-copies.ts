// For every paragraph the cleaner removed as a repeat, the span of the article text it repeats,
// so the reader can jump from the removed copy to the kept original.

import { diffWords } from "diff";
import type { Block, InternalCopy } from "../types.ts";
import { keptBlockOffsets } from "./kept-block-offsets.ts";
import { findRepeatedSource, stripTruncationMark } from "./repeated-paragraphs.ts";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function findInternalCopies(blocks: Block[], text: string): InternalCopy[] {
  const offsets = keptBlockOffsets(blocks);
  const copies: InternalCopy[] = [];
  blocks.forEach((block, position) => {
    if (block.kept || block.reason !== "repeated-paragraph") return;
    const source = findRepeatedSource(block.text, blocks);
    if (!source) return;
    const original = blocks[source.position]!.text;
    const expected = offsets.get(source.position) ?? -1;
    const sourceStart = text.startsWith(original, expected) ? expected : text.indexOf(original);
    if (sourceStart < 0) return;
    const repeat = stripTruncationMark(block.text);
    const length = source.truncated ? endOfWords(original, countWords(repeat)) : original.length;
    copies.push({ position, sourceStart, sourceEnd: sourceStart + length, similarity: similarity(repeat, original.slice(0, length)) });
  });
  return copies;
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** the offset just after the n-th word of `text` */
function endOfWords(text: string, words: number): number {
  let end = 0;
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    end = match.index + match[0].length;
    seen += 1;
    if (seen >= words) break;
  }
  return end;
}

/** share of characters the two passages have in common, word by word (Dice-style, 0..1) */
function similarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  const common = diffWords(a, b).reduce((sum, part) => (part.added || part.removed ? sum : sum + part.value.length), 0);
  return Math.round(((2 * common) / (a.length + b.length)) * 1000) / 1000;
}
