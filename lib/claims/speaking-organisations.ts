// Organisations that speak in the article as its sources: "the White Helmets civil defence group
// said", "Jaish al-Izza rebels told reporters", "selon le groupe Jaich al-Izza". Ingest's source
// patterns recognise a speaker by its head noun ("ministry", "agency", "observatory"); the
// organisations lib/nlp names (listed, or told by the words around their name) speak too.

import type { CitedSource } from "../ingest/types.ts";
import { ACCORDING_TO, speechVerbs } from "../nlp/quotes/speech-verbs.ts";
import type { ArticleAnalysis, OrganisationMention } from "../nlp/types.ts";

/** between the name and its verb: what it is ("civil defence group") and an adverb, nothing else */
const SUBJECT_TO_VERB = /^(?:\s+[\p{Ll}-]+){0,4}\s+$/u;
/** between "according to" / "selon" and the name: an article, and the French kind noun ("selon le groupe X") */
const AFTER_ACCORDING_TO = /^(?:(?:the|le|la|les)\s+|l['’]\s*|du\s+|des\s+)?(?:(?:groupe|organisation|ong|mouvement|milice)\s+)?$/iu;
/**
 * Ministries, armies, services and media have head nouns ingest knows: when it did not cite them,
 * it had a reason ("les forces armées syriennes ont affirmé" is a party speaking). Groups and
 * international bodies are named by names, which no head-noun pattern can know.
 */
const NAMED_BY_NAME: ReadonlySet<OrganisationMention["orgType"]> = new Set(["other", "armed-group", "international"]);

export function speakingOrganisations(text: string, analysis: ArticleAnalysis): CitedSource[] {
  const verbs = speechVerbs(text).filter((verb) => !verb.continuing && !verb.pronoun);
  const accordingTo = [...text.matchAll(ACCORDING_TO)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const quoted = analysis.quotes.filter((quote) => quote.direct);
  const sources: CitedSource[] = [];
  for (const organisation of analysis.organisations) {
    if (!NAMED_BY_NAME.has(organisation.orgType) || quoted.some((quote) => organisation.start > quote.start && organisation.end < quote.end)) continue;
    const verb = verbs.find((candidate) => candidate.start >= organisation.end && candidate.start - organisation.end <= 60 && SUBJECT_TO_VERB.test(text.slice(organisation.end, candidate.start)));
    const according = accordingTo.find(({ end }) => end <= organisation.start && organisation.start - end <= 20 && AFTER_ACCORDING_TO.test(text.slice(end, organisation.start)));
    if (!verb && !according) continue;
    // the span runs from the name to its verb, or from "selon" to the name, as ingest's spans do
    const start = verb ? organisation.start : according!.start;
    const end = verb ? verb.end : organisation.end;
    sources.push({ name: organisation.name, kind: "organisation", quote: text.slice(start, end), start, end });
  }
  return sources;
}
