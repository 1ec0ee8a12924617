// Verbs of saying, French and English, in the shapes news attributes quotes with: before the
// quote ("X a déclaré :"), after it by inversion ("», a déclaré X", "», s'est-il félicité"), as a
// participle continuing the previous speaker ("ajoutant :", "Et de poursuivre :") and "selon X".

const FRENCH_PARTICIPLES =
  "déclaré|souligné|indiqué|expliqué|réaffirmé|affirmé|ajouté|précisé|assuré|estimé|insisté|réitéré|annoncé|dit|" +
  "confié|rappelé|martelé|averti|évoqué|commenté|noté|jugé|poursuivi|répondu|prévenu|dénoncé|relevé|confirmé|" +
  "reconnu|conclu|observé|lancé|fait savoir|fait valoir|signalé|soutenu|démenti|déploré|répété|écrit|raconté|admis";
const FRENCH_REFLEXIVE = "félicité|félicitée|réjoui|réjouie|dit|dite|exclamé|exclamée|interrogé|interrogée|inquiété|inquiétée";
const FRENCH_PRESENT = "déclare|affirme|souligne|indique|explique|ajoute|précise|estime|assure|insiste|rappelle|dit|note|martèle";
const ENGLISH =
  "said|says|told|tells|added|adds|stressed|noted|explained|warned|declared|insisted|asserted|stated|announced|" +
  "argued|wrote|reiterated|emphasized|emphasised|claimed|confirmed|continued|remarked|replied|recalled|commented|acknowledged";
const ADVERBIAL = String.raw`(?:\s+[\p{L}'’]+,?){0,4}?`;

/**
 * A verb of saying. Groups: `pronoun` when the subject is an inverted pronoun ("a-t-il",
 * "s'est-elle"), `continuing` for "ajoutant", "Et de poursuivre" (same speaker as before).
 */
export const SPEECH_VERB = new RegExp(
  [
    // "a déclaré", "a par ailleurs évoqué", "a de son côté, déclaré", "a-t-il réitéré", "ont affirmé"
    String.raw`(?<![\p{L}\d])(?:a|ont|avait|avaient)(?:-t-(?<pronoun>il|elle|ils|elles))?${ADVERBIAL}\s+(?:${FRENCH_PARTICIPLES})(?![\p{L}\d])`,
    // "s'est-il félicité", "s'est dit favorable"
    String.raw`(?<![\p{L}\d])s['’](?:est|sont)(?:-(?<reflexivePronoun>il|elle|ils|elles))?\s+(?:${FRENCH_REFLEXIVE})(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])(?:${FRENCH_PRESENT})(?:-t-(?<presentPronoun>il|elle))?(?![\p{L}\d])`,
    String.raw`(?<continuing>(?<![\p{L}\d])(?:ajoutant|poursuivant|précisant|soulignant|concluant|adding|continuing)(?![\p{L}\d])|(?<![\p{L}\d])[Ee]t\s+(?:de\s+|d['’])(?:poursuivre|ajouter|conclure|préciser|souligner|insister))`,
    String.raw`(?<![\p{L}\d])(?:estimant|affirmant|expliquant|indiquant|déclarant|assurant|insistant|estimating|saying|stressing|warning|noting)(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])(?:${ENGLISH})(?![\p{L}\d])`,
  ].join("|"),
  "giu",
);

/** "selon l'expert irakien X", "according to X": the source is the speaker */
export const ACCORDING_TO = /(?<![\p{L}\d])(?:selon|d['’]après|according to)\s+/giu;

/** a speaker phrase after an inverted verb ends at these: "…, Wei Fenghe, lors d'une rencontre" */
// a full stop after a title or initial ("M.", "Lt.", "J.") does not end the phrase
export const PHRASE_END = /\s(?:lors|pendant|durant|devant|à l['’]issue|au cours|dans|during|in an?|at an?|after|before|on|to|à|au|en)\s|(?<!(?:^|[\s(])(?:\p{Lu}|Mme|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Pr|Me))[.!?]|[;:\n«"“]/iu;

export interface SpeechVerb {
  start: number;
  end: number;
  pronoun: boolean;
  continuing: boolean;
}

export function speechVerbs(text: string): SpeechVerb[] {
  return [...text.matchAll(SPEECH_VERB)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    pronoun: Boolean(match.groups?.pronoun ?? match.groups?.reflexivePronoun ?? match.groups?.presentPronoun),
    continuing: Boolean(match.groups?.continuing),
  }));
}
