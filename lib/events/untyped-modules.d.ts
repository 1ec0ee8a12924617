// snowball-stemmers and stopword ship no type declarations; these cover only what lib/events uses.

declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

declare module "stopword" {
  /** one list per ISO 639-3 code ("fra", "eng", "deu" …), plus helpers we do not use */
  const lists: Record<string, string[] | unknown>;
  export = lists;
}
