// Organisations an article names: ministries, armed forces, intelligence services, news
// agencies, international bodies and armed groups (listed, or told by the words around an unknown
// name: group-names.ts), French or English, each with an id that a French and an English article
// share ("org:iq:ministry-of-defence", "org:sana").

import type { AnalyseOptions, OrganisationMention, PlaceMention } from "../types.ts";
import { groupMention } from "./group-names.ts";
import { findNamedOrganisations, isOrganisationName } from "./named-organisations.ts";
import { findOrganisationPhrases } from "./organisation-phrases.ts";
import { findNameRuns } from "./person-names.ts";
import { loadPlaceIndex } from "./place-index.ts";
import { tokenize } from "./tokenize.ts";

export function findOrganisations(options: AnalyseOptions, places: PlaceMention[]): OrganisationMention[] {
  const { text } = options;
  const tokens = tokenize(text);
  const phrases = findOrganisationPhrases(text, tokens, places);
  // a name inside a phrase ("(SVR)" in "Service des renseignements extérieurs (SVR) de Russie")
  // is part of that mention, not a second one
  const named = findNamedOrganisations(text, tokens).filter((name) => !phrases.some((phrase) => phrase.start <= name.start && name.end <= phrase.end));
  const known = [...phrases, ...named];
  // groups no gazetteer lists, told from people by the words around their name
  const groups = findNameRuns(text, tokens, places, (key) => isOrganisationName(key) || loadPlaceIndex().multiWordTowns.has(key))
    .flatMap((run) => (run.group ? [groupMention(text, tokens[run.first]!, tokens[run.last]!, run.group)] : []))
    .filter((group) => !known.some((mention) => mention.start < group.end && group.start < mention.end));
  return fillCountries([...known, ...groups].sort((a, b) => a.start - b.start));
}

/**
 * "le ministère des Renseignements" names no country; when the same article names that kind of
 * organisation for exactly one country elsewhere ("ministère iranien des Renseignements"), the
 * bare phrase means that one.
 */
function fillCountries(mentions: OrganisationMention[]): OrganisationMention[] {
  const countriesOf = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (!mention.country) continue;
    const kind = mention.id.split(":").slice(2).join(":");
    if (!countriesOf.has(kind)) countriesOf.set(kind, new Set());
    countriesOf.get(kind)!.add(mention.country);
  }
  return mentions.map((mention) => {
    if (mention.country || !mention.id.startsWith("org:") || mention.id.split(":").length !== 2) return mention;
    const kind = mention.id.slice("org:".length);
    const found = countriesOf.get(kind);
    const match = found?.size === 1 ? mentions.find((other) => other.country && other.id.endsWith(`:${kind}`)) : undefined;
    return match ? { ...mention, id: match.id, name: match.name, country: match.country } : mention;
  });
}
