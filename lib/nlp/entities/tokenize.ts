// Word tokens with their offsets, shared by the entity finders. Tokens are runs of letters and
// digits; hyphens and apostrophes split words ("l'Iran" -> "l", "Iran"; "Deir ez-Zor" -> three
// tokens) so that names are matched on folded token sequences whatever the punctuation inside.

import { foldText } from "../../ingest/clean/fold-text.ts";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** folded: lower case, no accents */
  key: string;
  /** first letter upper case */
  capitalised: boolean;
  /** every letter upper case and at least two letters ("IRNA", "DAMAS") */
  allCaps: boolean;
  /** first word of a sentence, paragraph or quotation, where capitals say nothing */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = new Set([...".!?:;«»\"“”\n"]);

// The three finders tokenize the same article one after the other: keep the last result.
let last: { text: string; tokens: Token[] } | null = null;

export function tokenize(text: string): Token[] {
  if (last?.text === text) return last.tokens;
  const tokens = tokenizeText(text);
  last = { text, tokens };
  return tokens;
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const first = word[0] ?? "";
    const capitalised = first !== first.toLowerCase();
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      // most words are plain ASCII: lower-casing is all folding does to them
      key: /^[A-Za-z0-9]+$/.test(word) ? word.toLowerCase() : foldText(word),
      capitalised,
      allCaps: capitalised && word.length >= 2 && word === word.toUpperCase(),
      sentenceStart: opensSentence(text, start),
    });
  }
  return tokens;
}

/** only white space, or sentence punctuation then white space, before the word */
function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text[index] === " " || text[index] === "\u00a0" || text[index] === "\t")) index -= 1;
  return index < 0 || SENTENCE_END.has(text[index]!);
}

/** the characters between two consecutive tokens */
export function gapBetween(text: string, left: Token, right: Token): string {
  return text.slice(left.end, right.start);
}

/** a gap that can sit inside one name: spaces, a hyphen, an apostrophe, the dot of "D.C." */
export function isNameGap(gap: string): boolean {
  return gap.length > 0 && gap.length <= 3 && /^[ \u00a0\-‐‑–'’.]+$/u.test(gap) && !/\.\s/u.test(gap);
}

/** the comparison key of a name: folded tokens joined by one space ("Deir ez-Zor" -> "deir ez zor") */
export function nameKey(name: string): string {
  return (foldText(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}
