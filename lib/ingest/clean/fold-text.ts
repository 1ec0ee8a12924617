// Comparison key for text: case, accents, typographic apostrophes/quotes/dashes and white space
// do not make two strings different (French pages mix ’ and ', « » and ", NBSP and spaces).

const APOSTROPHES = /[’‘ʼ`´]/g;
const DOUBLE_QUOTES = /[«»“”„]/g;
const DASHES = /[‐‑‒–—―]/g;

export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim();
}
