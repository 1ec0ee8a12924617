// Countries, cities and a few regions named in an article, French or English, each with its
// canonical id so that "Bagdad" and "Baghdad", "Irak" and "Iraq", "irakiens" and "Iraqi" match;
// towns the gazetteer lacks are read from their context (unlisted-places.ts).

import type { AnalyseOptions, PlaceMention } from "../types.ts";
import { isCommonCapitalisedWord } from "./common-words.ts";
import { loadPlaceIndex, type PlaceEntry, type PlaceIndex } from "./place-index.ts";
import { gapBetween, isNameGap, tokenize, type Token } from "./tokenize.ts";
import { findUnlistedPlaces } from "./unlisted-places.ts";

// City names that are also everyday English or French words: they count only inside a sentence,
// where their capital means a name ("in Mobile, Alabama"), never as its first word ("Nice to…").
const WORD_LIKE_CITY_NAMES = new Set(
  "nice tours mobile split reading orange sale male metro delta vista mesa springs corona concord aurora laval marine union victoria santos cork".split(" "),
);

// A name after one of these is a person's ("M. Hassan", "Mr Jackson", "le général Salem").
const HONORIFICS = new Set("m mr mrs ms mme mlle dr gen general president sheikh cheikh".split(" "));

interface Candidate {
  entry: PlaceEntry;
  first: number;
  last: number;
}

export function findPlaces(options: AnalyseOptions): PlaceMention[] {
  const index = loadPlaceIndex();
  const { text } = options;
  const english = options.language === "en";
  const tokens = tokenize(text);
  const found: Candidate[] = [];
  // single-word city names also seen as part of a longer capitalised name ("Hassan Rouhani"):
  // the same word alone later is that person's name, not the city
  const personLikeKeys = new Set<string>();
  for (let position = 0; position < tokens.length; ) {
    const compound = matchCompoundDemonym(index, text, tokens, position);
    if (compound.length > 0) {
      found.push(...compound);
      position = compound[compound.length - 1]!.last + 1;
      continue;
    }
    const candidate = longestMatch(index, text, tokens, position);
    if (!candidate) {
      position += 1;
      continue;
    }
    const verdict = judge(candidate, text, tokens, index, english);
    if (verdict === "accept") {
      found.push(candidate);
      position = candidate.last + 1;
    } else {
      if (verdict === "inside-name" && candidate.first === candidate.last) personLikeKeys.add(tokens[candidate.first]!.key);
      position += 1;
    }
  }
  const listed = found
    .filter(({ entry, first, last }) => !(entry.placeType === "city" && first === last && personLikeKeys.has(tokens[first]!.key)))
    .map(({ entry, first, last }) => toMention(entry, text, tokens[first]!, tokens[last]!));
  return [...listed, ...findUnlistedPlaces(text, tokens, listed)].sort((a, b) => a.start - b.start);
}

function longestMatch(index: PlaceIndex, text: string, tokens: Token[], position: number): Candidate | null {
  const head = tokens[position]!;
  if (!index.prefixes.has(head.key)) return null;
  let key = head.key;
  let best: Candidate | null = null;
  const found = index.byKey.get(key);
  if (found) best = { entry: found, first: position, last: position };
  for (let last = position + 1; last < tokens.length && last - position < index.longestKey; last += 1) {
    if (!isNameGap(gapBetween(text, tokens[last - 1]!, tokens[last]!))) break;
    key += ` ${tokens[last]!.key}`;
    if (!index.prefixes.has(key)) break;
    const entry = index.byKey.get(key);
    if (entry) best = { entry, first: position, last };
  }
  return best;
}

/** "sino-iraniennes", "syro-russe", "Russo-Iranian": one mention per half */
function matchCompoundDemonym(index: PlaceIndex, text: string, tokens: Token[], position: number): Candidate[] {
  const parts: Candidate[] = [];
  let current = position;
  while (current + 1 < tokens.length) {
    const code = index.combiningForms.get(tokens[current]!.key);
    if (!code || !/^[-‐‑]$/u.test(gapBetween(text, tokens[current]!, tokens[current + 1]!))) break;
    const country = index.countries.get(code);
    if (!country) break;
    parts.push({ entry: { ...country, via: "demonym" }, first: current, last: current });
    current += 1;
  }
  if (parts.length === 0) return [];
  const tail = index.byKey.get(tokens[current]!.key);
  // "anglo-saxon", "indo-européen": the last half must itself be a demonym
  if (!tail || tail.via !== "demonym") return [];
  return [...parts, { entry: tail, first: current, last: current }];
}

type Verdict = "accept" | "reject" | "inside-name";

function judge(candidate: Candidate, text: string, tokens: Token[], index: PlaceIndex, english: boolean): Verdict {
  const { entry, first, last } = candidate;
  const head = tokens[first]!;
  const surface = text.slice(head.start, tokens[last]!.end);
  if (entry.via === "demonym") {
    // French writes "irakiens" in lower case; English always capitalises "Iraqi"
    return head.capitalised || (entry.french && !english) ? "accept" : "reject";
  }
  if (entry.capitalsOnly ? surface !== surface.toUpperCase() : !head.capitalised) return "reject";
  if (entry.placeType === "city" && head.sentenceStart && WORD_LIKE_CITY_NAMES.has(head.key)) return "reject";
  const before = tokens[first - 1];
  if (before && HONORIFICS.has(before.key) && text.slice(before.end, head.start).length <= 2) return "inside-name";
  if (before && isNameNeighbour(before, text.slice(before.end, head.start), index)) return "inside-name";
  const after = tokens[last + 1];
  if (after && isNameNeighbour(after, text.slice(tokens[last]!.end, after.start), index)) return "inside-name";
  return "accept";
}

/**
 * A capitalised word right beside a place name makes both part of a longer name ("Hassan
 * Rouhani", "Elizabeth Warren", "Tehran Times"); a country or demonym beside it does not
 * ("Iranian Tehran-based", "Syrie Damas" in a list).
 */
function isNameNeighbour(neighbour: Token, gap: string, index: PlaceIndex): boolean {
  if (!/^ $/.test(gap) || !neighbour.capitalised || neighbour.allCaps) return false;
  if (isCommonCapitalisedWord(neighbour.key) || /^\p{N}/u.test(neighbour.text)) return false;
  const entry = index.byKey.get(neighbour.key);
  return !entry || entry.placeType === "city";
}

function toMention(entry: PlaceEntry, text: string, first: Token, last: Token): PlaceMention {
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    id: entry.id,
    name: entry.name,
    placeType: entry.placeType,
    country: entry.country,
    via: entry.via,
  };
}
