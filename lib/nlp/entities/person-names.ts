// Runs of capitalised words that look like a person's name: "Saad Mozher al-Allaq",
// "Mohammad Javad Zarif", "Narychkine" after "M."; the runs that name a group are marked
// (group-names.ts). Found by shape, never from a list of names:
// capitalised words that are not places, roles, institutions or sentence-opening words, with the
// lower-case particles of Arabic and European names ("al-", "el-", "bin", "de", "van") inside.

import type { PlaceMention } from "../types.ts";
import { isCommonCapitalisedWord, MONTHS } from "./common-words.ts";
import { groupKindAt, type GroupKind } from "./group-names.ts";
import { NAME_PARTICLES, NAME_TITLES, NON_PERSON_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from "./role-vocabulary.ts";
import { gapBetween, isNameGap, type Token } from "./tokenize.ts";

export interface NameRun {
  /** token indexes of the name, particles included */
  first: number;
  last: number;
  /** folded words of the name without particles: ["saad", "mozher", "allaq"] */
  coreKeys: string[];
  /** the words around say it names a group ("the White Helmets civil defence group"), not a person */
  group: GroupKind | null;
}

/**
 * `isOtherName` rejects a run that is the whole name of something else: a town GeoNames knows,
 * an organisation or outlet of the gazetteers ("Châtenay-Malabry", "Chine Nouvelle").
 */
export function findNameRuns(text: string, tokens: Token[], places: PlaceMention[], isOtherName: (key: string) => boolean): NameRun[] {
  const inPlace = markPlaceTokens(tokens, places);
  const lowerCaseKeys = new Set(tokens.filter((token) => !token.capitalised).map((token) => token.key));
  const candidate = (index: number): boolean => isNameLike(tokens, index, inPlace);
  const runs: NameRun[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!candidate(index) && !isLeadingParticle(text, tokens, index, candidate)) continue;
    let last = index;
    while (last + 1 < tokens.length) {
      if (isMiddleInitial(text, tokens, last, candidate)) {
        last += 2;
        continue;
      }
      if (!isNameGap(gapBetween(text, tokens[last]!, tokens[last + 1]!))) break;
      if (candidate(last + 1)) last += 1;
      else if (isInnerParticle(text, tokens, last + 1, candidate)) last += 2;
      else break;
    }
    const run = trimRun(tokens, index, last, lowerCaseKeys);
    if (run && !isOtherName(tokens.slice(run.first, run.last + 1).map((token) => token.key).join(" "))) runs.push({ ...run, group: groupKindAt(text, tokens, run.first, run.last) });
    index = last;
  }
  return runs;
}

/** the word is written like a name and is not a known kind of non-name */
function isNameLike(tokens: Token[], index: number, inPlace: boolean[]): boolean {
  const token = tokens[index]!;
  // one letter is an initial or a stray capital ("T+", "H.R. 1"), never a name on its own
  if (!token.capitalised || token.allCaps || token.text.length < 2 || inPlace[index] || /^\p{N}/u.test(token.text)) return false;
  if (MONTHS.has(token.key) && isNextToNumber(tokens, index)) return false;
  return !(isCommonCapitalisedWord(token.key) && !MONTHS.has(token.key));
}

/** "al-Baghdadi", "el-Assad" may open a name */
function isLeadingParticle(text: string, tokens: Token[], index: number, candidate: (index: number) => boolean): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return (token.key === "al" || token.key === "el") && !!next && /^[-‐‑]$/u.test(gapBetween(text, token, next)) && candidate(index + 1);
}

/** "bin" in "Mohammed bin Salman", "al" in "Mozher al-Allaq": a particle between two name words */
function isInnerParticle(text: string, tokens: Token[], index: number, candidate: (index: number) => boolean): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return NAME_PARTICLES.has(token.text) && !!next && isNameGap(gapBetween(text, token, next)) && candidate(index + 1);
}

/** "Joseph R. Biden", "George W. Bush": one capital and a dot between two name words */
function isMiddleInitial(text: string, tokens: Token[], last: number, candidate: (index: number) => boolean): boolean {
  const initial = tokens[last + 1];
  const next = tokens[last + 2];
  if (!initial || !next || initial.text.length !== 1 || !initial.capitalised) return false;
  return /^ $/.test(gapBetween(text, tokens[last]!, initial)) && /^\. $/.test(gapBetween(text, initial, next)) && candidate(last + 2);
}

function isNextToNumber(tokens: Token[], index: number): boolean {
  return [tokens[index - 1], tokens[index + 1]].some((token) => token && /^\p{N}/u.test(token.text));
}

/**
 * Leading role words belong to the role ("Foreign Minister Mohammad Javad Zarif", "Speaker of the
 * House Nancy Pelosi"); an institution word left inside ("Mehr News", "Islamic State") means
 * it is not a person at all.
 */
function trimRun(tokens: Token[], first: number, last: number, lowerCaseKeys: Set<string>): Omit<NameRun, "group"> | null {
  let start = first;
  while (start <= last && isRoleOrInstitution(tokens[start]!.key)) start += 1;
  // "Pendant Ali…", "Hier Ali…": a sentence's first word that the article also writes in lower case
  if (start <= last && tokens[start]!.sentenceStart && lowerCaseKeys.has(tokens[start]!.key)) start += 1;
  while (start <= last && NAME_PARTICLES.has(tokens[start]!.text) && tokens[start]!.key !== "al" && tokens[start]!.key !== "el") start += 1;
  if (start > last) return null;
  const coreKeys: string[] = [];
  for (let index = start; index <= last; index += 1) {
    const token = tokens[index]!;
    if (NAME_PARTICLES.has(token.text) || token.text.length === 1) continue;
    if (isRoleOrInstitution(token.key)) return null;
    coreKeys.push(token.key);
  }
  return coreKeys.length > 0 && coreKeys.length <= 5 ? { first: start, last, coreKeys } : null;
}

function isRoleOrInstitution(key: string): boolean {
  return ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key) || NAME_TITLES.has(key) || NON_PERSON_WORDS.has(key);
}

function markPlaceTokens(tokens: Token[], places: PlaceMention[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let placeIndex = 0;
  const sorted = [...places].sort((a, b) => a.start - b.start);
  tokens.forEach((token, index) => {
    while (placeIndex < sorted.length && sorted[placeIndex]!.end <= token.start) placeIndex += 1;
    const place = sorted[placeIndex];
    if (place && place.start <= token.start && token.end <= place.end) marks[index] = true;
  });
  return marks;
}
