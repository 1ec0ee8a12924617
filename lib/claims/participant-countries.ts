// The countries taking part in an event, read from the phrases that name who took part: a
// demonym list after (French) or before (English) a noun for people ("commandants militaires
// irakiens, syriens, iraniens et russes", "Iraqi, Syrian and Russian commanders", "son
// homologue iranien"), or country names after such a noun ("chefs militaires d'Iran, de Russie
// et de Syrie", "delegations from Iran and Russia", "Iran's foreign minister"). A country merely
// named in the sentence ("le terrorisme en Syrie") is where something happens, not who met.

import { foldText } from "../ingest/clean/fold-text.ts";
import type { CountryCode, PlaceMention } from "../nlp/types.ts";

const ACTORS = [
  "commandants?", "chefs?", "responsables?", "officiels?", "ministres?", "delegations?", "homologues?", "dirigeants?",
  "generaux", "general", "representants?", "diplomates?", "presidents?", "officiers?", "emissaires?", "envoyes?",
  "ambassadeurs?", "etat-major", "attaches?", "adjoints?", "porte-parole",
  "commanders?", "chiefs?", "officials?", "ministers?", "counterparts?", "leaders?", "generals?", "representatives?",
  "diplomats?", "officers?", "envoys?", "ambassadors?", "delegates?", "staff", "spokes(?:man|woman|person)",
].join("|");

/** in an attack the side that strikes is named by its forces: "Israeli warplanes", "l'aviation israélienne" */
const FORCES = [
  "warplanes?", "jets?", "drones?", "forces?", "troops?", "army", "navy", "air force", "aircraft", "artillery", "militants?",
  "avions", "chasseurs", "troupes", "armee", "aviation", "artillerie",
].join("|");

interface ActorPatterns {
  beforeDemonym: RegExp;
  beforeName: RegExp;
  afterDemonym: RegExp;
  afterPossessive: RegExp;
}

function actorPatterns(nouns: string): ActorPatterns {
  return {
    /** French: "commandants militaires irakiens", "homologue iranien", "délégation iranienne" */
    beforeDemonym: new RegExp(String.raw`(?:^|[^\p{L}])(?:${nouns})(?:\s+[\p{L}-]+){0,2}\s+$`, "u"),
    /** "chefs militaires d'", "chefs d'état-major d'", "delegations from ", "ministre de la " */
    beforeName: new RegExp(String.raw`(?:^|[^\p{L}])(?:${nouns})(?:[\s'][\p{L}-]+){0,2}\s*(?:de la |de l'|de |d'|du |des |from |of (?:the )?)$`, "u"),
    /** English: "Iraqi, Syrian and Russian military commanders", "the Iranian delegation" */
    afterDemonym: new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}(?:${nouns})(?![\p{L}])`, "u"),
    afterPossessive: new RegExp(String.raw`^'s\s+(?:[\p{L}-]+\s+){0,2}(?:${nouns})(?![\p{L}])`, "u"),
  };
}

const PEOPLE_PATTERNS = actorPatterns(ACTORS);
const ATTACK_PATTERNS = actorPatterns(`${ACTORS}|${FORCES}`);
/** between two members of one list: ", ", " et ", ", de ", " and from " */
const LIST_GAP = /^\s*(?:,|,?\s*(?:et|and|ainsi que|as well as)\s)\s*(?:(?:de la|de l'|de|d'|du|des|from|of|l'|la|le|the)\s*)?$/;

export interface ParticipantCountry {
  country: CountryCode;
  mention: PlaceMention;
}

/** `attack`: the sentence reports an attack, so armed forces count as the parties too */
export function findParticipantCountries(text: string, places: PlaceMention[], attack = false): ParticipantCountry[] {
  const patterns = attack ? ATTACK_PATTERNS : PEOPLE_PATTERNS;
  const found: ParticipantCountry[] = [];
  for (const chain of listChains(text, places)) {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const before = rawBefore(text, first.start);
    const after = foldText(text.slice(last.end, last.end + 50));
    const demonyms = first.via === "demonym";
    const named = demonyms
      ? patterns.beforeDemonym.test(before) || patterns.afterDemonym.test(` ${after}`)
      : patterns.beforeName.test(before) || patterns.afterPossessive.test(after);
    if (!named) continue;
    for (const mention of chain) if (mention.country) found.push({ country: mention.country, mention });
  }
  return found;
}

/** the 50 characters before a mention, folded, keeping the trailing space or apostrophe that ends a preposition */
function rawBefore(text: string, start: number): string {
  return foldText(`${text.slice(Math.max(0, start - 50), start)}|`).slice(0, -1);
}

/** consecutive country-level mentions of one kind (all demonyms or all names) joined by list punctuation */
function listChains(text: string, places: PlaceMention[]): PlaceMention[][] {
  const chains: PlaceMention[][] = [];
  for (const place of places) {
    if (place.placeType !== "country" && place.via !== "demonym") continue;
    const chain = chains[chains.length - 1];
    const previous = chain?.[chain.length - 1];
    const sameKind = previous && (previous.via === "demonym") === (place.via === "demonym");
    if (chain && previous && sameKind && LIST_GAP.test(foldText(`${text.slice(previous.end, place.start)}|`).slice(0, -1))) chain.push(place);
    else chains.push([place]);
  }
  return chains;
}
