// Cheap shape features of one block, shared by the cleaner (is this line chrome, a title, prose?)
// and by metadata (is the first kept block the headline?). Word counting stops early so that a
// multi-megabyte single-line input costs no more than a normal paragraph.

/** the largest count any rule below looks at, plus one */
const WORD_COUNT_CAP = 26;
/** a sentence end, possibly followed by closing quotes or brackets ("…terrorisme. »") */
const SENTENCE_END = /[.!?…](?:[\s"'”’»)\]]*)$/u;
const NO_TITLE_END = /[.;,:]\s*$/;
// Opening marks of Spanish (¿ ¡), German („ ‚ »), tags ("[Rezi]", "*Ab Montag*"), scripts without
// capitals (Korean, Bengali, Chinese…) and brand names in camel case ("iPhone 14", "iOS 13")
const TITLE_START = /^(?:[\p{Lu}\p{Lo}\p{N}«»"“„'‘‚(¿¡[*]|\p{Ll}+\p{Lu})/u;

export interface LineShape {
  /** number of words, capped at 26 (no rule needs more) */
  words: number;
  endsSentence: boolean;
  /** a short line with no final period that starts like a title: a headline or a link label */
  titleLike: boolean;
  /** a paragraph of running text: long enough, and ends like a sentence (or is simply long) */
  bodyProse: boolean;
}

export function describeLine(text: string): LineShape {
  const words = countWords(text, WORD_COUNT_CAP);
  const endsSentence = SENTENCE_END.test(tail(text));
  const titleLike = words >= 1 && words <= 22 && text.length <= 200 && !NO_TITLE_END.test(text) && !endsWithPeriod(text) && TITLE_START.test(text);
  return {
    words,
    endsSentence,
    titleLike,
    bodyProse: (words >= 8 && endsSentence) || words >= 25,
  };
}

/** Runs of characters between spaces that hold a letter or a digit: a char loop, several times cheaper than a Unicode regex. */
export function countWords(text: string, cap = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let index = 0; index < text.length && count < cap; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordCharacter(code)) {
      count += 1;
      counted = true;
    }
  }
  return count;
}

/** ASCII letters and digits, and every letter beyond Latin-1 punctuation (accented, Cyrillic, Arabic…) */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f));
}

/** "..." and "…" end a truncated title as often as a sentence, so only a lone final period counts */
function endsWithPeriod(text: string): boolean {
  return /[^.]\.[\s"'”’»)\]]*$/u.test(tail(text)) || /^\.$/.test(text);
}

function tail(text: string): string {
  return text.length > 64 ? text.slice(-64) : text;
}
