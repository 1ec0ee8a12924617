// The article's language: the user's hint when given, else franc (trigram profiles) restricted to
// the languages our users meet, on a sample of the kept text. franc costs ~0.2 ms on 250
// characters and more on longer samples, and 250 characters settle the language of news prose
// (99%+ right on RPM2, BASIL and SemEval-2022 originals in 7 languages: bench/eval-ingest.ts).
// Confidence is franc's margin over the runner-up, scaled down for short texts, and moved up or
// down by a function-word count where that count knows the language.

import { francAll } from "franc";
import { guessBlockLanguage } from "../clean/guess-block-language.ts";
import type { MetadataField } from "../types.ts";

/** franc's ISO 639-3 codes (standard Arabic is "arb") -> ISO 639-1 */
const SUPPORTED: Record<string, string> = {
  fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", rus: "ru", arb: "ar", tur: "tr", pol: "pl",
  nld: "nl", pes: "fa", ukr: "uk", cmn: "zh",
};
const SAMPLE_CHARS = 250;
/** below this many characters franc guesses; confidence is scaled down accordingly */
const FULL_CONFIDENCE_CHARS = 200;

const FUNCTION_WORD_SAMPLE_CHARS = 600;
const FUNCTION_WORD_LANGUAGES = new Set(["fr", "en", "de", "es", "it", "pt"]);
const NAMES_TO_CODES = buildNameIndex();

export interface DetectLanguageOptions {
  /** the user's or the JSONL line's language: it wins */
  hint?: string;
  /** the HTML page's lang attribute: templates often get it wrong, so it only settles what franc cannot */
  pageLanguage?: string;
}

export function detectLanguage(text: string, { hint, pageLanguage }: DetectLanguageOptions = {}): MetadataField<string> {
  if (hint?.trim()) {
    const code = normaliseLanguageHint(hint);
    return { value: code, evidence: [{ quote: hint, where: "user" }], confidence: 1, inferred: false, method: "user" };
  }
  const sample = text.slice(0, SAMPLE_CHARS);
  const ranked = francAll(sample, { only: Object.keys(SUPPORTED), minLength: 10 }).filter(([language]) => language !== "und");
  const [best, second] = ranked;
  const francCode = best ? SUPPORTED[best[0]] : undefined;
  if (!francCode) {
    if (pageLanguage?.trim()) {
      return { value: normaliseLanguageHint(pageLanguage), evidence: [{ quote: pageLanguage, where: "html-meta" }], confidence: 0.5, inferred: true, method: "html-lang" };
    }
    return { value: null, evidence: [], confidence: 0, inferred: false, method: "franc" };
  }
  // franc scores the best language 1 and the others relative to it: the gap is the certainty
  const margin = 1 - (second?.[1] ?? 0);
  const lengthFactor = Math.min(1, sample.replace(/\s+/g, " ").length / FULL_CONFIDENCE_CHARS);
  const francConfidence = (0.5 + margin * 1.5) * lengthFactor;
  // function words confirm or doubt franc on the languages they know (a near tie on names and
  // short headlines); they know too few languages to overrule it
  const byFunctionWords = FUNCTION_WORD_LANGUAGES.has(francCode) ? guessBlockLanguage(text.slice(0, FUNCTION_WORD_SAMPLE_CHARS)) : null;
  const confidence = byFunctionWords === null ? francConfidence : byFunctionWords === francCode ? francConfidence + 0.15 : francConfidence - 0.15;
  return {
    value: francCode,
    evidence: [{ quote: sample.slice(0, 80), where: "text", start: 0, end: Math.min(80, sample.length) }],
    confidence: Math.round(Math.max(0, Math.min(0.99, confidence)) * 100) / 100,
    inferred: false,
    method: "franc",
  };
}

/** "fr", "FR-fr", "fra", "French", "français" -> "fr"; anything else is kept as the user wrote it, lower-cased */
export function normaliseLanguageHint(hint: string): string {
  const trimmed = hint.trim().toLowerCase();
  const primary = trimmed.split(/[-_]/)[0]!;
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (SUPPORTED[primary]) return SUPPORTED[primary]!;
  if (primary === "fre") return "fr";
  if (primary === "ger") return "de";
  return NAMES_TO_CODES.get(trimmed.normalize("NFKD").replace(/\p{M}/gu, "")) ?? trimmed;
}

/** language names in English and French from Intl, so "French" and "français" both work */
function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const locale of ["en", "fr"]) {
    const names = new Intl.DisplayNames([locale], { type: "language" });
    for (const code of Object.values(SUPPORTED)) {
      const name = names.of(code);
      if (name) index.set(name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, ""), code);
    }
  }
  return index;
}
