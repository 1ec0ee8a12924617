// A quick language guess for one block, by function words. franc needs a few hundred characters
// to be reliable and costs ~0.1 ms a call; a caption is one sentence, and the cleaner asks about
// every block, so a stop-word count is both steadier and cheaper at this size.

const FUNCTION_WORDS: Record<string, string[]> = {
  fr: ["l", "d", "qu", "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "dans", "pour", "par", "sur", "avec", "qui", "que", "au", "aux", "ont", "a", "ce", "cette", "il", "elle", "ne", "pas", "plus", "son", "sa", "ses", "leur", "été"],
  en: ["the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "on", "with", "by", "that", "this", "at", "from", "has", "have", "had", "it", "he", "she", "they", "his", "her", "their", "an", "as", "be", "been", "will", "would", "during", "before", "after"],
  de: ["der", "die", "das", "und", "ist", "sind", "nicht", "mit", "von", "den", "dem", "ein", "eine", "zu", "auf", "für", "auch", "sich", "wurde", "im"],
  es: ["el", "los", "las", "del", "y", "es", "son", "en", "con", "por", "para", "una", "que", "se", "su", "sus", "al", "fue", "lo", "como"],
  it: ["il", "lo", "gli", "della", "delle", "dei", "e", "è", "sono", "con", "per", "una", "che", "si", "nel", "alla", "non", "anche", "ha", "stato"],
  pt: ["o", "os", "as", "do", "da", "dos", "das", "e", "é", "são", "em", "com", "por", "para", "uma", "que", "se", "não", "foi", "ao"],
};

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), language]);
}

const SAMPLE_CHARS = 300;
const MIN_HITS = 3;

/** ISO 639-1 code of the block's language, or null when the block is too short or mixed to say */
export function guessBlockLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().split(/[^\p{L}]+/u)) {
    const languages = LANGUAGE_OF_WORD.get(word);
    if (languages) for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  if (second && best[1] < second[1] * 1.5) return null;
  return best[0];
}
