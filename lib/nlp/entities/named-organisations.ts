// Organisations known by a proper name or an acronym: data/gazetteers/organisations.json
// (international bodies, armed groups, named forces and services) and the news outlets of the
// outlet gazetteer (data/outlets.json, the one ingest uses), matched on folded token sequences.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { loadGazetteer } from "../../ingest/outlets/gazetteer.ts";
import type { OrganisationMention } from "../types.ts";
import { isCommonCapitalisedWord } from "./common-words.ts";
import { gapBetween, isNameGap, nameKey, type Token } from "./tokenize.ts";

interface NamedOrganisation {
  id: string;
  name: string;
  orgType: OrganisationMention["orgType"];
  country: string | null;
  /** the form in the data, to tell an acronym ("IS") from a word ("is") */
  form: string;
}

interface NameTable {
  byKey: Map<string, NamedOrganisation>;
  /** every leading part of every key, to stop extending a match early */
  prefixes: Set<string>;
}

const ZOrganisationFile = z.object({
  organisations: z.array(
    z.object({
      id: z.string().regex(/^org:[a-z0-9:-]+$/),
      name: z.string().min(1),
      orgType: z.enum(["ministry", "armed-forces", "intelligence", "news-agency", "government", "international", "armed-group", "other"]),
      country: z.string().regex(/^[A-Z]{2}$/).nullable(),
      names: z.array(z.string().min(1)),
    }),
  ),
});

const ORGANISATION_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data/gazetteers/organisations.json");

let table: NameTable | null = null;

function loadNameTable(): NameTable {
  if (table) return table;
  const byKey = new Map<string, NamedOrganisation>();
  const add = (form: string, organisation: Omit<NamedOrganisation, "form">): void => {
    const key = nameKey(form);
    if (key && !byKey.has(key)) byKey.set(key, { ...organisation, form });
  };
  const file = ZOrganisationFile.parse(JSON.parse(readFileSync(ORGANISATION_FILE, "utf8")));
  for (const { names, ...organisation } of file.organisations) for (const form of names) add(form, organisation);
  for (const outlet of loadGazetteer().outlets) {
    const organisation = { id: `org:${outlet.slug}`, name: outlet.name, orgType: outlet.kind === "agency" ? ("news-agency" as const) : ("other" as const), country: outlet.country };
    for (const form of [outlet.name, ...outlet.aliases]) add(form, organisation);
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    const words = key.split(" ");
    for (let length = 1; length <= words.length; length += 1) prefixes.add(words.slice(0, length).join(" "));
  }
  table = { byKey, prefixes };
  return table;
}

/** the folded token sequence is the name of a known organisation or outlet ("chine nouvelle") */
export function isOrganisationName(key: string): boolean {
  return loadNameTable().byKey.has(key);
}

export function findNamedOrganisations(text: string, tokens: Token[]): OrganisationMention[] {
  const { byKey, prefixes } = loadNameTable();
  const found: OrganisationMention[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    let key = "";
    let best: { organisation: NamedOrganisation; last: number } | null = null;
    for (let last = first; last < tokens.length; last += 1) {
      if (last > first && !isNameGap(gapBetween(text, tokens[last - 1]!, tokens[last]!))) break;
      key = last === first ? tokens[first]!.key : `${key} ${tokens[last]!.key}`;
      if (!prefixes.has(key)) break;
      const organisation = byKey.get(key);
      if (organisation && isWrittenAs(text, tokens, first, last, organisation.form)) best = { organisation, last };
    }
    if (!best || isInsideLongerName(text, tokens, first, best.last)) continue;
    const { organisation, last } = best;
    const span = { start: tokens[first]!.start, end: tokens[last]!.end, text: text.slice(tokens[first]!.start, tokens[last]!.end) };
    found.push({ ...span, id: organisation.id, name: organisation.name, orgType: organisation.orgType, country: organisation.country });
    first = last;
  }
  return found;
}

/**
 * An acronym only in capitals ("IS", not "is"); each capitalised word of a name capitalised in
 * the text too ("Le Monde", not "le monde" nor "Le monde"; "Daech", "groupe Etat islamique").
 */
function isWrittenAs(text: string, tokens: Token[], first: number, last: number, form: string): boolean {
  const surface = text.slice(tokens[first]!.start, tokens[last]!.end);
  const letters = form.replace(/[^\p{L}]/gu, "");
  if (letters.length > 0 && letters === letters.toUpperCase()) return surface.replace(/[^\p{L}]/gu, "") === surface.replace(/[^\p{L}]/gu, "").toUpperCase();
  const words = form.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((word, offset) => word[0] === word[0]!.toLowerCase() || tokens[first + offset]?.capitalised === true);
}

/** "Petra" in "Petra Kvitova", "Mehr" in "Mehr Ali": a single word glued to another capitalised word */
function isInsideLongerName(text: string, tokens: Token[], first: number, last: number): boolean {
  if (first !== last || tokens[first]!.allCaps) return false;
  const neighbours: [Token | undefined, string][] = [
    [tokens[first - 1], tokens[first - 1] ? gapBetween(text, tokens[first - 1]!, tokens[first]!) : ""],
    [tokens[last + 1], tokens[last + 1] ? gapBetween(text, tokens[last]!, tokens[last + 1]!) : ""],
  ];
  return neighbours.some(([token, gap]) => !!token && gap === " " && token.capitalised && !token.allCaps && !isCommonCapitalisedWord(token.key));
}
