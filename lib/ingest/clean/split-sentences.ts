// Sentence boundaries for French and English news. Written by hand because Intl.Segmenter (ICU)
// cuts after "M." ("M. Narychkine"), "U.S." and "Rep.", which are everywhere in this genre.

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  // English titles and common short forms
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rep", "sen", "gov",
  "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vol", "art", "fig", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "vs", "etc", "approx", "dept", "univ",
  // French
  "m", "mm", "mme", "mmes", "mlle", "me", "ste", "gén", "cdt", "av", "bd", "cf", "env", "p", "pp", "éd", "janv",
  "févr", "avr", "juil", "déc", "min", "dir", "coll",
]);

/** a sentence ends at . ! ? … (and closing quotes), before white space and a capital, quote or dash */
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[\-–—]?\s*[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpaces(text, 0);
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && isAbbreviation(text, match.index)) continue;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
    start = skipSpaces(text, end);
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
  return spans;
}

/** "M." "Rep." "U.S." "J." before the period: not the end of a sentence */
function isAbbreviation(text: string, periodAt: number): boolean {
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, periodAt - 20), periodAt))?.[0] ?? "";
  if (!before) return false;
  if (before.includes(".")) return true;
  if (before.length === 1) return true;
  return ABBREVIATIONS.has(before.toLowerCase());
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  return index;
}
