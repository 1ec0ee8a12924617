// What the noun phrase of an attribution names: an outlet from the gazetteer ("l'agence iranienne
// Mehr News" -> Mehr News), a named person behind a role ("l'expert irakien Hicham al-Hachemi"
// -> Hicham al-Hachemi), a spokesperson in apposition ("le porte-parole de M. Narychkine,
// Sergueï Ivanov"), an institution ("le ministère de la Défense irakien"), or unnamed sources.

import { matchOutlet, type OutletGazetteer } from "../outlets/gazetteer.ts";
import type { CitedSource } from "../types.ts";
import type { Attribution } from "./cited-source-patterns.ts";

export interface SourceIdentity {
  name: string;
  kind: CitedSource["kind"];
}

const DETERMINER = /^(?:l['’]\s?|le\s+|la\s+|les\s+|un\s+|une\s+|des\s+|du\s+|de\s+la\s+|de\s+l['’]\s?|d['’]\s?|the\s+|a\s+|an\s+)/iu;
/** "un communiqué du ministère" -> "ministère": the document is not the source, its author is */
const DOCUMENT = /^(?:communiqué|déclaration|rapport|note|bilan|message|statement|report|note|document)s?\s+(?:publié\s+|issued\s+|released\s+)?(?:de|du|des|d['’]\s?|from|by|of)\s+/iu;
const PRONOUN = /^(?:lui|elle|eux|nous|vous|moi|him|her|them|it|this|these|those|ce|cela|ces|ses|son|sa|leurs?|his|their|its|which|celui|celle|ceux|même|plusieurs|certains|some|many|most|reports?|informations?|la presse|press)(?![\p{L}])/iu;
const MEDIA_HEAD = /^(?:agence|chaîne|télévision|journal|quotidien|hebdomadaire|site|radio|média|médias|presse|news agency|agency|newspaper|broadcaster|channel|television|daily|outlet)(?![\p{L}])/iu;
const SPOKESPERSON = /^(?:porte-parole|spokes(?:man|woman|person)|responsable|official|représentant|representative)(?![\p{L}])/iu;
const ROLE = /^(?:expert|experte|analyste|spécialiste|chercheur|chercheuse|politologue|professeur|professeure|économiste|historien|historienne|journaliste|avocat|avocate|analyst|researcher|professor|economist|historian|lawyer|général|colonel|commandant|capitaine|général de brigade|député|députée|sénateur|sénatrice|ministre|minister|président|présidente|president|ambassadeur|ambassador|chef|directeur|directrice|director|porte-parole|spokes(?:man|woman|person)|responsable|official)(?![\p{L}])/iu;
const INSTITUTION = /^(?:ministère|ministères|ministry|gouvernement|government|présidence|presidency|armée|army|military|police|état-major|commandement|ambassade|embassy|département|department|office|bureau|parquet|pentagone|pentagon|kremlin|maison[- ]blanche|white house|élysée|elysee|conseil|council|coalition|direction|service|services|commission|onu|otan|nato)(?![\p{L}])/iu;
const UNNAMED = /^(?:sources?|responsables?|officials?|diplomates?|diplomats?|témoins?|witnesses|observateurs|observers|experts?|analystes?|analysts?|habitants|residents|militants|activists|médecins|doctors)(?![\p{L}])/iu;
/** a personal name: capitalised words, with the particles of Arabic, French, Dutch and German names */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|ben|bin|ibn|abu|abou|de|du|van|von|der)[-\s])?\p{Lu}[\p{L}'’-]*){1,3}`;
const TRAILING_NAME = new RegExp(String.raw`(?:^|\s)(${PERSON_NAME})$`, "u");
const APPOSITION_NAME = new RegExp(String.raw`,\s*(${PERSON_NAME})$`, "u");
const WHOLE_NAME = new RegExp(String.raw`^${PERSON_NAME}$`, "u");
const MAX_WORDS = 10;
const ORGANISATION_WORD =
  /(?<![\p{L}])(?:authority|agency|organi[sz]ation|institute|council|commission|committee|office|observatory|foundation|association|union|bank|fund|university|company|group|party|observatoire|organisation|institut|fondation|comité|parti|banque|fonds|université|société|groupe)(?![\p{L}])/iu;

export function describeSource(phrase: string, attribution: Attribution, gazetteer: OutletGazetteer): SourceIdentity | null {
  let text = stripDeterminers(phrase.trim().replace(/\s+/g, " "));
  text = stripDeterminers(text.replace(DOCUMENT, ""));
  if (!text || PRONOUN.test(text)) return null;

  const outlet = matchOutletIn(text, gazetteer);
  if (outlet) return outlet;
  // "à X" and "a rapporté X" only count when X is a medium: "a déclaré à Bagdad" names no source
  if (attribution === "recipient") return null;
  if (attribution === "relayed-by") return MEDIA_HEAD.test(text) ? { name: text, kind: "outlet" } : null;

  const apposition = APPOSITION_NAME.exec(text);
  if (apposition?.[1]) return { name: apposition[1], kind: SPOKESPERSON.test(text) ? "official" : "person" };
  if (ROLE.test(text)) {
    const name = TRAILING_NAME.exec(text)?.[1];
    if (name) return { name, kind: SPOKESPERSON.test(text) ? "official" : "person" };
  }
  if (countWords(text) > MAX_WORDS) return null;
  if (MEDIA_HEAD.test(text)) return { name: text, kind: "outlet" };
  if (INSTITUTION.test(text)) return { name: text, kind: "official" };
  if (UNNAMED.test(text)) return { name: text, kind: "other" };
  if (attribution === "institution-speaks") return { name: text, kind: "official" };
  if (/^\p{Lu}{2,}$/u.test(text) || ORGANISATION_WORD.test(text)) return { name: text, kind: "organisation" };
  if (WHOLE_NAME.test(text)) return { name: text, kind: "person" };
  return /\p{Lu}/u.test(text) ? { name: text, kind: "other" } : null;
}

/** the outlet a phrase names, whole ("l'AFP") or behind a descriptor ("l'agence iranienne Mehr News") */
function matchOutletIn(text: string, gazetteer: OutletGazetteer): SourceIdentity | null {
  const outlet = matchOutlet(gazetteer, text);
  if (!outlet) return null;
  return { name: outlet.name, kind: outlet.kind === "agency" ? "agency" : "outlet" };
}

function stripDeterminers(text: string): string {
  let previous = "";
  let current = text;
  while (current !== previous) {
    previous = current;
    current = current.replace(DETERMINER, "").trim();
  }
  return current;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
