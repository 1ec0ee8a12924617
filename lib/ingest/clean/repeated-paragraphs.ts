// A wire paragraph pasted twice, the second time often cut short with "..." or "…". The later
// copy leaves the body (reason "repeated-paragraph"); the first stays. Matching is on a folded
// key (case, accents, quotes, punctuation, spaces), and a truncated copy matches the start of
// its original. Blocks are bucketed by the key of their first characters, so the full key is
// only computed for the rare blocks that start alike.

import type { Block } from "../types.ts";
import { foldText } from "./fold-text.ts";

/** shorter repeats ("Oui.", a one-word line) are normal in prose and left alone */
const MIN_KEY_CHARS = 40;
const BUCKET_CHARS = 20;
/** enough raw characters to give BUCKET_CHARS folded ones in all but punctuation-heavy lines */
const BUCKET_SOURCE_CHARS = 48;
/** a copy cut short without an ellipsis must be long enough not to be a lede sentence reused on purpose */
const MIN_UNMARKED_PREFIX_CHARS = 80;
const TRUNCATION = /\s*(?:\.{3,}|…|\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\))\s*$/u;

export interface RepeatedSource {
  /** index in `blocks` of the paragraph that is repeated */
  position: number;
  truncated: boolean;
}

/** Marks, in place, every kept block that repeats an earlier kept block. */
export function markRepeatedParagraphs(blocks: Block[]): void {
  const buckets = new Map<string, number[]>();
  blocks.forEach((block, position) => {
    if (!block.kept || block.text.length < MIN_KEY_CHARS) return;
    const bucket = bucketKey(block.text);
    const earlier = buckets.get(bucket);
    const source = earlier ? findRepeatedSource(block.text, blocks, earlier) : null;
    if (source) {
      block.kept = false;
      block.reason = "repeated-paragraph";
      block.detail = `repeats block ${source.position + 1} ("${preview(blocks[source.position]!.text)}")${source.truncated ? ", cut short" : " word for word"}`;
      return;
    }
    buckets.set(bucket, [...(earlier ?? []), position]);
  });
}

/** The earlier kept block that `text` repeats, if any, among `candidates` (default: every kept block). */
export function findRepeatedSource(text: string, blocks: Block[], candidates?: number[]): RepeatedSource | null {
  const { key, truncated } = paragraphKey(text);
  if (key.length < MIN_KEY_CHARS) return null;
  const positions = candidates ?? blocks.flatMap((block, position) => (block.kept ? [position] : []));
  for (const position of positions) {
    const original = paragraphKey(blocks[position]!.text).key;
    if (original === key) return { position, truncated: false };
    if ((truncated || key.length >= MIN_UNMARKED_PREFIX_CHARS) && original.startsWith(key)) return { position, truncated: true };
  }
  return null;
}

function paragraphKey(text: string): { key: string; truncated: boolean } {
  const body = stripTruncationMark(text);
  return { key: comparisonKey(body), truncated: body.length !== text.length };
}

/** letters and digits of the first characters, without accents: cheaper than the full key, and equal for copies */
function bucketKey(text: string): string {
  const start = text.slice(0, BUCKET_SOURCE_CHARS).toLowerCase();
  return (/[^\x00-\x7f]/.test(start) ? start.normalize("NFKD") : start).replace(/[^\p{L}\p{N}]+/gu, "").slice(0, BUCKET_CHARS);
}

function comparisonKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N} ]+/gu, "").replace(/ {2,}/g, " ").trim();
}

/** "…chefs d'état-major ..." -> "…chefs d'état-major" */
export function stripTruncationMark(text: string): string {
  return TRUNCATION.test(text.slice(-12)) ? text.replace(TRUNCATION, "") : text;
}

function preview(text: string): string {
  const words = text.split(/\s+/).slice(0, 6).join(" ");
  return words.length < text.length ? `${words}…` : words;
}
