// Small closed word classes of French and English that no package lists in the form we need
// (folded, both languages together): they decide whether a capitalised word can belong to a name.

/** articles, prepositions, pronouns, conjunctions: capitalised only because they open a sentence */
export const FUNCTION_WORDS = new Set(
  (
    "le la les l un une des du de d au aux a en dans sur sous pour par avec selon lors depuis vers chez " +
    "entre contre et ou mais ni car donc or que qu qui quand si comme pendant apres avant ou ce cet cette ces " +
    "son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu y c s n " +
    "the a an in at on of from to for by with and or but as since after before during near into across " +
    "between against over under via than that this these those his her their its our my your he she they " +
    "we it is was are were be been has have had not no yes also while when where if then there here " +
    "meanwhile however according speaking asked"
  ).split(" "),
);

export const MONTHS = new Set(
  (
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

export const WEEKDAYS = new Set(
  "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

/** a word that is capitalised for grammar or the calendar, never because it is part of a name */
export function isCommonCapitalisedWord(key: string): boolean {
  return FUNCTION_WORDS.has(key) || MONTHS.has(key) || WEEKDAYS.has(key);
}
