// Organisations named by a common noun and a country rather than a proper name: ministries
// ("le ministère de la Défense irakien", "Iraq's defence ministry"), armies ("l'armée
// syrienne", "the Syrian army"), intelligence services ("services de renseignement militaire
// irakiens"), governments and parliaments. The id joins country and kind, so the French and the
// English phrase give the same organisation: org:iq:ministry-of-defence.

import countries from "world-countries";
import type { CountryCode, OrganisationMention, PlaceMention } from "../types.ts";
import { gapBetween, type Token } from "./tokenize.ts";

type PhraseKind = "ministry" | "armed-forces" | "intelligence" | "government" | "parliament";

const HEADS = new Map<string, PhraseKind>([
  ["ministere", "ministry"], ["ministry", "ministry"], ["ministries", "ministry"],
  ["armee", "armed-forces"], ["armees", "armed-forces"], ["army", "armed-forces"], ["forces", "armed-forces"], ["military", "armed-forces"],
  ["renseignement", "intelligence"], ["renseignements", "intelligence"], ["intelligence", "intelligence"],
  ["gouvernement", "government"], ["government", "government"], ["etat", "government"],
  ["parlement", "parliament"], ["parliament", "parliament"],
]);

/** ministry portfolios, French and English, folded -> the slug and English name in the id */
const PORTFOLIOS = new Map<string, [string, string]>([
  ["defense", ["defence", "Defence"]], ["defence", ["defence", "Defence"]],
  ["affaires etrangeres", ["foreign-affairs", "Foreign Affairs"]], ["foreign affairs", ["foreign-affairs", "Foreign Affairs"]], ["foreign", ["foreign-affairs", "Foreign Affairs"]],
  ["renseignement", ["intelligence", "Intelligence"]], ["renseignements", ["intelligence", "Intelligence"]], ["intelligence", ["intelligence", "Intelligence"]],
  ["interieur", ["interior", "Interior"]], ["interior", ["interior", "Interior"]],
  ["economie", ["economy", "Economy"]], ["economy", ["economy", "Economy"]], ["finances", ["finance", "Finance"]], ["finance", ["finance", "Finance"]],
  ["justice", ["justice", "Justice"]], ["sante", ["health", "Health"]], ["health", ["health", "Health"]],
  ["petrole", ["oil", "Oil"]], ["oil", ["oil", "Oil"]], ["commerce", ["trade", "Trade"]], ["trade", ["trade", "Trade"]],
  ["energie", ["energy", "Energy"]], ["energy", ["energy", "Energy"]], ["information", ["information", "Information"]],
]);

const LINKS = new Set(["de", "des", "du", "la", "l", "d", "of", "the"]);
const MILITARY = new Set(["militaire", "militaires", "military"]);
const FOREIGN = new Set(["exterieur", "exterieurs", "etranger", "etrangers", "foreign"]);
const SERVICE = new Set(["service", "services", "agency", "agence", "directorate", "direction"]);
const ENGLISH_ADJECTIVE = new Map(countries.map((country) => [country.cca2, country.demonyms?.eng?.m ?? country.name.common]));

export function findOrganisationPhrases(text: string, tokens: Token[], places: PlaceMention[]): OrganisationMention[] {
  const placeAt = indexPlaces(tokens, places);
  const found: OrganisationMention[] = [];
  for (let head = 0; head < tokens.length; head += 1) {
    const kind = HEADS.get(tokens[head]!.key);
    if (!kind || (tokens[head]!.key === "military" && !isNounUse(text, tokens, head))) continue;
    const phrase = readPhrase(text, tokens, head, kind, placeAt);
    if (!phrase) continue;
    const { first, last, country, slug, label, orgType } = phrase;
    const id = country ? `org:${country.toLowerCase()}:${slug}` : `org:${slug}`;
    const adjective = country ? `${ENGLISH_ADJECTIVE.get(country) ?? country} ` : "";
    const start = tokens[first]!.start;
    const end = text[tokens[last]!.end] === ")" ? tokens[last]!.end + 1 : tokens[last]!.end;
    found.push({ start, end, text: text.slice(start, end), id, name: `${adjective}${label}`, orgType, country });
    head = last;
    // "forces armées chinoises et iraniennes", "Iraqi and Syrian forces" name two organisations
    const other = tokens[last + 2];
    const otherPlace = placeAt[last + 2];
    if (country && other && otherPlace?.via === "demonym" && otherPlace.country && ["et", "and"].includes(tokens[last + 1]!.key)) {
      const otherId = `org:${otherPlace.country.toLowerCase()}:${slug}`;
      found.push({ start: other.start, end: other.end, text: other.text, id: otherId, name: `${ENGLISH_ADJECTIVE.get(otherPlace.country) ?? otherPlace.country} ${label}`, orgType, country: otherPlace.country });
      head = last + 2;
    }
  }
  return found;
}

interface Phrase {
  first: number;
  last: number;
  country: CountryCode | null;
  slug: string;
  label: string;
  orgType: OrganisationMention["orgType"];
}

