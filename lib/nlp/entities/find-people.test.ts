import { describe, expect, it } from "vitest";
import type { AnalyseOptions, PersonMention } from "../types.ts";
import { ENGLISH_WIRE, seedArticle } from "./entity-fixtures.ts";
import { findPeople, resolvePronounAt } from "./find-people.ts";
import { findPlaces } from "./find-places.ts";

const people = (options: AnalyseOptions): PersonMention[] => findPeople(options, findPlaces(options));
const named = (mentions: PersonMention[]): Set<string> => new Set(mentions.filter((mention) => !mention.coreference).map((mention) => mention.name));
const first = (mentions: PersonMention[], name: string): PersonMention => mentions.find((mention) => mention.name === name && !mention.coreference)!;

describe("findPeople on the seed articles", () => {
  it("seed 000: al-Allaq, Zarif and Moradian with their roles and countries", () => {
    const mentions = people(seedArticle("000"));
    expect(named(mentions)).toEqual(new Set(["Saad Mozher al-Allaq", "Mohammad Javad Zarif", "Mostafa Moradian"]));
    expect(first(mentions, "Saad Mozher al-Allaq")).toMatchObject({ id: "saad mozher al-allaq", role: "major général", country: "IQ" });
    expect(first(mentions, "Mohammad Javad Zarif")).toMatchObject({ role: "ministre iranien des Affaires étrangères", country: "IR" });
    expect(first(mentions, "Mostafa Moradian")).toMatchObject({ role: "général", country: "IR" });
    const later = mentions.find((mention) => mention.text === "Moradian");
    expect(later).toMatchObject({ role: "général", coreference: { personId: "mostafa moradian", inferred: false } });
  });

  it("seed 000: « s'est-il félicité » points to the chair, « a-t-elle précisé » to nobody", () => {
    const options = seedArticle("000");
    const mentions = people(options);
    const il = options.text.indexOf("il félicité");
    expect(mentions.find((mention) => mention.start === il)).toMatchObject({ text: "il", coreference: { personId: "saad mozher al-allaq", inferred: true } });
    const elle = options.text.indexOf("elle précisé");
    expect(mentions.find((mention) => mention.start === elle)).toBeUndefined();
  });

  it("seed 001: Wei Fenghe, Amir Hatami and Wang Yi, and the repeated role", () => {
    const options = seedArticle("001");
    const mentions = people(options);
    expect(named(mentions)).toEqual(new Set(["Wei Fenghe", "Amir Hatami", "Wang Yi", "Mohammad Javad Zarif"]));
    expect(first(mentions, "Wei Fenghe")).toMatchObject({ role: "ministre chinois de la Défense", country: "CN" });
    expect(first(mentions, "Amir Hatami")).toMatchObject({ role: "général de brigade", country: "IR" });
    expect(first(mentions, "Wang Yi")).toMatchObject({ country: "CN" });
    const felicite = options.text.indexOf("il félicité");
    expect(mentions.find((mention) => mention.start === felicite)?.coreference?.personId).toBe("wei fenghe");
    const reitere = options.text.indexOf("il réitéré");
    expect(mentions.find((mention) => mention.start === reitere)?.coreference?.personId).toBe("amir hatami");
  });

  it("seed 002: Hicham al-Hachemi, the Iraqi expert", () => {
    const mentions = people(seedArticle("002"));
    expect(first(mentions, "Hicham al-Hachemi")).toMatchObject({ role: "expert irakien", country: "IQ" });
    expect(named(mentions)).toEqual(new Set(["Bachar el-Assad", "Abou Bakr al-Baghdadi", "Hicham al-Hachemi"]));
  });

  it("seed 003: Narychkine, his spokesman Ivanov, Larijani, and « M. Narychkine »", () => {
    const mentions = people(seedArticle("003"));
    for (const name of ["Sergueï Narychkine", "Sergueï Ivanov", "Ali Larijani"]) expect(named(mentions)).toContain(name);
    expect(first(mentions, "Sergueï Narychkine").country).toBe("RU");
    expect(first(mentions, "Sergueï Ivanov").role).toBe("porte-parole de M. Narychkine");
    expect(first(mentions, "Ali Larijani")).toMatchObject({ role: "président du Parlement iranien", country: "IR" });
    const surnames = mentions.filter((mention) => mention.coreference?.personId === "serguei narychkine");
    expect(surnames.map((mention) => mention.text)).toEqual(["M. Narychkine", "Narychkine"]);
    expect(surnames.every((mention) => mention.coreference?.inferred === false)).toBe(true);
  });

  it("seed 004: Ali Ayoub and Mohammad Hossein Bagheri, « le général Ayoub », « a-t-il insisté »", () => {
    const options = seedArticle("004");
    const mentions = people(options);
    expect(first(mentions, "Ali Ayoub")).toMatchObject({ role: "général", country: "SY" });
    expect(first(mentions, "Mohammad Hossein Bagheri")).toMatchObject({ role: "général", country: "IR" });
    expect(mentions.find((mention) => mention.text === "Ayoub")?.coreference).toEqual({ personId: "ali ayoub", inferred: false });
    const insiste = options.text.indexOf("il insisté");
    expect(mentions.find((mention) => mention.start === insiste)?.coreference).toEqual({ personId: "mohammad hossein bagheri", inferred: true });
    expect(named(mentions)).not.toContain("Texte T");
  });
});

