// The words that announce an event in French and English news: verbs ("se sont réunis",
// "s'est rendu", "a convenu", "met", "visited") and nouns ("la réunion", "leur rencontre",
// "talks", "phone call"). Each gives an event kind; build-claims groups them into events.

import type { EventKind } from "./types.ts";

export interface EventTrigger {
  kind: EventKind;
  start: number;
  end: number;
  text: string;
  /** "a reçu", "hosted": the subject is the host of the event */
  hosting: boolean;
}

const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const AUX = String.raw`(?:a|ont|avait|avaient|aurait|auraient|avoir)`;
const REFLEXIVE = String.raw`(?:s['’](?:est|était|étaient)|se sont|se seraient|s['’]être)`;
const PARTICIPLE_ENDING = String.raw`(?:e|s|es)?`;
/** "s'est également rendu", "a par ailleurs rencontré", "has also met" */
const ADVERB = String.raw`(?:\s+(?:\p{L}+ment|aussi|déjà|ensuite|enfin|encore|alors|par ailleurs|de son côté|also|later|then|already))?`;

interface Pattern {
  kind: EventKind;
  pattern: string;
  hosting?: boolean;
}

// Order matters: the call patterns come before the meeting ones so that "entretien téléphonique"
// is a call, not a meeting; overlapping later matches are dropped.
const PATTERNS: Pattern[] = [
  { kind: "call", pattern: String.raw`(?:entretien|conversation|appel|échange)s? téléphoniques?|(?:au|par) téléphone|(?:tele)?phone (?:call|conversation|talks?)s?|(?:spoke|talked|spoken) (?:by|on the) (?:tele)?phone` },
  { kind: "meeting", hosting: true, pattern: String.raw`${AUX}${ADVERB} (?:reçu|accueilli)|reçoit|reçoivent|(?:has |had |have )?(?:received|hosted|welcomed)|hosts|receives` },
  {
    kind: "meeting",
    pattern: [
      String.raw`${REFLEXIVE}${ADVERB} (?:réuni|rencontré|entretenu|tenu|retrouvé)${PARTICIPLE_ENDING}`,
      String.raw`${AUX}${ADVERB} (?:rencontré|discuté|tenu des (?:entretiens|pourparlers|discussions|consultations))`,
      String.raw`(?:a|ont) eu lieu`,
      String.raw`réunions?|rencontres?|entretiens?|pourparlers|sommets?`,
      String.raw`met|meets|meeting|meetings|talks|summit|convened|gathered|conferred|discussed|held discussions`,
    ].join("|"),
  },
  {
    kind: "visit",
    pattern: [
      String.raw`${REFLEXIVE}${ADVERB} rendu${PARTICIPLE_ENDING}|(?:est|sont)${ADVERB} (?:arrivé|arrivée|arrivés|en visite)|${AUX}${ADVERB} visité`,
      String.raw`visites?|voyages?|déplacements?|tournées?`,
      String.raw`visit|visits|visited|visiting|arrived in|trips?|travell?ed to`,
    ].join("|"),
  },
  {
    kind: "agreement",
    pattern: String.raw`${AUX} (?:convenu|signé|conclu)|(?:sont|se sont) (?:convenus|mis d['’]accord)|agreed|signed|reached an? (?:agreement|deal)`,
  },
  {
    kind: "attack",
    pattern: [
      String.raw`${AUX} (?:frappé|attaqué|bombardé|tiré|pilonné|commis (?:\p{L}+ ){0,3}attaques?)`,
      String.raw`attaques?|frappes?|attentats?|bombardements?|raids?`,
      String.raw`attacks?|attacked|strikes?|struck|shelled|bombed|bombings?|airstrikes?|air strikes?`,
    ].join("|"),
  },
  { kind: "deployment", pattern: String.raw`déploiements?|${AUX} déployé|deploy(?:ed|ment|s)?` },
];

const SCANNERS = PATTERNS.map((entry) => ({ ...entry, regex: new RegExp(`${W}(?:${entry.pattern})${E}`, "giu") }));

/** "se réunissent régulièrement", "continue de mener des attaques", "meet every year": a habit, not one event */
const HABITUAL = /(?<![\p{L}])(?:régulièrement|chaque (?:année|mois|semaine)|tous les ans|continuen?t? (?:de|d['’])|regularly|every (?:year|month|week)|usually|habituellement|continues? to)(?![\p{L}])/iu;
/** how far from a trigger a habit marker still governs it */
const HABIT_REACH = 40;

export function findEventTriggers(sentence: string, offset: number): EventTrigger[] {
  const found: EventTrigger[] = [];
  for (const scanner of SCANNERS) {
    for (const match of sentence.matchAll(scanner.regex)) {
      const around = sentence.slice(Math.max(0, match.index - HABIT_REACH), match.index + match[0].length + HABIT_REACH);
      if (HABITUAL.test(around)) continue;
      const start = offset + match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ kind: scanner.kind, start, end, text: match[0], hosting: scanner.hosting ?? false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** meetings, visits and agreements of the same people are facets of one event; calls, attacks and deployments are their own */
export function kindFamily(kind: EventKind): string {
  return kind === "meeting" || kind === "visit" || kind === "agreement" || kind === "statement" ? "diplomatic" : kind;
}
