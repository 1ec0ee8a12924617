// FreeDict's French–English dictionaries (Debian's dict-freedict-fra-eng and -eng-fra, dictd
// files in /usr/share/dictd) as a word-by-word lexicon, the other resource issue 16 names. The
// .index file is tab-separated: headword, byte offset and length in base64 digits into the
// gunzipped .dict.dz. Entries look like "sauter /sote/ <v>\njump, leap, spring\n". Both
// directions are read (eng-fra inverted) to give the lexicon its best chance. Bench-only: the
// measured figures chose Apertium for lib/.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import snowball from "snowball-stemmers";
import * as stopword from "stopword";
import { englishContentStems, numberTerms } from "../../lib/nlp/crosslingual/cross-language-terms.ts";

const DICTD = "/usr/share/dictd";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decode(digits: string): number {
  let value = 0;
  for (const digit of digits) value = value * 64 + BASE64.indexOf(digit);
  return value;
}

/** headword -> its entry's lines after the first (the translations, numbered senses or not) */
function readDictionary(name: string): Map<string, string[]> {
  const dictionary = gunzipSync(readFileSync(path.join(DICTD, `${name}.dict.dz`)));
  const entries = new Map<string, string[]>();
  for (const line of readFileSync(path.join(DICTD, `${name}.index`), "utf8").split("\n")) {
    const [headword, offset, length] = line.split("\t");
    if (!headword || !offset || !length || headword.startsWith("00database")) continue;
    const entry = dictionary.subarray(decode(offset), decode(offset) + decode(length)).toString("utf8");
    const translations = entry
      .split("\n")
      .slice(1)
      .flatMap((sense) => sense.replace(/^\s*\d+\.\s*/u, "").split(/[,;]/u))
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean);
    entries.set(headword.toLowerCase(), [...(entries.get(headword.toLowerCase()) ?? []), ...translations]);
  }
  return entries;
}

export function freedictAvailable(): boolean {
  return ["freedict-fra-eng", "freedict-eng-fra"].every((name) => existsSync(path.join(DICTD, `${name}.index`)));
}

export interface FreedictLexicon {
  /** English stems for a French word (its form, else its French stem), or null when unknown */
  lookup(word: string): string[] | null;
  headwords: number;
}

export function loadFreedictLexicon(): FreedictLexicon {
  const frenchStemmer = snowball.newStemmer("french");
  const byForm = new Map<string, Set<string>>();
  const add = (french: string, english: string) => {
    const stems = englishContentStems(english);
    if (stems.length === 0) return;
    for (const key of [french, `~${frenchStemmer.stem(french)}`]) {
      const set = byForm.get(key) ?? new Set<string>();
      for (const stem of stems) set.add(stem);
      byForm.set(key, set);
    }
  };
  const fraEng = readDictionary("freedict-fra-eng");
  for (const [french, translations] of fraEng) for (const english of translations) add(french, english);
  const engFra = readDictionary("freedict-eng-fra");
  for (const [english, translations] of engFra) for (const french of translations) add(french, english);
  return {
    headwords: fraEng.size,
    lookup(word) {
      const lower = word.toLowerCase();
      const stems = byForm.get(lower) ?? byForm.get(`~${frenchStemmer.stem(lower)}`);
      return stems ? [...stems] : null;
    },
  };
}

const frenchStopWords = new Set(((stopword as unknown as Record<string, string[]>).fra ?? []).map((word) => word.toLowerCase()));

/** French words of a sentence, elided articles dropped ("l'armée" -> "armée") */
export function frenchWords(text: string): string[] {
  return text
    .replace(/\b[ldjmnstcq]u?['’]/giu, " ")
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 2);
}

/** content words: lower-case (names aside: they cross unchanged) and not stop words */
export function frenchContentWords(text: string): string[] {
  return frenchWords(text).filter((word) => word === word.toLowerCase() && !frenchStopWords.has(word));
}

/** a French sentence's terms in English, word by word: every translation's stems; unknown words as they are */
export function freedictTerms(lexicon: FreedictLexicon, text: string): string[] {
  const terms: string[] = [];
  for (const word of frenchWords(text)) {
    if (frenchStopWords.has(word.toLowerCase())) continue;
    terms.push(...(lexicon.lookup(word) ?? englishContentStems(word)));
  }
  return [...terms, ...numberTerms(text, "fr")];
}
