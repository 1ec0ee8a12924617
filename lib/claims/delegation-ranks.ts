// The rank of whoever heads a delegation or chairs a meeting, French and English, as one key:
// "les adjoints des chefs d'état-major" and "deputy chiefs of staff" are both
// deputy-chief-of-staff. The level of a delegation is what outlets disagree on ("chefs
// militaires" vs "adjoints"), so the comparison needs it typed. Ordered most specific first.

import { foldText } from "../ingest/clean/fold-text.ts";

export interface Rank {
  key: string;
  /** English, for the reviewer and for comparing with English sources */
  label: string;
}

const RANKS: Array<Rank & { pattern: RegExp }> = [
  {
    key: "deputy-chief-of-staff",
    label: "deputy chief of staff",
    pattern: /\b(?:adjoints? (?:du|des) chefs? d'etat-major|chefs? d'etat-major adjoints?|sous-chefs? d'etat-major|(?:deputy|vice) chiefs? of (?:the )?(?:general |joint )?staffs?)\b/,
  },
  { key: "chief-of-staff", label: "chief of staff", pattern: /\b(?:chefs? d'etat-major|chiefs? of (?:the )?(?:general |joint |army )?staffs?)\b/ },
  {
    key: "deputy-defence-minister",
    label: "deputy defence minister",
    pattern: /\b(?:vice-ministres?|ministres? adjoints?|secretaires? d'etat) (?:\p{L}+ )?de la defense\b|\b(?:deputy|vice) (?:defen[cs]e ministers?|ministers? of defen[cs]e)\b/u,
  },
  {
    key: "defence-minister",
    label: "defence minister",
    pattern: /\bministres? (?:\p{L}+ )?de la defense\b|\bdefen[cs]e ministers?\b|\bministers? of defen[cs]e\b|\bdefen[cs]e secretary\b/u,
  },
  {
    key: "deputy-foreign-minister",
    label: "deputy foreign minister",
    pattern: /\b(?:vice-ministres?|ministres? adjoints?) (?:\p{L}+ )?des affaires etrangeres\b|\b(?:deputy|vice) (?:foreign ministers?|ministers? of foreign affairs)\b/u,
  },
  {
    key: "foreign-minister",
    label: "foreign minister",
    pattern: /\bministres? (?:\p{L}+ )?des affaires etrangeres\b|\bchefs? de la diplomatie\b|\bforeign ministers?\b|\bministers? of foreign affairs\b|\bsecretary of state\b/u,
  },
  { key: "military-attache", label: "military attaché", pattern: /\battaches? (?:militaires?|de defense)\b|\b(?:military|defen[cs]e) attaches?\b/ },
  {
    key: "intelligence-chief",
    label: "intelligence chief",
    pattern: /\b(?:chef|directeur|responsable|patron)s? (?:\p{L}+ ){0,2}(?:du|des) (?:services? (?:du |de )?)?renseignements?\b|\b(?:head|chief|director)s? of (?:\p{L}+ ){0,2}intelligence\b|\bintelligence (?:chief|director)s?\b/u,
  },
  { key: "parliament-speaker", label: "speaker of parliament", pattern: /\bpresidents? du parlement\b|\b(?:parliament(?:ary)? speaker|speaker of (?:the )?(?:parliament|majlis))\b/ },
  { key: "prime-minister", label: "prime minister", pattern: /\bpremiers? ministres?\b|\bprime ministers?\b/ },
  // "président syrien", "le président Assad", "President Raisi": any word but a preposition after it
  { key: "head-of-state", label: "head of state", pattern: /\bpresidents? (?!(?:du|de|des|d|of|the)\b)[a-z]{3,}/ },
  { key: "ambassador", label: "ambassador", pattern: /\bambassadeurs?\b|\bambassadors?\b/ },
  { key: "envoy", label: "envoy", pattern: /\b(?:envoyes? speciaux?|emissaires?)\b|\b(?:special )?envoys?\b/ },
  { key: "general", label: "general", pattern: /\bgenera(?:l|ux)\b|\bgenerals?\b/ },
];

/** the most specific rank named in a phrase, or null */
export function findRank(phrase: string): Rank | null {
  const folded = foldText(phrase);
  for (const rank of RANKS) if (rank.pattern.test(folded)) return { key: rank.key, label: rank.label };
  return null;
}
