// Groups and organisations that no gazetteer lists, told from people by the words around the
// name: the noun that says what they are ("the White Helmets civil defence group", "Jaish
// al-Izza rebels", "le groupe Jaich al-Izza", "l'ONG Basmat Amal") or the plural and the
// definite article a person's name never takes ("the White Helmets", "les Casques Bleus"). Each
// is an organisation with the folded name as its id ("org:white-helmets"): only the same
// spelling meets across outlets.

import type { OrganisationMention } from "../types.ts";
import { gapBetween, nameKey, type Token } from "./tokenize.ts";

export type GroupKind = OrganisationMention["orgType"];

/** English puts the kind after the name, French before it */
const KIND_AFTER = new Map<string, GroupKind>([
  ...kinds("other", "group groups organisation organization movement network coalition alliance party association foundation charity"),
  ...kinds("armed-group", "militia militias rebels insurgents faction factions brigade brigades"),
]);
const KIND_BEFORE = new Map<string, GroupKind>([
  ...kinds("other", "groupe organisation mouvement reseau coalition alliance parti association fondation ong"),
  // not "brigade": "le général de brigade Amir Hatami" is a rank
  ...kinds("armed-group", "milice milices faction factions"),
]);
/** words that may stand between the name and its kind: "civil defence group", "rebel faction", "human rights organisation" */
const KIND_MODIFIERS = new Set("civil defence defense rescue rebel armed militant jihadist islamist opposition human rights aid relief monitoring paramilitary".split(" "));

/** the kind of group the name run tokens[first..last] names, or null when nothing says it is one */
export function groupKindAt(text: string, tokens: Token[], first: number, last: number): GroupKind | null {
  const before = tokens[first - 1];
  if (before && gapBetween(text, before, tokens[first]!) === " ") {
    const kind = KIND_BEFORE.get(before.key);
    if (kind && (!before.capitalised || before.allCaps)) return kind;
    // a plural name after "the" or "les": "the White Helmets", "les Casques Bleus"; not "the Bashar al-Assad regime"
    if ((before.key === "les" || (before.key === "the" && /s$/.test(tokens[last]!.key))) && last > first) return kindAfter(text, tokens, last) ?? "other";
  }
  return kindAfter(text, tokens, last);
}

function kindAfter(text: string, tokens: Token[], last: number): GroupKind | null {
  for (let index = last + 1; index <= last + 3 && index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.capitalised || gapBetween(text, tokens[index - 1]!, token) !== " ") return null;
    const kind = KIND_AFTER.get(token.key);
    if (kind) return kind;
    if (!KIND_MODIFIERS.has(token.key)) return null;
  }
  return null;
}

export function groupMention(text: string, first: Token, last: Token, orgType: GroupKind): OrganisationMention {
  const name = text.slice(first.start, last.end);
  return { start: first.start, end: last.end, text: name, id: `org:${nameKey(name).replace(/ /g, "-")}`, name, orgType, country: null };
}

function kinds(orgType: GroupKind, words: string): [string, GroupKind][] {
  return words.split(" ").map((word) => [word, orgType]);
}