function readPhrase(text: string, tokens: Token[], head: number, kind: PhraseKind, placeAt: (PlaceMention | null)[]): Phrase | null {
  let first = head;
  let last = head;
  let country: CountryCode | null = null;
  const key = (index: number): string => tokens[index]?.key ?? "";
  const demonymAt = (index: number): CountryCode | null => (placeAt[index]?.via === "demonym" ? placeAt[index]!.country : null);
  let slug: string;
  let label: string;
  let orgType: OrganisationMention["orgType"];
  if (kind === "ministry") {
    if (demonymAt(last + 1)) country = demonymAt((last += 1));
    const after = portfolioAt(tokens, last + 1, LINKS);
    // English puts the portfolio first: "Iraq's defence ministry", "Foreign Affairs Ministry"
    const before = after ? null : portfolioBefore(tokens, head);
    const portfolio = after ?? before;
    if (!portfolio) return null;
    if (after) last = after.last;
    if (before) first = before.first;
    [slug, label] = [`ministry-of-${portfolio.slug}`, `Ministry of ${portfolio.label}`];
    orgType = "ministry";
  } else if (kind === "intelligence") {
    // "service(s) de(s) renseignement(s)", "intelligence service/agency", "military intelligence"
    const before = LINKS.has(key(head - 1)) && SERVICE.has(key(head - 2)) ? head - 2 : SERVICE.has(key(head - 1)) ? head - 1 : null;
    if (before !== null) first = before;
    if (MILITARY.has(key(head - 1)) || FOREIGN.has(key(head - 1))) first = Math.min(first, head - 1);
    if (SERVICE.has(key(last + 1))) last += 1;
    if (first === head && last === head) return null;
    let flavour = MILITARY.has(key(head - 1)) ? "military" : FOREIGN.has(key(head - 1)) ? "foreign" : null;
    if (!flavour && (MILITARY.has(key(last + 1)) || FOREIGN.has(key(last + 1)))) flavour = MILITARY.has(key((last += 1))) ? "military" : "foreign";
    [slug, label] = flavour === "military" ? ["military-intelligence", "Military Intelligence"] : flavour === "foreign" ? ["foreign-intelligence", "Foreign Intelligence Service"] : ["intelligence", "Intelligence Service"];
    orgType = "intelligence";
  } else {
    if (tokens[head]!.key === "forces" && ["armees", "armed"].includes(key(head + 1))) last += 1;
    if (key(head - 1) === "armed" || (key(head - 1) === "arab" && tokens[head]!.key === "army")) first -= 1;
    [slug, label] = kind === "armed-forces" ? ["armed-forces", "Armed Forces"] : kind === "government" ? ["government", "Government"] : ["parliament", "Parliament"];
    orgType = kind === "armed-forces" ? "armed-forces" : "government";
  }
  // the country: a demonym after (French) or before (English), or "de Russie" / "of Iraq"
  const after = skipParenthesis(text, tokens, last);
  if (!country && demonymAt(after + 1) && isTight(text, tokens, last, after + 1)) [country, last] = [demonymAt(after + 1), after + 1];
  if (!country && demonymAt(first - 1) && tokens[first - 1]!.capitalised) [country, first] = [demonymAt(first - 1), first - 1];
  if (!country && key(first - 1) === "s" && placeAt[first - 2]?.placeType === "country") [country, first] = [placeAt[first - 2]!.country, first - 2];
  if (!country && ["de", "d", "of"].includes(key(after + 1))) {
    const target = key(after + 2) === "la" || key(after + 2) === "l" || key(after + 2) === "the" ? after + 3 : after + 2;
    if (placeAt[target]?.placeType === "country") [country, last] = [placeAt[target]!.country, target];
  }
  // a bare "forces", "army", "government" says nothing without its country
  if (!country && kind !== "ministry" && kind !== "intelligence") return null;
  return { first, last, country, slug, label, orgType };
}

// "military" is a noun ("the Syrian military said") only before punctuation or a verb; otherwise
// it qualifies the next word ("Iranian military cooperation")
const AFTER_NOUN = new Set(["said", "says", "has", "have", "had", "is", "was", "were", "will", "and", "or", "to", "in", "on", "for", "with", "of", "which", "that", "spokesman"]);

function isNounUse(text: string, tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return !next || /[,.;:!?)]/.test(gapBetween(text, tokens[index]!, next)) || AFTER_NOUN.has(next.key);
}

function portfolioAt(tokens: Token[], from: number, skip: Set<string>): { last: number; slug: string; label: string } | null {
  let index = from;
  while (index < tokens.length && skip.has(tokens[index]!.key)) index += 1;
  for (const width of [2, 1]) {
    const words = tokens.slice(index, index + width).map((token) => token.key).join(" ");
    const portfolio = PORTFOLIOS.get(words);
    if (portfolio && index !== from) return { last: index + width - 1, slug: portfolio[0], label: portfolio[1] };
  }
  return null;
}

function portfolioBefore(tokens: Token[], head: number): { first: number; slug: string; label: string } | null {
  for (const width of [2, 1]) {
    if (head - width < 0) continue;
    const words = tokens.slice(head - width, head).map((token) => token.key).join(" ");
    const portfolio = PORTFOLIOS.get(words);
    if (portfolio) return { first: head - width, slug: portfolio[0], label: portfolio[1] };
  }
  return null;
}

/** "Service des renseignements extérieurs (SVR) de Russie": the acronym does not break the phrase */
function skipParenthesis(text: string, tokens: Token[], last: number): number {
  const next = tokens[last + 1];
  if (next && /^\s*\($/.test(gapBetween(text, tokens[last]!, next)) && /^\)/.test(text.slice(next.end))) return last + 1;
  return last;
}

function isTight(text: string, tokens: Token[], left: number, right: number): boolean {
  return !/[,.;:!?]/.test(text.slice(tokens[left]!.end, tokens[right]!.start));
}

function indexPlaces(tokens: Token[], places: PlaceMention[]): (PlaceMention | null)[] {
  const byStart = new Map(places.map((place) => [place.start, place]));
  return tokens.map((token) => {
    const place = byStart.get(token.start);
    return place && token.end <= place.end ? place : null;
  });
}
