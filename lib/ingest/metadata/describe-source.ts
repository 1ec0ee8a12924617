// What the noun phrase of an attribution names: an outlet from the gazetteer ("l'agence iranienne
// Mehr News" -> Mehr News), a named person behind a role ("l'expert irakien Hicham al-Hachemi"
// -> Hicham al-Hachemi), a spokesperson in apposition ("le porte-parole de M. Narychkine,
// Sergueï Ivanov"), an institution ("le ministère de la Défense irakien", "Iraq's defence
// ministry"), or unnamed sources ("officials", "a Syrian military source").

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
/**
 * Head nouns that make a speaker a source, by kind. Unnamed officials are kept as a source of their
 * own ("officials said"): a claim resting on them is weaker, and that is what a fact-checker compares.
 */
const HEAD_KINDS = new Map<string, CitedSource["kind"]>([
  ...headWords("official", "ministry ministries ministère ministères department département government gouvernement embassy ambassade army armée military police office bureau presidency présidence command commandement prosecutor prosecutors parquet spokesman spokeswoman spokesperson porte-parole official officials responsable responsables authorities autorités pentagon pentagone kremlin élysée état-major coalition"),
  ...headWords("outlet", "media médias television télévision tv radio newspaper newspapers journal journaux quotidien daily broadcaster channel chaîne"),
  ...headWords("organisation", "agency agence authority organisation organization council conseil commission committee comité observatory observatoire institute institut union nations"),
  ...headWords("other", "source sources witness witnesses témoin témoins diplomat diplomats diplomate diplomates resident residents habitant habitants analyst analysts analyste analystes expert experts observer observers observateur observateurs activist activists militant militants doctor doctors médecin médecins"),
]);
const NEWS_AGENCY = /(?:news|press|presse)\s+agency|agence\s+de\s+presse/iu;
/** the head noun comes before these: "spokesman for the ministry", "porte-parole du ministère", "médias d'État" */
const PREPOSITION = /\s+(?:of|for|in|at|from|to|with|on|de|du|des|à|au|aux|en|pour|chez)\s+|\s+d['’]\s?/u;
/** "the ministry said", "la source a ajouté": a bare noun with "the" points back to a source named before */
const ANAPHOR = /^(?:[Tt]he|[Ll]es?|[Ll]a|[Ll]['’])\s*[\p{Ll}-]+$/u;
/** "An Iraqi official, who declined to be named": the clause says nothing of who speaks */
const RELATIVE_CLAUSE = /,?\s+(?:who|which|qui)\s.*$/u;
/** "But officials said", "As the Huffington Post reported": the conjunction is not part of the subject */
const LEADING_CONJUNCTION = /^(?:(?:but|and|or|yet|so|then|later|earlier|meanwhile|separately|now|though|although|as|while|when|whereas|after|before|since|because|if|including|et|mais|ou|car|puis)\s+)+/iu;
/** "la présidence dans un communiqué", "the ministry in a statement": the channel, not the speaker */
const TRAILING_CHANNEL = /\s+(?:dans|in)\s+(?:un|une|son|sa|leur|a|an|its|their|his|her)\s.*$/iu;
/** "The source also said", "The Times first reported", "the department on Monday announced" */
const TRAILING_ADVERB =
  /(?:\s+(?:also|first|later|earlier|previously|initially|separately|independently|again|further|aussi|également|encore|ensuite|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))+$/iu;
/** a verb or a pronoun inside the subject: it is a clause ("Authorities haven't said", "a spokesman for her said she had told") */
const CLAUSE_WORD = /(?:^|\s)(?:was|were|is|are|be|been|has|have|had|haven['’]t|hasn['’]t|hadn['’]t|would|will|could|can|did|does|do|didn['’]t|not|never|said|says|told|he|she|they|we|you|before|after|when|while|because|if|since|though|although|n['’]a|n['’]ont|il|elle|ils|elles)(?=\s|$)/iu;
/** a chairman, a minister or a host speaking is news, not a source, unless a spokesperson speaks for them */
const NEWSMAKER_TITLES = new Set(
  "chairman chairwoman chair chief leader head president minister director secretary governor senator mayor commander general aide adviser advisor candidate founder leaders host anchor columnist commentator editor ministre président présidente directeur directrice chef secrétaire gouverneur sénateur sénatrice maire général conseiller conseillère candidat candidate fondateur fondatrice dirigeant dirigeants".split(" "),
);
const SPOKESPERSON_WORD = /(?:^|\s)(?:spokes(?:man|woman|person)|porte-parole)(?=\s|$)/iu;
/** a personal name: capitalised words, with the particles of Arabic, French, Dutch and German names */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|ben|bin|ibn|abu|abou|de|du|van|von|der)[-\s])?\p{Lu}[\p{L}'’-]*){1,3}`;
const TRAILING_NAME = new RegExp(String.raw`(?:^|\s)(${PERSON_NAME})$`, "u");
const APPOSITION_NAME = new RegExp(String.raw`,\s*(${PERSON_NAME})$`, "u");
const WHOLE_NAME = new RegExp(String.raw`^${PERSON_NAME}$`, "u");
const NAMED_SPOKESPERSON = new RegExp(String.raw`(?:[Ss]pokes(?:man|woman|person)|porte-parole)\s+${PERSON_NAME}$`, "u");
/** "Lis Smith, a spokeswoman for the campaign": the name before its role */
const NAME_THEN_ROLE = new RegExp(String.raw`^(${PERSON_NAME}),\s+(?:a|an|the|un|une|le|la|l['’])\s*(.+)$`, "u");
const MAX_WORDS = 10;
const ORGANISATION_WORD =
  /(?<![\p{L}])(?:authority|agency|organi[sz]ation|institute|council|commission|committee|office|observatory|foundation|association|union|bank|fund|university|company|group|party|observatoire|organisation|institut|fondation|comité|parti|banque|fonds|université|société|groupe)(?![\p{L}])/iu;

export function describeSource(phrase: string, attribution: Attribution, gazetteer: OutletGazetteer): SourceIdentity | null {
  const subject = attribution === "speaker" ? speakerSubject(phrase) : phrase;
  if (subject === null) return null;
  let text = stripDeterminers(subject.trim().replace(/\s+/g, " "));
  text = stripDeterminers(text.replace(DOCUMENT, ""));
  if (!text || PRONOUN.test(text)) return null;
  if (attribution === "speaker") return describeSpeaker(text, gazetteer);

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
  const headKind = kindOfHead(text);
  if (headKind) return { name: text, kind: headKind };
  if (attribution === "institution-speaks") return { name: text, kind: "official" };
  if (/^\p{Lu}{2,}$/u.test(text) || ORGANISATION_WORD.test(text)) return { name: text, kind: "organisation" };
  if (WHOLE_NAME.test(text)) return { name: text, kind: "person" };
  return /\p{Lu}/u.test(text) ? { name: text, kind: "other" } : null;
}

/** the subject of "X said" without its conjunction, relative clause and adverbs; null when it points back or holds a clause */
function speakerSubject(phrase: string): string | null {
  const subject = phrase
    .replace(/\s+/g, " ")
    .replace(RELATIVE_CLAUSE, "")
    .replace(/,\s*$/, "")
    .replace(LEADING_CONJUNCTION, "")
    .replace(TRAILING_CHANNEL, "")
    .replace(TRAILING_ADVERB, "")
    .trim();
  return ANAPHOR.test(subject) || CLAUSE_WORD.test(subject) ? null : subject;
}

/** a speaker is a source when it speaks for others (an institution, its spokesperson, a medium) or is left unnamed */
function describeSpeaker(text: string, gazetteer: OutletGazetteer): SourceIdentity | null {
  const nameFirst = NAME_THEN_ROLE.exec(text);
  if (nameFirst?.[1] && nameFirst[2]) return namedBehindRole(nameFirst[1], nameFirst[2]);
  const apposition = APPOSITION_NAME.exec(text);
  if (apposition?.[1]) return namedBehindRole(apposition[1], text.slice(0, apposition.index));
  const speaksForSomeone = SPOKESPERSON_WORD.test(text);
  if (!speaksForSomeone && text.toLowerCase().split(" ").some((word) => NEWSMAKER_TITLES.has(word))) return null;
  if (NAMED_SPOKESPERSON.test(text)) return { name: text, kind: "official" };
  if (countWords(text) > MAX_WORDS) return null;
  const outlet = matchOutletIn(text, gazetteer);
  if (outlet) return outlet;
  const kind = kindOfHead(text);
  return kind ? { name: text, kind } : null;
}

/** "Pavel Smirnov" behind "a spokesman for the service": the role decides whether the name is a source */
function namedBehindRole(name: string, role: string): SourceIdentity | null {
  if (!SPOKESPERSON_WORD.test(role) && role.toLowerCase().split(/\s+/).some((word) => NEWSMAKER_TITLES.has(word))) return null;
  const kind = kindOfHead(role);
  return kind ? { name, kind: kind === "official" ? "official" : "person" } : null;
}

/** the kind of the head noun: last before a preposition in English ("Iraq's defence ministry"), first in French ("armée syrienne") */
function kindOfHead(text: string): CitedSource["kind"] | null {
  const core = text.split(PREPOSITION)[0]!.trim();
  if (NEWS_AGENCY.test(core)) return "outlet";
  const words = core.toLowerCase().split(/\s+/);
  return HEAD_KINDS.get(words.at(-1)!) ?? HEAD_KINDS.get(words[0]!) ?? null;
}

function headWords(kind: CitedSource["kind"], words: string): [string, CitedSource["kind"]][] {
  return words.split(" ").map((word) => [word, kind]);
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
