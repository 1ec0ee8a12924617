// Shared pieces of the perturbation benchmark (marks-perturb.ts): the edit and fact shapes, the
// seeded pick, and the regular-expression helpers every fact finder uses.

/** one replacement: `original` at [start, end) of the source text becomes `replacement` */
export interface Edit {
  start: number;
  end: number;
  original: string;
  replacement: string;
}

export type Random = () => number;
export const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

export interface Found {
  start: number;
  end: number;
  original: string;
  replacement: string;
  gold?: "conflict" | "partial";
  /** the fact's other mentions, renamed alike */
  also?: Edit[];
  quoteEnd?: number;
}

export type Language = "en" | "fr";

export const L = "A-Za-zÀ-ÖØ-öø-ÿ";
export const UPPER = "A-ZÀ-ÖØ-Þ";
export const NAME = `[${UPPER}][${L}'’-]+`;
/** up to five capitalised words, trimmed to a person's name by personName() */
export const CAPITALISED_RUN = `${NAME}(?:\\s${NAME}){0,4}`;

/** keeps the first letter's case: "Monday" → "Tuesday", "jeudi" → "mardi" */
export function sameCase(model: string, word: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word[0]!.toLowerCase() + word.slice(1);
}

export function firstMatch(text: string, pattern: RegExp, accept: (match: RegExpExecArray) => Found | null): Found | null {
  // "d": the offsets of every group, for spans that start inside the match
  const flags = [...new Set([...pattern.flags, "g", "d"])].join("");
  for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
    const found = accept(match as RegExpExecArray);
    if (found) return found;
  }
  return null;
}

/** the span of capture group `group` in the text */
export function groupSpan(match: RegExpExecArray, group: number): { start: number; end: number } {
  const [start, end] = match.indices![group]!;
  return { start, end };
}

export const WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
};
export const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};

export function earliest(candidates: (Found | null)[]): Found | null {
  return candidates.filter((found): found is Found => found !== null).sort((a, b) => a.start - b.start)[0] ?? null;
}
