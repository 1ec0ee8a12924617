/** A word of the original text with its folded form: case and accents removed. */
export interface FoldedToken {
  folded: string;
  /** character offsets of the word in the original text */
  start: number;
  end: number;
}

/** null = not part of a word; "" = a combining mark, part of the word but folded away */
const foldCache = new Map<string, string | null>();

function foldCharacter(char: string): string | null {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    if (/[\p{L}\p{N}]/u.test(char)) folded = char.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    else folded = /\p{M}/u.test(char) ? "" : null;
    foldCache.set(char, folded);
  }
  return folded;
}

/**
 * Splits text into letter/digit runs, folding each character once through a cache: this runs on
 * every article of a bulk import, where normalising whole words with regexes costs more than the
 * rest of the fingerprinting. Apostrophes and hyphens split words ("l'Irak" → "l", "irak"), the
 * same on both sides of a comparison.
 */
export function foldTokens(text: string): FoldedToken[] {
  const tokens: FoldedToken[] = [];
  let current = "";
  let start = -1;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    let width = 1;
    let folded: string | null;
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) folded = text[index] as string;
      else if (code >= 0x41 && code <= 0x5a) folded = String.fromCharCode(code + 32);
      else if (code >= 0x30 && code <= 0x39) folded = text[index] as string;
      else folded = null;
    } else {
      const point = text.codePointAt(index) as number;
      width = point > 0xffff ? 2 : 1;
      folded = foldCharacter(String.fromCodePoint(point));
    }
    if (folded === null) {
      if (start !== -1) tokens.push({ folded: current, start, end: index });
      start = -1;
      current = "";
    } else {
      if (start === -1) start = index;
      current += folded;
    }
    index += width;
  }
  if (start !== -1) tokens.push({ folded: current, start, end: text.length });
  return tokens;
}
