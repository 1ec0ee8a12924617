import { foldTokens, type FoldedToken } from "./fold-tokens.ts";
import { SHINGLE_WORDS, WINDOW, type Fingerprint } from "./winnow.ts";

/** A passage of the new article also found in another article. Offsets index each clean text. */
export interface CrossCopy {
  start: number;
  end: number;
  sourceArticleId: string;
  sourceStart: number;
  sourceEnd: number;
  /** share of the passage's words covered by shared shingles (1 = copied word for word) */
  similarity: number;
}

export interface CopyCandidate {
  text: string;
  fingerprints: Fingerprint[];
}

export interface FindCopiedPassagesOptions {
  text: string;
  fingerprints: Fingerprint[];
  candidates: Map<string, CopyCandidate>;
}

/** Shorter than this, a shared run is a stock phrase or a quoted statement, not reused copy. */
export const MIN_PASSAGE_WORDS = 25;
const MIN_PASSAGE_FINGERPRINTS = 2;
/** An edited word hides the SHINGLE_WORDS shingles around it, and winnowing may skip WINDOW more. */
const MAX_GAP_WORDS = 2 * SHINGLE_WORDS + WINDOW;
/** Words inserted or dropped inside a copied passage (an added "a-t-il précisé") shift its diagonal. */
const MAX_DRIFT_WORDS = SHINGLE_WORDS;

interface Match {
  /** first word of the shared shingle in the new text and in the candidate */
  here: number;
  there: number;
}

/**
 * Finds passages of `text` that also appear in candidate articles: shared fingerprints are chained
 * along a diagonal (same order on both sides, small gaps allowed), then each chain is widened word
 * by word while both texts agree. One passage per region of `text` per candidate: the longest.
 */
export function findCopiedPassages({ text, fingerprints, candidates }: FindCopiedPassagesOptions): CrossCopy[] {
  if (fingerprints.length === 0) return [];
  const tokens = foldTokens(text);
  const copies: CrossCopy[] = [];
  for (const [sourceArticleId, candidate] of candidates) {
    const matches = sharedShingles(fingerprints, candidate.fingerprints);
    if (matches.length < MIN_PASSAGE_FINGERPRINTS) continue;
    const sourceTokens = foldTokens(candidate.text);
    const passages = chainMatches(matches)
      .filter((chain) => chain.length >= MIN_PASSAGE_FINGERPRINTS)
      .map((chain) => widenChain(chain, tokens, sourceTokens))
      .filter((passage) => passage.hereEnd - passage.hereStart >= MIN_PASSAGE_WORDS)
      .sort((a, b) => b.hereEnd - b.hereStart - (a.hereEnd - a.hereStart));
    const kept: typeof passages = [];
    for (const passage of passages) {
      if (kept.some((other) => passage.hereStart < other.hereEnd && other.hereStart < passage.hereEnd)) continue;
      kept.push(passage);
      copies.push({
        start: (tokens[passage.hereStart] as FoldedToken).start,
        end: (tokens[passage.hereEnd - 1] as FoldedToken).end,
        sourceArticleId,
        sourceStart: (sourceTokens[passage.thereStart] as FoldedToken).start,
        sourceEnd: (sourceTokens[passage.thereEnd - 1] as FoldedToken).end,
        similarity: Math.round((passage.matchedWords / (passage.hereEnd - passage.hereStart)) * 1000) / 1000,
      });
    }
  }
  return copies.sort((a, b) => a.start - b.start || a.sourceArticleId.localeCompare(b.sourceArticleId));
}

function sharedShingles(here: Fingerprint[], there: Fingerprint[]): Match[] {
  const positions = new Map<number, number[]>();
  for (const fingerprint of there) {
    const list = positions.get(fingerprint.hash);
    if (list) list.push(fingerprint.tokenIndex);
    else positions.set(fingerprint.hash, [fingerprint.tokenIndex]);
  }
  const matches: Match[] = [];
  for (const fingerprint of here) {
    for (const there of positions.get(fingerprint.hash) ?? []) matches.push({ here: fingerprint.tokenIndex, there });
  }
  return matches.sort((a, b) => a.here - b.here || a.there - b.there);
}

/** Greedy chaining in text order: each match joins the open chain it continues most closely. */
function chainMatches(matches: Match[]): Match[][] {
  const chains: Match[][] = [];
  for (const match of matches) {
    let best: Match[] | undefined;
    let bestDrift = Infinity;
    for (const chain of chains) {
      const last = chain[chain.length - 1] as Match;
      const gap = match.here - last.here;
      if (gap <= 0 || gap > MAX_GAP_WORDS || match.there <= last.there) continue;
      const drift = Math.abs(match.there - match.here - (last.there - last.here));
      if (drift <= MAX_DRIFT_WORDS && drift < bestDrift) {
        best = chain;
        bestDrift = drift;
      }
    }
    if (best) best.push(match);
    else chains.push([match]);
  }
  return chains;
}

interface Passage {
  /** word ranges, end exclusive */
  hereStart: number;
  hereEnd: number;
  thereStart: number;
  thereEnd: number;
  matchedWords: number;
}

/** Extends a chain past its first and last shingles while the folded words agree on both sides. */
function widenChain(chain: Match[], here: FoldedToken[], there: FoldedToken[]): Passage {
  const first = chain[0] as Match;
  const last = chain[chain.length - 1] as Match;
  const before = extend(here, there, first.here, first.there, -1);
  const after = extend(here, there, last.here + SHINGLE_WORDS, last.there + SHINGLE_WORDS, 1);
  // Words covered by a shared shingle, plus the words the widening proved identical.
  let matchedWords = before.matched + after.matched;
  let coveredUntil = -1;
  for (const match of chain) {
    const from = Math.max(match.here, coveredUntil);
    const to = match.here + SHINGLE_WORDS;
    if (to > from) matchedWords += to - from;
    coveredUntil = Math.max(coveredUntil, to);
  }
  return { hereStart: before.here, hereEnd: after.here, thereStart: before.there, thereEnd: after.there, matchedWords };
}

/** Skips tried when words stop agreeing: a changed word, or one inserted or dropped on either side. */
const SMALL_EDITS: [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 2], [2, 1], [1, 2], [2, 0], [0, 2]];
/** Words that must agree again after a skipped edit: fewer lets chance ("in the", "of the") extend a copy. */
const RESUME_WORDS = 4;

/**
 * Walks word by word from a passage boundary (forward from an exclusive end, or backward from a
 * start) while both texts agree, stepping over a small edit when they agree again right after it:
 * an outlet that changes "met" to "gathered" still copied the sentence around it.
 */
function extend(here: FoldedToken[], there: FoldedToken[], hereAt: number, thereAt: number, step: 1 | -1): { here: number; there: number; matched: number } {
  const offset = step === 1 ? 0 : -1;
  const agree = (h: number, t: number) => {
    const word = here[h + offset]?.folded;
    return word !== undefined && word === there[t + offset]?.folded;
  };
  let h = hereAt;
  let t = thereAt;
  let matched = 0;
  for (;;) {
    if (agree(h, t)) {
      h += step;
      t += step;
      matched++;
      continue;
    }
    const edit = SMALL_EDITS.find(([skipHere, skipThere]) =>
      Array.from({ length: RESUME_WORDS }, (_, index) => index).every((index) => agree(h + step * (skipHere + index), t + step * (skipThere + index))),
    );
    if (!edit) return { here: h, there: t, matched };
    h += step * edit[0];
    t += step * edit[1];
  }
}
