// What a number counts, as one English lemma, so that "2.000 jihadistes" and "2,000 jihadists",
// "plus de 250 morts" and "more than 250 killed" give the same canonical value. A short table of
// the nouns news counts most (casualties, fighters, people, time spans) does the translation;
// other nouns are folded, singularised and passed through the regular French→English cognate
// endings (-iste → -ist, -ique → -ic, -aire → -ary, -ité → -ity), which covers most of the rest.

import { foldText } from "../ingest/clean/fold-text.ts";

const LEMMAS: Record<string, string> = {
  mort: "dead", morts: "dead", tue: "dead", tues: "dead", killed: "dead", dead: "dead", death: "dead", deaths: "dead", deces: "dead", fatalities: "dead",
  blesse: "wounded", blesses: "wounded", wounded: "wounded", injured: "wounded", injuries: "wounded",
  victime: "victim", victimes: "victim", victims: "victim",
  pays: "country", country: "country", countries: "country", etat: "state", etats: "state", states: "state", nation: "nation", nations: "nation",
  an: "year", ans: "year", annee: "year", annees: "year", years: "year", mois: "month", months: "month", semaine: "week", semaines: "week", weeks: "week",
  jour: "day", jours: "day", days: "day", heure: "hour", heures: "hour", hours: "hour",
  personne: "person", personnes: "person", people: "person", persons: "person", gens: "person",
  etranger: "foreigner", etrangers: "foreigner", foreigners: "foreigner",
  soldat: "soldier", soldats: "soldier", soldiers: "soldier", troupes: "troop", troops: "troop",
  combattant: "fighter", combattants: "fighter", fighters: "fighter", militant: "militant", militants: "militant",
  civil: "civilian", civils: "civilian", civilians: "civilian", refugie: "refugee", refugies: "refugee", refugees: "refugee",
  roquette: "rocket", roquettes: "rocket", rockets: "rocket", missile: "missile", missiles: "missile", frappe: "strike", frappes: "strike", strikes: "strike",
  attaque: "attack", attaques: "attack", attacks: "attack", otage: "hostage", otages: "hostage", hostages: "hostage",
  accord: "agreement", accords: "agreement", agreement: "agreement", agreements: "agreement", deal: "agreement", deals: "agreement",
  delegation: "delegation", delegations: "delegation", membre: "member", membres: "member", members: "member",
  responsable: "official", responsables: "official", officiels: "official", officials: "official",
  chef: "leader", chefs: "leader", leaders: "leader", region: "region", regions: "region", province: "province", provinces: "province",
  village: "village", villages: "village", ville: "city", villes: "city", cities: "city", armee: "army", armees: "army", armies: "army",
  camion: "truck", camions: "truck", truck: "truck", trucks: "truck", lorries: "truck", vehicule: "vehicle", vehicules: "vehicle", vehicles: "vehicle",
  navire: "ship", navires: "ship", ships: "ship", vessels: "ship", warships: "warship", batiment: "ship", batiments: "ship",
  dollar: "dollar", dollars: "dollar", euro: "euro", euros: "euro", tonne: "tonne", tonnes: "tonne", tons: "tonne", kilometre: "kilometre", kilometres: "kilometre", km: "kilometre",
};

const DETERMINERS = new Set("this that these those the a an cette ce cet ces le la les un une des du de son sa ses leur leurs its their".split(" "));

const COGNATE_ENDINGS: Array<[RegExp, string]> = [
  [/iste$/, "ist"],
  [/ique$/, "ic"],
  [/aire$/, "ary"],
  [/ite$/, "ity"],
];

export function countLemma(noun: string | null): string | null {
  if (!noun) return null;
  const word = foldText(noun).split(/[\s'-]+/).filter(Boolean).at(-1);
  if (!word) return null;
  // "1,5 milliard cette année", "$1.5 billion this year": a determiner is no counted noun
  if (DETERMINERS.has(word)) return null;
  const known = LEMMAS[word];
  if (known) return known;
  const singular = singularise(word);
  if (LEMMAS[singular]) return LEMMAS[singular]!;
  for (const [ending, replacement] of COGNATE_ENDINGS) if (ending.test(singular)) return singular.replace(ending, replacement);
  return singular;
}

/** French and English plurals alike: "-ies" → "-y", "-aux" → "-al", a final s or x dropped */
function singularise(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/aux$/.test(word)) return `${word.slice(0, -3)}al`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}