describe("findPeople on English wire copy (written for tests)", () => {
  const mentions = people(ENGLISH_WIRE);

  it("reads English titles and roles", () => {
    expect(first(mentions, "Saad Mozher al-Allaq")).toMatchObject({ role: "Maj. Gen.", country: "IQ" });
    expect(first(mentions, "Mohammad Javad Zarif")).toMatchObject({ role: "Iranian Foreign Minister", country: "IR" });
    expect(first(mentions, "Mohammad Hossein Bagheri")).toMatchObject({ role: "Gen.", country: "IR" });
    expect(first(mentions, "Wei Fenghe")).toMatchObject({ role: "Chinese Defence Minister", country: "CN" });
    expect(first(mentions, "Hassan Rouhani")).toMatchObject({ role: "Iranian president", country: "IR" });
    expect(first(mentions, "Steele")).toMatchObject({ text: "Mr. Steele", role: "spokesman" });
  });

  it("links surnames and pronouns, skipping a man for « she »", () => {
    const at = (needle: string): PersonMention | undefined => mentions.find((mention) => mention.start === ENGLISH_WIRE.text.indexOf(needle));
    expect(at("he said")?.coreference).toEqual({ personId: "mohammad javad zarif", inferred: true });
    expect(at("Zarif later")?.coreference).toEqual({ personId: "mohammad javad zarif", inferred: false });
    expect(at("She said")?.coreference).toEqual({ personId: "maria zakharova", inferred: true });
  });

  it("does not make people of months, places or institutions", () => {
    const names = [...named(mentions)];
    expect(names).not.toContain("March");
    expect(names.some((name) => /Islamic|State|Syrian|Mobile|Nice/.test(name))).toBe(false);
  });
});

describe("findPeople traps", () => {
  it("keeps a month out of a name and a place out of a person", () => {
    const mentions = people({ text: "Le 3 Mars 2019, le président iranien Hassan Rohani a reçu à Téhéran l'émissaire Ali Akbar Velayati.", language: "fr", published: null });
    expect([...named(mentions)]).toEqual(["Hassan Rohani", "Ali Akbar Velayati"]);
    expect(first(mentions, "Hassan Rohani")).toMatchObject({ role: "président iranien", country: "IR" });
  });
});

describe("resolvePronounAt", () => {
  const mentions = people(ENGLISH_WIRE);

  it("answers with the most recent compatible person before the offset", () => {
    const offset = ENGLISH_WIRE.text.indexOf("She said");
    expect(resolvePronounAt(mentions, offset, "she")).toEqual({ personId: "maria zakharova", inferred: true });
    expect(resolvePronounAt(mentions, offset + 1, "he")).toEqual({ personId: "steele", inferred: true });
    expect(resolvePronounAt(mentions, 0)).toBeNull();
  });
});

describe("findPeople leaves venues and institutions out", () => {
  it("a theatre, an awards ceremony and a hotel are not people; the host and the speaker are", () => {
    const text = "Marta Ellison will host the Harbour Film Awards at the Elmwood Theatre in March, organisers said. Le dîner aura lieu à l'Hôtel Beaumont, a précisé Paul Vernier.";
    expect(named(people({ text, language: "en", published: null }))).toEqual(new Set(["Marta Ellison", "Paul Vernier"]));
  });
});
