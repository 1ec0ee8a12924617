import { foldTokens, type FoldedToken } from "./fold-tokens.ts";

/** Words per shingle: shorter shingles match stock phrases ("a déclaré le ministre de la Défense"). */
export const SHINGLE_WORDS = 8;
/**
 * Shingles per winnowing window: the largest window that still guarantees three common
 * fingerprints to a 25-word verbatim copy (its 18 shingles hold three disjoint windows), the
 * candidate threshold of store-copies.ts. Any run shared over WINDOW + SHINGLE_WORDS - 1 = 13 words
 * gets at least one. Keeps about 2 / (WINDOW + 1) = 29 % of the shingles: fingerprint rows are the
 * main cost of copy detection in a bulk import.
 */
export const WINDOW = 6;

export interface Fingerprint {
  /** FNV-1a of the folded shingle, as a signed 32-bit integer (the `TextFingerprint.hash Int` column) */
  hash: number;
  /** character offset in the text where the shingle starts */
  offset: number;
  /** index of the shingle's first word among the text's words */
  tokenIndex: number;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003) over folded words: hash every shingle of
 * SHINGLE_WORDS words, then keep the smallest hash of every window of WINDOW shingles (the
 * rightmost on ties), once per position. Hand-written because no maintained npm package winnows
 * with offsets back into the original text, which the copied-passage spans need.
 */
export function fingerprintText(text: string, tokens: FoldedToken[] = foldTokens(text)): Fingerprint[] {
  const shingles = tokens.length - SHINGLE_WORDS + 1;
  if (shingles <= 0) return [];
  const hashes = new Int32Array(shingles);
  for (let index = 0; index < shingles; index++) hashes[index] = hashShingle(tokens, index);

  const fingerprints: Fingerprint[] = [];
  const windows = Math.max(1, shingles - WINDOW + 1);
  let lastPicked = -1;
  for (let windowStart = 0; windowStart < windows; windowStart++) {
    const windowEnd = Math.min(windowStart + WINDOW, shingles);
    let picked = windowStart;
    for (let index = windowStart + 1; index < windowEnd; index++) {
      if ((hashes[index] as number) <= (hashes[picked] as number)) picked = index;
    }
    if (picked !== lastPicked) {
      fingerprints.push({ hash: hashes[picked] as number, offset: (tokens[picked] as FoldedToken).start, tokenIndex: picked });
      lastPicked = picked;
    }
  }
  return fingerprints;
}

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-16 code units of the folded words, a space between words. */
function hashShingle(tokens: FoldedToken[], first: number): number {
  let hash = FNV_OFFSET_BASIS;
  for (let index = first; index < first + SHINGLE_WORDS; index++) {
    const word = (tokens[index] as FoldedToken).folded;
    for (let char = 0; char < word.length; char++) hash = Math.imul(hash ^ word.charCodeAt(char), FNV_PRIME);
    hash = Math.imul(hash ^ 0x20, FNV_PRIME);
  }
  return hash | 0;
}
