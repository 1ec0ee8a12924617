// world-countries gives one masculine and one feminine singular demonym per language
// ("Irakien"/"Irakienne", "Iraqi"); articles use plurals and agreement ("irakiens", "syriennes",
// "Iraqis"), so the other forms are derived here by the regular rules, which cover the
// demonyms of every country in the data.

import { foldText } from "../../ingest/clean/fold-text.ts";

/** French: "irakien" -> irakien, irakiens; "chinois" stays; "russe" -> russes */
export function frenchDemonymForms(masculine: string, feminine: string): string[] {
  const forms = new Set<string>();
  for (const singular of [masculine, feminine]) {
    const folded = foldText(singular);
    if (!folded) continue;
    forms.add(folded);
    // words ending in -s, -x or -z do not change in the plural (chinois, français)
    forms.add(/[sxz]$/.test(folded) ? folded : `${folded}s`);
  }
  return [...forms];
}

/** English: "Iraqi" -> Iraqis; "Chinese", "British", "French", "Swiss" do not take an -s */
export function englishDemonymForms(masculine: string, feminine: string): string[] {
  const forms = new Set<string>();
  for (const singular of [masculine, feminine]) {
    const folded = foldText(singular);
    if (!folded) continue;
    forms.add(folded);
    if (!/(?:ese|ish|ch|ss|s|x|z)$/.test(folded)) forms.add(`${folded}s`);
  }
  return [...forms];
}
