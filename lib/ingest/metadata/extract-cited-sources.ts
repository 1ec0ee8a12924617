// Who the article says told it what: "selon l'agence iranienne Mehr News", "a indiqué à
// l'IRNA", "a rapporté l'agence de presse SANA", "Le ministère de la Défense irakien a indiqué",
// "a indiqué un porte-parole", "according to …", "told Reuters", "said in a statement",
// "Iraq's defence ministry said", "officials said". Spans point into the article text.
// Photo credits never come from here: they sit in removed caption blocks (extract-credits.ts).

import { foldText } from "../clean/fold-text.ts";
import type { OutletGazetteer } from "../outlets/gazetteer.ts";
import type { CitedSource } from "../types.ts";
import { ATTRIBUTION_PATTERNS, type Attribution } from "./cited-source-patterns.ts";
import { describeSource } from "./describe-source.ts";

const LOOK_BACK_CHARS = 100;
/** how much text a pattern's `preceding` test sees: enough for ", a également indiqué" */
const PRECEDING_CHARS = 40;
/** a text longer than this is a dump, not a story: its sources are read from its beginning */
const MAX_SCANNED_CHARS = 100_000;

export interface FoundSource {
  source: CitedSource;
  attribution: Attribution;
}

/** Every distinct source, at its first mention, in text order. */
export function extractCitedSources(fullText: string, gazetteer: OutletGazetteer): FoundSource[] {
  const text = fullText.length > MAX_SCANNED_CHARS ? fullText.slice(0, MAX_SCANNED_CHARS) : fullText;
  const found: FoundSource[] = [];
  const identities = new Map<string, ReturnType<typeof describeSource>>();
  for (const pattern of ATTRIBUTION_PATTERNS) {
    if (pattern.gate && !pattern.gate.some((gate) => text.includes(gate))) continue;
    for (const match of text.matchAll(pattern.regex)) {
      const phrase = pattern.whoBefore ? phraseBefore(text, match.index, pattern.whoBefore) : match.groups?.who && { who: match.groups.who, start: match.index };
      if (!phrase || /\p{L}/u.test(text[phrase.start - 1] ?? "")) continue;
      if (pattern.sentenceStart && !startsSentence(text, phrase.start)) continue;
      if (pattern.preceding && !precededBy(text, phrase.start, pattern.preceding)) continue;
      const cacheKey = `${pattern.attribution}\u0000${phrase.who}`;
      if (!identities.has(cacheKey)) identities.set(cacheKey, describeSource(phrase.who, pattern.attribution, gazetteer));
      const identity = identities.get(cacheKey);
      if (!identity) continue;
      const end = match.index + match[0].trimEnd().length;
      found.push({ source: { ...identity, quote: text.slice(phrase.start, end), start: phrase.start, end }, attribution: pattern.attribution });
    }
  }
  found.sort((a, b) => a.source.start - b.source.start);
  const seen = new Set<string>();
  return found.filter(({ source }) => {
    const key = foldText(source.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** the phrase that ends right before a keyword ("Xinhua" in "Xinhua reported") */
function phraseBefore(text: string, keywordAt: number, whoBefore: RegExp): { who: string; start: number } | null {
  const windowStart = Math.max(0, keywordAt - LOOK_BACK_CHARS);
  const match = whoBefore.exec(text.slice(windowStart, keywordAt));
  const who = match?.groups?.who;
  return match && who ? { who, start: windowStart + match.index } : null;
}

/** at the start of the text or of a paragraph, or after a sentence's final punctuation */
function startsSentence(text: string, index: number): boolean {
  let cursor = index - 1;
  while (cursor >= 0 && text[cursor] === " ") cursor -= 1;
  return cursor < 0 || /[\n.!?»"”]/u.test(text[cursor]!);
}

/** the text before `index` ends with `preceding`, or nothing but blanks stands before it */
function precededBy(text: string, index: number, preceding: RegExp): boolean {
  const before = text.slice(Math.max(0, index - PRECEDING_CHARS), index);
  return (index <= PRECEDING_CHARS && before.trim() === "") || preceding.test(before);
}
