// What a French sentence or article says, as English terms that compare with an English text's
// (englishTerms): the content stems of Apertium's rendering, the stems of every FreeDict
// translation of its words, and its own numbers. Either resource may be missing; the figures of
// `npm run eval:crosslang` (WMT dev P@1: both 0.970, Apertium 0.954, FreeDict 0.933) say why both
// are used when present.

import { englishContentStems, numberTerms } from "./english-stems.ts";
import { DEFAULT_DICTD_DIRECTORY, lexiconStems, loadFreedictLexicon } from "./freedict-lexicon.ts";
import { renderEnglish, type RenderEnglishOptions } from "./render-english.ts";

export type CrossLanguageMethod = "apertium+freedict" | "apertium" | "freedict";

export interface FrenchTermsOptions extends RenderEnglishOptions {
  /** where FreeDict's dictd files are */
  dictdDirectory?: string;
  /** leave a resource out (to measure the other alone); both are used by default */
  use?: { apertium?: boolean; freedict?: boolean };
}

export interface FrenchTerms {
  method: CrossLanguageMethod;
  /** one list of terms per French text, in order */
  terms: string[][];
}

/**
 * The English terms of each French text, rendered in one Apertium batch; null when neither
 * Apertium nor FreeDict is available.
 */
export function frenchTermsInEnglish(texts: string[], options: FrenchTermsOptions = {}): FrenchTerms | null {
  const renderings = options.use?.apertium === false ? null : renderEnglish(texts, "fr", options);
  const lexicon = options.use?.freedict === false ? null : loadFreedictLexicon(options.dictdDirectory ?? DEFAULT_DICTD_DIRECTORY);
  if (!renderings && !lexicon) return null;
  const method: CrossLanguageMethod = renderings && lexicon ? "apertium+freedict" : renderings ? "apertium" : "freedict";
  const terms = texts.map((text, index) => [
    ...(renderings ? englishContentStems(renderings[index]!) : []),
    ...(lexicon ? lexiconStems(lexicon, text) : []),
    ...numberTerms(text, "fr"),
  ]);
  return { method, terms };
}
