// How French and English news copy names who told it something. Each pattern captures a noun
// phrase (group "who"), after its keyword or, with `whoBefore`, just before it;
// extract-cited-sources.ts decides what the phrase names. Patterns start with a literal keyword
// (no lookbehind: V8 then scans for the keyword fast; the caller checks the word boundary) and
// use bounded repeats only, so they stay linear on any input.

export type Attribution =
  /** "selon X", "according to X", "d'après X": X is the source */
  | "according-to"
  /** "a indiqué à l'IRNA", "told Reuters", "le correspondant de l'IRNA": X received the words (kept only for outlets) */
  | "recipient"
  /** "a rapporté l'agence SANA", "Xinhua reported", "cité par X": X is a medium relaying (kept only for media) */
  | "relayed-by"
  /** "Le ministère de la Défense irakien a indiqué", "The ministry said": X, an institution or its spokesperson, speaks */
  | "institution-speaks"
  /** "X said in a statement" */
  | "statement";

export interface AttributionPattern {
  attribution: Attribution;
  regex: RegExp;
  /** skip the regex when none of these strings occurs in the text (a cheap pre-filter) */
  gate?: string[];
  /** the phrase ends right before the keyword: this regex, anchored at the end, finds it in the preceding text */
  whoBefore?: RegExp;
  /** the phrase must begin a sentence (checked on the text before it, cheaper than a lookbehind) */
  sentenceStart?: boolean;
}

/** a noun phrase: up to the next punctuation, at most 90 characters; "M." and initials keep their period */
const PHRASE = String.raw`(?:[^.,;:!?«»"“”()\[\]\n]|(?<=(?:^|[\s'’])\p{Lu})\.){2,90}?`;
/** a phrase that may hold an apposition: "le porte-parole de M. Narychkine, Sergueï Ivanov" */
const PHRASE_WITH_COMMA = String.raw`(?:[^.;:!?«»"“”()\[\]\n]|(?<=(?:^|[\s'’])\p{Lu})\.){2,110}?`;
/** where a phrase after "selon" or "according to" stops */
const PHRASE_END = String.raw`(?=\s*[.,;:!?«»"“”()\[\]\n]|\s+(?:qui|que|qu['’]|dont|selon|who|which|that|said|says)\s|$)`;

const FR_REPORTING = String.raw`(?:indiqué|déclaré|affirmé|annoncé|précisé|rapporté|souligné|expliqué|confirmé|ajouté|assuré|estimé|commenté|fait savoir|rappelé|communiqué|démenti|averti|dit|révélé|signalé|confié|raconté)`;
const FR_REPORTING_ANY_TENSE = String.raw`(?:rapport(?:e|é|ait)|annon(?:ce|cé|çait)|indiqu(?:e|é|ait)|précis(?:e|é|ait)|affirm(?:e|é|ait)|ajout(?:e|é|ait)|écri(?:t|vait)|soulign(?:e|é|ait))`;
const EN_REPORTING = String.raw`(?:said|says|announced|stated|reported|confirmed|added|told|warned|noted|denied)`;
const AUXILIARY = String.raw`(?:a|ont|avait|avaient|aurait|auraient)`;
/** a short word between the auxiliary and the participle or after it: "a aussi indiqué samedi" */
const FILLER = String.raw`(?:\s+(?:[\p{Ll}-]{1,14}|-t-(?:il|elle|on)))`;

/** words opening a phrase that names an institution speaking for itself (a minister speaking is news, not a source) */
const INSTITUTION_HEADS = eitherInitial([
  "ministère", "ministères", "gouvernement", "porte-parole", "présidence", "armée", "police", "bureau", "service", "services",
  "commandement", "état-major", "parquet", "ambassade", "département", "conseil", "coalition", "direction", "Pentagone",
  "Kremlin", "Maison-Blanche", "Maison Blanche", "Élysée", "Elysée", "ONU", "Otan", "OTAN",
]);
const EN_INSTITUTION_HEADS = eitherInitial([
  "ministry", "department", "government", "embassy", "army", "military", "police", "office", "agency", "commission",
  "council", "spokesman", "spokeswoman", "spokesperson", "Pentagon", "Kremlin", "White House", "State Department", "Foreign Office",
]);

