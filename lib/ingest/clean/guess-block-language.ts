// A quick language guess for one block, by function words. franc needs a few hundred characters
// to be reliable and costs ~0.1 ms a call; a caption is one sentence, and the cleaner asks about
// every block, so a stop-word count is both steadier and cheaper at this size.

/** the most frequent function words of each language, shared ones included: the count decides */
const FUNCTION_WORDS: Record<string, string[]> = {
  fr: ["l", "d", "qu", "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "dans", "pour", "par", "sur", "avec", "qui", "que", "au", "aux", "ont", "a", "ce", "cette", "il", "elle", "ne", "pas", "plus", "son", "sa", "ses", "leur", "été", "à", "où", "mais"],
  en: ["the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "on", "with", "by", "that", "this", "at", "from", "has", "have", "had", "it", "he", "she", "they", "his", "her", "their", "an", "as", "be", "been", "will", "would", "during", "before", "after", "a", "not", "which", "who"],
  de: ["der", "die", "das", "und", "ist", "sind", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine", "einen", "zu", "auf", "für", "auch", "sich", "wurde", "im", "in", "es", "als", "bei", "nach", "wie", "aus", "werden", "hat", "haben", "sie", "er", "noch", "dass", "oder", "aber", "vor", "über"],
  es: ["el", "la", "los", "las", "de", "del", "y", "es", "son", "en", "con", "por", "para", "un", "una", "que", "se", "su", "sus", "al", "fue", "lo", "como", "más", "pero", "este", "esta", "entre", "cuando", "sin", "sobre", "también", "hasta", "hay", "donde", "desde", "no", "ha", "han", "le"],
  it: ["il", "lo", "la", "le", "gli", "i", "di", "della", "delle", "dei", "del", "e", "è", "sono", "con", "per", "un", "una", "che", "si", "nel", "nella", "alla", "al", "non", "anche", "ha", "hanno", "stato", "più", "come", "ma", "questo", "questa", "da", "dal", "dalla", "tra", "sul", "sulla"],
  pt: ["o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "é", "são", "em", "no", "na", "nos", "nas", "com", "por", "para", "um", "uma", "que", "se", "não", "foi", "ao", "mais", "como", "mas", "seu", "sua", "pelo", "pela", "também", "quando", "ele", "ela", "já", "entre"],
};

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), language]);
}

const SAMPLE_CHARS = 600;
const MIN_HITS = 4;

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
