// Parallax's people and places in a document, and mention-level precision / recall / F1 against
// gold spans: exact (same start and end) and lenient (one-to-one pairs sharing a capitalised
// word: "Malibu" inside ECB+'s "the Promises Treatment Center in Malibu, California" counts once).
import { foldText } from "../../lib/ingest/clean/fold-text.ts";
import { findOrganisations } from "../../lib/nlp/entities/find-organisations.ts";
import { findPeople } from "../../lib/nlp/entities/find-people.ts";
import { findPlaces } from "../../lib/nlp/entities/find-places.ts";
import { isPronounMention } from "../../lib/nlp/entities/resolve-pronoun.ts";
import type { EntityDocument, EntityType, GoldEntity } from "./entities-data.ts";

export interface Predicted {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

export interface Counts {
  predicted: number;
  gold: number;
  exact: number;
  lenient: number;
}

export interface FindOptions {
  /** count organisations as people (ECB+ HUMAN holds groups acting as people) */
  organisationsAsPeople?: boolean;
}

/** Names only: pronouns ("il", "she") and a role repeated without the name are not named entities. */
export function findEntities(document: EntityDocument, { organisationsAsPeople = false }: FindOptions = {}): Predicted[] {
  const options = { text: document.text, language: document.language, published: null };
  const places = findPlaces(options);
  const people = findPeople(options, places).filter((mention) => !isPronounMention(mention) && !(mention.roleSpan && mention.roleSpan.start === mention.start && mention.roleSpan.end === mention.end));
  const organisations = organisationsAsPeople ? findOrganisations(options, places) : [];
  const predicted: Predicted[] = [
    ...people.map((mention) => ({ type: "PER" as const, start: mention.start, end: mention.end, text: mention.text })),
    ...organisations.map((mention) => ({ type: "PER" as const, start: mention.start, end: mention.end, text: mention.text })),
    ...places.filter((mention) => mention.via !== "demonym").map((mention) => ({ type: "LOC" as const, start: mention.start, end: mention.end, text: mention.text })),
  ];
  return predicted.filter((mention) => document.scored.some(([start, end]) => mention.start >= start && mention.end <= end));
}

export function countMatches(predicted: Predicted[], gold: GoldEntity[], type: EntityType): Counts {
  const ours = predicted.filter((mention) => mention.type === type);
  const theirs = gold.filter((mention) => mention.type === type);
  const exactKeys = new Set(theirs.map((mention) => `${mention.start}:${mention.end}`));
  const exact = new Set(ours.map((mention) => `${mention.start}:${mention.end}`).filter((key) => exactKeys.has(key))).size;
  const used = new Set<number>();
  let lenient = 0;
  for (const mention of ours) {
    const words = new Set(capitalisedWords(mention));
    const match = theirs.findIndex((gold, index) => !used.has(index) && gold.start < mention.end && mention.start < gold.end && capitalisedWords(gold).some((word) => words.has(word)));
    if (match >= 0) {
      used.add(match);
      lenient += 1;
    }
  }
  return { predicted: ours.length, gold: theirs.length, exact, lenient };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, exact: a.exact + b.exact, lenient: a.lenient + b.lenient };
}

export const NO_COUNTS: Counts = { predicted: 0, gold: 0, exact: 0, lenient: 0 };

export function prf(matched: number, counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted ? matched / counts.predicted : 0;
  const recall = counts.gold ? matched / counts.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** OCR capitals ("RENNES") and accents aside, a name word is the same word */
function capitalisedWords(mention: { text: string }): string[] {
  return (mention.text.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? []).map((word) => foldText(word));
}
