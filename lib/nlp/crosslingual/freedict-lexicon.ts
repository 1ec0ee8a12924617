// FreeDict's French–English dictionaries (Debian's dict-freedict-fra-eng and -eng-fra, dictd files
// in /usr/share/dictd, GPL) as a word-by-word lexicon: each French word gives the English stems of
// all its translations. On WMT it adds to Apertium's single rendering the senses Apertium did not
// pick (dev P@1 0.954 → 0.970 together), and stands alone when Apertium is missing (0.933 against
// 0.648 for shared tokens). Read by hand: the format is two small files and no maintained npm
// reader exists for it. The .index is tab-separated: headword, byte offset and length in base64
// digits into the gunzipped .dict.dz (a dictzip is a gzip file); an entry reads
// "sauter /sote/ <v>\njump, leap, spring\n". English–French entries are read too, inverted.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import snowball from "snowball-stemmers";
// a namespace import: the package's ES build (what Next bundles) has named lists and no default export
import * as stopword from "stopword";
import { englishContentStems } from "./english-stems.ts";

export const DEFAULT_DICTD_DIRECTORY = "/usr/share/dictd";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export interface FreedictLexicon {
  /** English stems of a French word's translations (by its form, else its French stem), or null when unknown */
  lookup(word: string): string[] | null;
  /** French headwords of the French–English dictionary */
  headwords: number;
}

function decode(digits: string): number {
  let value = 0;
  for (const digit of digits) value = value * 64 + BASE64.indexOf(digit);
  return value;
}

/** headword (lower-case) -> the translations on its entry's lines after the first */
function readDictionary(directory: string, name: string): Map<string, string[]> {
  const dictionary = gunzipSync(readFileSync(path.join(directory, `${name}.dict.dz`)));
  const entries = new Map<string, string[]>();
  for (const line of readFileSync(path.join(directory, `${name}.index`), "utf8").split("\n")) {
    const [headword, offset, length] = line.split("\t");
    if (!headword || !offset || !length || headword.startsWith("00database")) continue;
    const start = decode(offset);
    const translations = dictionary
      .subarray(start, start + decode(length))
      .toString("utf8")
      .split("\n")
      .slice(1)
      .flatMap((sense) => sense.replace(/^\s*\d+\.\s*/u, "").split(/[,;]/u))
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean);
    const key = headword.toLowerCase();
    entries.set(key, [...(entries.get(key) ?? []), ...translations]);
  }
  return entries;
}

const frenchStemmer = snowball.newStemmer("french");
const lexicons = new Map<string, FreedictLexicon | null>();

/** the lexicon, read once per directory; null when the dictionaries are not installed or unreadable */
export function loadFreedictLexicon(directory: string = DEFAULT_DICTD_DIRECTORY): FreedictLexicon | null {
  if (lexicons.has(directory)) return lexicons.get(directory)!;
  let lexicon: FreedictLexicon | null = null;
  const names = ["freedict-fra-eng", "freedict-eng-fra"];
  if (names.every((name) => existsSync(path.join(directory, `${name}.index`)) && existsSync(path.join(directory, `${name}.dict.dz`)))) {
    try {
      lexicon = buildLexicon(readDictionary(directory, names[0]!), readDictionary(directory, names[1]!));
    } catch {
      // a damaged file: the callers' other paths take over
      lexicon = null;
    }
  }
  lexicons.set(directory, lexicon);
  return lexicon;
}

function buildLexicon(frenchEnglish: Map<string, string[]>, englishFrench: Map<string, string[]>): FreedictLexicon {
  // French form -> English phrases; the stems of a French form's phrases are made when first asked
  const phrases = new Map<string, Set<string>>();
  const add = (french: string, english: string) => {
    const set = phrases.get(french) ?? new Set<string>();
    set.add(english);
    phrases.set(french, set);
  };
  for (const [french, translations] of frenchEnglish) for (const english of translations) add(french, english);
  for (const [english, translations] of englishFrench) for (const french of translations) add(french, english);
  // inflected forms ("réfugiés", "sauté") meet their headword through the French stemmer
  const byStem = new Map<string, string[]>();
  for (const french of phrases.keys()) {
    const stem = frenchStemmer.stem(french);
    byStem.set(stem, [...(byStem.get(stem) ?? []), french]);
  }
  const stemsOf = new Map<string, string[]>();
  const englishStems = (french: string) => {
    let stems = stemsOf.get(french);
    if (!stems) {
      stems = [...new Set([...phrases.get(french)!].flatMap(englishContentStems))];
      stemsOf.set(french, stems);
    }
    return stems;
  };
  return {
    headwords: frenchEnglish.size,
    lookup(word) {
      const lower = word.toLowerCase();
      const forms = phrases.has(lower) ? [lower] : byStem.get(frenchStemmer.stem(lower));
      if (!forms) return null;
      const stems = [...new Set(forms.flatMap(englishStems))];
      return stems.length > 0 ? stems : null;
    },
  };
}

const frenchStopWords = new Set(((stopword as unknown as Record<string, string[]>).fra ?? []).map((word) => word.toLowerCase()));

/** French words of a text, elided articles dropped ("l'armée" -> "armée") */
export function frenchWords(text: string): string[] {
  return text
    .replace(/\b[ldjmnstcq]u?['’]/giu, " ")
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 2);
}

export function isFrenchStopWord(word: string): boolean {
  return frenchStopWords.has(word.toLowerCase());
}

/** a French text's words in English, word by word: every translation's stems; unknown words (names) as they are */
export function lexiconStems(lexicon: FreedictLexicon, text: string): string[] {
  const stems: string[] = [];
  for (const word of frenchWords(text)) {
    if (isFrenchStopWord(word)) continue;
    stems.push(...(lexicon.lookup(word) ?? englishContentStems(word)));
  }
  return stems;
}
