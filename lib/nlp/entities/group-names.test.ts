import { describe, expect, it } from "vitest";
import type { AnalyseOptions } from "../types.ts";
import { findOrganisations } from "./find-organisations.ts";
import { findPeople } from "./find-people.ts";
import { findPlaces } from "./find-places.ts";

// Short sentences written for these tests: groups no gazetteer lists, beside people.
function read(text: string, language: "en" | "fr") {
  const options: AnalyseOptions = { text, language, published: null };
  const places = findPlaces(options);
  return {
    people: findPeople(options, places).map((person) => person.text),
    organisations: findOrganisations(options, places).map((organisation) => [organisation.text, organisation.id, organisation.orgType]),
  };
}

describe("groups named by the words around them", () => {
  it("takes 'X rescue group', 'X rebels' and 'the X' with a plural name for organisations, not people", () => {
    expect(read("The Blue Shield rescue group said 14 people were pulled from the rubble.", "en")).toEqual({
      people: [],
      organisations: [["Blue Shield", "org:blue-shield", "other"]],
    });
    expect(read("Jaish al-Izza rebels shelled the village, and the Green Helmets pulled out 14 people.", "en")).toEqual({
      people: [],
      organisations: [
        ["Jaish al-Izza", "org:jaish-al-izza", "armed-group"],
        ["Green Helmets", "org:green-helmets", "other"],
      ],
    });
  });

  it("reads the French kind before the name: 'le groupe X', 'l'ONG X', 'les X'", () => {
    expect(read("Le groupe Jaich al-Izza a revendiqué l'attaque ; l'ONG Basmat Amal et les Casques Bleus sont sur place.", "fr")).toEqual({
      people: [],
      organisations: [
        ["Jaich al-Izza", "org:jaich-al-izza", "other"],
        ["Basmat Amal", "org:basmat-amal", "other"],
        ["Casques Bleus", "org:casques-bleus", "other"],
      ],
    });
  });

  it("leaves people alone: a rank ending in 'brigade', a regime named after its leader", () => {
    expect(read("Le général de brigade Karim Saleh a reçu son homologue.", "fr")).toEqual({ people: ["Karim Saleh"], organisations: [] });
    expect(read("Critics of the Karim Saleh government met in Baghdad.", "en").people).toEqual(["Karim Saleh"]);
  });
});
