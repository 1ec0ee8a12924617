import { describe, expect, it } from "vitest";
import type { AnalyseOptions, PlaceMention } from "../types.ts";
import { ENGLISH_WIRE, seedArticle } from "./entity-fixtures.ts";
import { findPlaces } from "./find-places.ts";
import { loadPlaceIndex } from "./place-index.ts";

const ids = (places: PlaceMention[]): Set<string> => new Set(places.map((place) => place.id));
const french = (text: string): AnalyseOptions => ({ text, language: "fr", published: null });

describe("findPlaces on the seed articles", () => {
  it.each([
    ["000", ["city:iq:baghdad", "country:iq", "country:sy", "country:ir", "country:ru"]],
    ["001", ["city:cn:beijing", "country:cn", "country:ir"]],
    ["002", ["city:iq:baghdad", "country:iq", "country:sy", "country:ir", "country:ru"]],
    ["003", ["city:ir:tehran", "country:ru", "country:ir", "city:sy:deir-ez-zor", "city:sy:homs"]],
    ["004", ["city:sy:damascus", "country:sy", "country:ir"]],
  ] as const)("seed %s names the gold places", (seed, expected) => {
    const found = ids(findPlaces(seedArticle(seed)));
    for (const id of expected) expect(found).toContain(id);
  });

  it("reads the list of demonyms of seed 000 as four countries", () => {
    const text = seedArticle("000").text;
    const at = text.indexOf("irakiens, syriens, iraniens et russes");
    const places = findPlaces(seedArticle("000")).filter((place) => place.start >= at && place.start < at + 40);
    expect(places.map((place) => [place.text, place.country, place.via])).toEqual([
      ["irakiens", "IQ", "demonym"],
      ["syriens", "SY", "demonym"],
      ["iraniens", "IR", "demonym"],
      ["russes", "RU", "demonym"],
    ]);
  });

  it("keeps the exact span and the alias form of French exonyms", () => {
    const options = french("La réunion s'est tenue à Bagdad, puis à Damas, Pékin, Téhéran et Moscou.");
    const places = findPlaces(options);
    expect(places.map((place) => [place.id, place.via])).toEqual([
      ["city:iq:baghdad", "alias"],
      ["city:sy:damascus", "alias"],
      ["city:cn:beijing", "alias"],
      ["city:ir:tehran", "alias"],
      ["city:ru:moscow", "alias"],
    ]);
    for (const place of places) expect(options.text.slice(place.start, place.end)).toBe(place.text);
  });

  it("splits compound adjectives into their countries", () => {
    const places = findPlaces(french("Les relations militaires sino-iraniennes et la DCA syro-russe."));
    expect(places.map((place) => place.country)).toEqual(["CN", "IR", "SY", "RU"]);
    expect(findPlaces(french("Une culture anglo-saxonne.")).map((place) => place.id)).toEqual([]);
  });

  it("finds Idlib, Deir ez-Zor and Homs with their Syrian ids", () => {
    const found = ids(findPlaces(french("De Idlib à Deir ez-Zor en passant par Homs.")));
    expect(found).toEqual(new Set(["city:sy:idlib", "city:sy:deir-ez-zor", "city:sy:homs"]));
  });
});

describe("findPlaces on English wire copy (written for tests)", () => {
  const places = findPlaces(ENGLISH_WIRE);

  it("gives the same ids as the French forms", () => {
    const found = ids(places);
    for (const id of ["city:iq:baghdad", "city:sy:damascus", "city:cn:beijing", "city:ir:tehran", "city:ru:moscow", "country:iq", "country:sy", "country:ir", "country:ru", "country:cn"]) {
      expect(found).toContain(id);
    }
    expect(places.find((place) => place.text === "BAGHDAD")?.id).toBe("city:iq:baghdad");
    expect(places.filter((place) => place.text === "Iraqi").every((place) => place.via === "demonym")).toBe(true);
  });

  it("does not read ordinary words, months or a person's name as places", () => {
    const texts = places.map((place) => place.text);
    expect(texts).not.toContain("Mobile");
    expect(texts).not.toContain("Nice");
    expect(texts).not.toContain("March");
    expect(texts).not.toContain("Hassan");
  });

  it("does not read a person named like two cities as places, even alone later", () => {
    const text = "Senator Elizabeth Warren spoke in Boston. Warren said the bill would pass.";
    expect(findPlaces({ text, language: "en", published: null }).map((place) => place.text)).toEqual(["Boston"]);
  });

  it("does not read the month « Mars » as a place", () => {
    expect(findPlaces(french("Le 3 Mars 2019, à Téhéran.")).map((place) => place.id)).toEqual(["city:ir:tehran"]);
  });

  it("accepts a word-like city name inside a sentence, capitalised", () => {
    expect(ids(findPlaces(french("Le sommet a eu lieu à Nice, pas à Mobile.")))).toEqual(new Set(["city:fr:nice", "city:us:mobile"]));
    expect(findPlaces(french("Une idée nice et mobile.")).length).toBe(0);
  });

  it("does not take an abbreviation for a country unless written in capitals", () => {
    expect(findPlaces({ text: "Let us talk to the US envoy.", language: "en", published: null }).map((place) => place.id)).toEqual(["country:us"]);
  });
});

describe("the place index", () => {
  it("points every city alias at a GeoNames city when GeoNames has it", () => {
    const index = loadPlaceIndex();
    for (const key of ["baghdad", "damascus", "beijing", "tehran", "moscow", "deir ez zor"]) {
      expect(index.byKey.get(key)?.via).toBe("name");
    }
    expect(index.byKey.get("bagdad")?.id).toBe(index.byKey.get("baghdad")?.id);
    expect(index.byKey.get("damas")?.id).toBe(index.byKey.get("damascus")?.id);
  });
});