export const ATTRIBUTION_PATTERNS: AttributionPattern[] = [
  {
    attribution: "according-to",
    regex: new RegExp(String.raw`(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to)\s+(?<who>${PHRASE})${PHRASE_END}`, "gu"),
  },
  {
    attribution: "relayed-by",
    regex: new RegExp(
      String.raw`(?:cité(?:e|s|es)? par|citant|relayé(?:e|s|es)? par|rapporté(?:e|s|es)? par|quoted by|cited by|reported by|citing)\s+(?<who>${PHRASE})${PHRASE_END}`,
      "gu",
    ),
  },
  {
    // "a indiqué samedi à l'IRNA", "a-t-il déclaré à la chaîne X" (the participle is the keyword: "a" is everywhere)
    attribution: "recipient",
    regex: new RegExp(String.raw`${FR_REPORTING}${FILLER}{0,2}\s+(?:à|au|aux)\s+(?<who>${PHRASE})${PHRASE_END}`, "gu"),
  },
  {
    // "le correspondant de l'IRNA", "interrogé par Al-Mayadeen", "dans un entretien accordé à France 24", "told Reuters"
    attribution: "recipient",
    regex: new RegExp(
      String.raw`(?:correspondante?s?|envoyée?s? spéciale?s?|interrogée?s? par|entretien (?:accordé )?(?:à|au|avec)|interview (?:accordée? )?(?:à|au|avec|with)|told|speaking to|interviewed by)\s+(?:de |du |des |d['’]\s?)?(?<who>${PHRASE})${PHRASE_END}`,
      "gu",
    ),
  },
  {
    // inverted subject: "a rapporté l'agence de presse SANA", ", rapporte l'AFP"
    attribution: "relayed-by",
    regex: new RegExp(String.raw`${FR_REPORTING_ANY_TENSE}${FILLER}{0,1}\s+(?<who>(?:l['’]\s?|le |la )${PHRASE})${PHRASE_END}`, "gu"),
  },
  {
    // "Xinhua reported", "state news agency IRNA reported", "Tasnim rapporte"
    attribution: "relayed-by",
    gate: ["reported", "quoted", "rapport"],
    regex: /(?:news agency\s+|agency\s+)?(?:reported|quoted|rapporte|a rapporté|rapportait)(?![\p{L}])/gu,
    whoBefore: /(?<who>(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}'’&.-]*)\s+$/u,
  },
  {
    // "Le ministère de la Défense irakien a indiqué", "Le porte-parole de M. Narychkine, Sergueï Ivanov a commenté"
    attribution: "institution-speaks",
    sentenceStart: true,
    gate: [" a ", " ont ", " avait ", " avaient "],
    regex: new RegExp(String.raw`(?:L['’]\s?|Le |La |Les )(?<who>${INSTITUTION_HEADS}${PHRASE_WITH_COMMA})\s+${AUXILIARY}${FILLER}{0,3}\s+${FR_REPORTING}(?![\p{L}])`, "gu"),
  },
  {
    // "The Iraqi Defence Ministry said", "The State Department announced"
    attribution: "institution-speaks",
    sentenceStart: true,
    gate: ["The "],
    regex: new RegExp(
      String.raw`The\s+(?<who>[^.;:!?"“”()\n]{0,60}?${EN_INSTITUTION_HEADS}(?:\s+of\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})?)\s+${EN_REPORTING}(?![\p{L}])`,
      "gu",
    ),
  },
  {
    // "Smith said in a statement", "The ministry said in a statement"
    attribution: "statement",
    gate: [" statement"],
    regex: /(?:said|says|added) in a (?:written )?statement/gu,
    whoBefore: /(?<who>\p{Lu}[^.,;:!?"“”()\n]{1,90}?)\s+$/u,
  },
];

/** "ministère" -> "[mM]inistère": headings capitalise the first letter, prose does not */
function eitherInitial(words: string[]): string {
  const alternatives = words.map((word) => {
    const first = word[0]!;
    const rest = word.slice(1).replace(/ /g, String.raw`\s+`);
    return first.toLowerCase() === first.toUpperCase() ? word : `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
  });
  return `(?:${alternatives.join("|")})`;
}
