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
  | "statement"
  /**
   * "Iraq's defence ministry said", "officials told reporters", ", a indiqué un porte-parole du
   * ministère": X speaks; kept only when its head noun is an institution, a spokesperson, a medium
   * or unnamed officials and sources (a named newsmaker's own words are news, not a source)
   */
  | "speaker";

export interface AttributionPattern {
  attribution: Attribution;
  regex: RegExp;
  /** skip the regex when none of these strings occurs in the text (a cheap pre-filter) */
  gate?: string[];
  /** the phrase ends right before the keyword: this regex, anchored at the end, finds it in the preceding text */
  whoBefore?: RegExp;
  /** the phrase must begin a sentence (checked on the text before it, cheaper than a lookbehind) */
  sentenceStart?: boolean;
  /** the text just before the match (or, with `whoBefore`, the phrase) must end with this; the start of the text passes */
  preceding?: RegExp;
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
/** present-tense verbs of an incise: "…, indique le ministère", "…, rapportent les médias" */
const FR_REPORTING_PRESENT = String.raw`(?:indique|déclare|affirme|annonce|précise|rapporte|souligne|explique|confirme|ajoute|assure|estime)(?:nt)?`;
const AUXILIARY = String.raw`(?:a|ont|avait|avaient|aurait|auraient)`;
/** a short word between the auxiliary and the participle or after it: "a aussi indiqué samedi" */
const FILLER = String.raw`(?:\s+(?:[\p{Ll}-]{1,14}|-t-(?:il|elle|on)))`;
/** after an incise's verb: "affirme que le gouvernement…" opens a clause, not a subject */
const FILLER_NOT_QUE = String.raw`(?:\s+(?!que(?![\p{L}]))[\p{Ll}-]{1,14})`;

/** words opening a phrase that names an institution speaking for itself (a minister speaking is news, not a source) */
const INSTITUTION_HEADS = eitherInitial([
  "ministère", "ministères", "gouvernement", "porte-parole", "présidence", "armée", "police", "bureau", "service", "services",
  "commandement", "état-major", "parquet", "ambassade", "département", "conseil", "coalition", "direction", "Pentagone",
  "Kremlin", "Maison-Blanche", "Maison Blanche", "Élysée", "Elysée", "ONU", "Otan", "OTAN",
]);
/** "Pavel Smirnov" in "A spokesman for the service, Pavel Smirnov, said" */
const APPOSED_NAME = String.raw`,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
/** one clause of an English subject: no punctuation, no dash */
const CLAUSE_CHARS = String.raw`[^,;:.!?«»"“”()\[\]\n—–]`;
/**
 * The English subject before "said": one clause ("Iraq's defence ministry"); a role with a name in
 * apposition ("A spokesman for the service, Pavel Smirnov,"); a name with its role ("Lis Smith, a
 * spokeswoman for the campaign,"); or a subject and a relative clause ("An official, who declined
 * to be named,"). A comma before the verb is taken only after the last three, where it closes them.
 */
const SPEAKER_BEFORE = new RegExp(
  String.raw`(?<who>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+(?:a|an|the)\s+${CLAUSE_CHARS}{2,80}?,|[\p{L}\p{N}]${CLAUSE_CHARS}{0,80}?(?:(?:,\s+(?:who|which)\s${CLAUSE_CHARS}{1,60}|${APPOSED_NAME}),)?)\s+$`,
  "u",
);
/** where a clause begins: wire copy puts the speaker after the reported words ("…, officials said") */
const CLAUSE_START = /[\n.!?»"”,;:—–]\s*$|\s-\s*$/u;
/** an incise: the verb follows a comma or a closing quote and its subject comes after it */
const FR_INCISE = new RegExp(String.raw`[,»"”]\s*(?:${AUXILIARY}(?:\s+\p{Ll}{1,14})?\s+)?$`, "u");

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
    regex: new RegExp(String.raw`${FR_REPORTING_ANY_TENSE}(?:nt)?${FILLER}{0,1}\s+(?<who>(?:l['’]\s?|le |la |les )${PHRASE})${PHRASE_END}`, "gu"),
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
    // "…, a indiqué un porte-parole du ministère", "…, ont indiqué des sources sécuritaires" (media: the pattern above)
    attribution: "speaker",
    preceding: FR_INCISE,
    regex: new RegExp(
      String.raw`(?:${FR_REPORTING}|${FR_REPORTING_PRESENT})${FILLER_NOT_QUE}{0,1}\s+(?<who>(?:un |une |le |la |les |des |l['’]\s?)${PHRASE}(?:${APPOSED_NAME})?)${PHRASE_END}`,
      "gu",
    ),
  },
  {
    // "…, Iraq's defence ministry said", "The State Department announced", "officials told reporters"
    attribution: "speaker",
    preceding: CLAUSE_START,
    regex: new RegExp(String.raw`${EN_REPORTING}(?![\p{L}])`, "gu"),
    whoBefore: SPEAKER_BEFORE,
  },
  {
    // "“…,” said a spokesman for the ministry" (after a quote only: ", said the organisation was" is a clause)
    attribution: "speaker",
    preceding: /["”]\s*$/u,
    gate: ["said ", "says "],
    regex: new RegExp(String.raw`(?:said|says)\s+(?<who>(?:the|a|an)\s+${PHRASE})${PHRASE_END}`, "gu"),
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
