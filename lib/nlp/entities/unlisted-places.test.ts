import { describe, expect, it } from "vitest";
import type { AnalyseOptions } from "../types.ts";
import { findPeople } from "./find-people.ts";
import { findPlaces } from "./find-places.ts";

// Short sentences written for these tests: towns too small for the gazetteer.
const options = (text: string, language: "en" | "fr"): AnalyseOptions => ({ text, language, published: null });
const places = (text: string, language: "en" | "fr") => findPlaces(options(text, language)).map((place) => [place.text, place.id, place.country]);
const people = (text: string, language: "en" | "fr") => {
  const analysed = options(text, language);
  return findPeople(analysed, findPlaces(analysed)).map((person) => person.text);
};

describe("towns the gazetteer does not list", () => {
  it("reads 'the town of X' and 'la ville de X' as a town of the country around it, not a person", () => {
    const english = "Shelling hit the town of Kafr Nabl in Syria's Idlib province on Monday.";
    expect(places(english, "en")).toEqual([
      ["Kafr Nabl", "city:sy:kafr-nabl", "SY"],
      ["Syria", "country:sy", "SY"],
      ["Idlib province", "region:sy:idlib", "SY"],
    ]);
    expect(people(english, "en")).toEqual([]);
    const french = "Des obus sont tombés sur la ville de Kafr Nabl, dans la province d'Idlib.";
    expect(places(french, "fr")).toEqual([
      ["Kafr Nabl", "city:sy:kafr-nabl", "SY"],
      ["Idlib", "city:sy:idlib", "SY"],
    ]);
    expect(people(french, "fr")).toEqual([]);
  });

  it("gives a town named without its country a place id of its own", () => {
    expect(places("Les habitants du village de Tal Rifaat ont fui.", "fr")).toEqual([["Tal Rifaat", "place:tal-rifaat", null]]);
  });

  it("reads a name after a locative and before the region or country holding it", () => {
    expect(places("Rebels clashed with troops near Jisr al-Shughur in Idlib province.", "en")[0]).toEqual(["Jisr al-Shughur", "city:sy:jisr-al-shughur", "SY"]);
    expect(places("Des combats ont eu lieu près de Jisr al-Choghour, en Syrie.", "fr")[0]).toEqual(["Jisr al-Choghour", "city:sy:jisr-al-choghour", "SY"]);
  });

  it("leaves people, institutions and names in a city alone", () => {
    expect(places("He spoke with Ali Hassan in Syria.", "en").map(([, id]) => id)).toEqual(["country:sy"]);
    expect(places("Students marched near Damascus University in Syria.", "en").map(([, id]) => id)).toEqual(["country:sy"]);
    expect(places("The talks were held in Karim Saleh's office in Baghdad.", "en").map(([, id]) => id)).toEqual(["city:iq:baghdad"]);
  });
});
