// Towns the gazetteer does not list (place-index.ts keeps GeoNames towns of 100,000 people and
// more), recognised by how news introduces them: the noun before the name ("the town of Kafr
// Nabl", "la ville de Kafr Nabl", "le village de Kafr Nabl"), or a locative before it and a known
// place around it after ("near Kafr Nabl in Idlib province", "à Kafr Nabl, dans la province
// d'Idlib"). Each is a city of the country of the place around it, so that two outlets' spellings
// of the town give one id when they agree: "city:sy:kafr-nabl" (or "place:kafr-nabl" when the
// text gives no country).

import type { PlaceMention } from "../types.ts";
import { isCommonCapitalisedWord } from "./common-words.ts";
import { NON_PERSON_WORDS } from "./role-vocabulary.ts";
import { gapBetween, isNameGap, nameKey, type Token } from "./tokenize.ts";

/** "the town of", "la ville de", "le village d'": what follows names a place, never a person */
export const SETTLEMENT_NOUN_BEFORE =
  /(?<![\p{L}])(?:(?:town|city|village|hamlet|locality)\s+of|(?:ville|village|localité|commune|bourgade|bourg)\s+(?:de|d['’]))\s*$/iu;
const LOCATIVE_BEFORE = /(?<![\p{L}])(?:in|near|outside|around|à|près de|près d['’]|aux abords de|autour de)\s+$/iu;
/** between a town and the place around it: "in", ", in", ", dans la", ", en", ", " */
const CONTAINER_GAP = /^\s*,?\s*(?:(?:in|dans|en)\s+)?(?:(?:the|la|le|les)\s+|l['’]\s*)?$/iu;
/** "dans la province d'Idlib", "in the governorate of Idlib": the gazetteer has the province's seat, a city */
const PROVINCE_GAP = /^\s*,?\s*(?:(?:in|dans|en)\s+)?(?:(?:the|la|le)\s+)?(?:province|région|region|gouvernorat|governorate|district)\s+(?:of\s+|de\s+|d['’]\s*)$/iu;
/** the lower-case particles of Arabic and French place names: "Maarat al-Numan", "Deir ez-Zor", "Bourg-la-Reine" */
const PLACE_PARTICLES = new Set("al el ez es ed ad an as ash ar at az de du des la le les sur en".split(" "));

export function findUnlistedPlaces(text: string, tokens: Token[], known: PlaceMention[]): PlaceMention[] {
  const found: PlaceMention[] = [];
  const inKnown = (token: Token) => known.some((place) => place.start <= token.start && token.end <= place.end);
  for (let first = 0; first < tokens.length; first += 1) {
    if (!isTownWord(tokens[first]!) || inKnown(tokens[first]!)) continue;
    const last = runEnd(text, tokens, first, inKnown);
    const before = text.slice(Math.max(0, tokens[first]!.start - 30), tokens[first]!.start);
    const container = containerAfter(text, tokens[last]!.end, known);
    const named = SETTLEMENT_NOUN_BEFORE.test(before);
    const words = tokens.slice(first, last + 1);
    if ((named || (LOCATIVE_BEFORE.test(before) && container)) && !words.some((token) => NON_PERSON_WORDS.has(token.key))) {
      found.push(townMention(text, tokens[first]!, tokens[last]!, container?.country ?? null));
    }
    first = last;
  }
  return found;
}

function isTownWord(token: Token): boolean {
  return token.capitalised && !token.allCaps && token.text.length >= 2 && !/^\p{N}/u.test(token.text) && !isCommonCapitalisedWord(token.key);
}

/** the last token of the name: capitalised words, with particles between them */
function runEnd(text: string, tokens: Token[], first: number, inKnown: (token: Token) => boolean): number {
  let last = first;
  const joins = (left: number, right: number) => right < tokens.length && isNameGap(gapBetween(text, tokens[left]!, tokens[right]!));
  const word = (index: number) => isTownWord(tokens[index]!) && !inKnown(tokens[index]!);
  while (joins(last, last + 1)) {
    if (word(last + 1)) last += 1;
    else if (PLACE_PARTICLES.has(tokens[last + 1]!.text) && joins(last + 1, last + 2) && word(last + 2)) last += 2;
    else break;
  }
  return last;
}

/** the region or country right after the town that holds it ("in Idlib province", ", en Syrie", "in Syria's", "dans la province d'Idlib") */
function containerAfter(text: string, end: number, known: PlaceMention[]): PlaceMention | null {
  const next = known.find((place) => place.start >= end && place.start - end <= 30);
  if (!next || next.via === "demonym" || !next.country) return null;
  const gap = text.slice(end, next.start);
  return (next.placeType !== "city" && CONTAINER_GAP.test(gap)) || PROVINCE_GAP.test(gap) ? next : null;
}

function townMention(text: string, first: Token, last: Token, country: string | null): PlaceMention {
  const name = text.slice(first.start, last.end);
  const slug = nameKey(name).replace(/ /g, "-");
  return {
    start: first.start,
    end: last.end,
    text: name,
    id: country ? `city:${country.toLowerCase()}:${slug}` : `place:${slug}`,
    name,
    placeType: "city",
    country,
    via: "name",
  };
}
