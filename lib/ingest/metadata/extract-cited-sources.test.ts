import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../outlets/gazetteer.ts";
import { extractCitedSources } from "./extract-cited-sources.ts";

const gazetteer = loadGazetteer();
const sources = (text: string) => extractCitedSources(text, gazetteer).map(({ source, attribution }) => [source.name, source.kind, attribution]);

// Sentences below are written for these tests (not taken from any outlet).
describe("extractCitedSources", () => {
  it("reads French attributions: selon, à l'agence, inverted subject, institutions, spokespeople", () => {
    expect(sources("Selon l'agence iranienne Mehr News, le ministre est arrivé.")).toEqual([["Mehr News", "agency", "according-to"]]);
    expect(sources("Une source a indiqué samedi à l’IRNA que la demande a été saluée.")).toEqual([["IRNA", "agency", "recipient"]]);
    expect(sources("Les deux chefs ont discuté, a rapporté l'agence de presse SANA.")).toEqual([["SANA", "agency", "relayed-by"]]);
    expect(sources("Le ministère de la Défense irakien a indiqué avoir reçu des délégations.")).toEqual([["ministère de la Défense irakien", "official", "institution-speaks"]]);
    expect(sources("Le porte-parole de M. Narychkine, Sergueï Ivanov a commenté mercredi ce voyage.")).toEqual([["Sergueï Ivanov", "official", "institution-speaks"]]);
    expect(sources("Selon l'expert irakien Hicham al-Hachemi, il reste 2.000 jihadistes.")).toEqual([["Hicham al-Hachemi", "person", "according-to"]]);
  });

  it("reads English attributions: told, according to, reported, said in a statement", () => {
    expect(sources("“We will respond,” the commander told Reuters on Monday.")).toEqual([["Reuters", "agency", "recipient"]]);
    expect(sources("Two people died, according to the state news agency IRNA.")).toEqual([["IRNA", "agency", "according-to"]]);
    expect(sources("Three soldiers were hurt, Xinhua reported.")).toEqual([["Xinhua", "agency", "relayed-by"]]);
    expect(sources("Hamid Karzai said in a statement that talks would resume.")).toEqual([["Hamid Karzai", "person", "statement"]]);
    expect(sources("The State Department said the sanctions would stay.")).toEqual([["State Department", "official", "speaker"]]);
  });

  it("reads an English speaker after the reported words: institutions, media, spokespeople, unnamed officials", () => {
    expect(sources("The border will reopen on Monday, Egypt's interior ministry said in a statement on its website.")).toEqual([["Egypt's interior ministry", "official", "speaker"]]);
    expect(sources("Five people were hurt, Turkish state media reported.")).toEqual([["Turkish state media", "outlet", "speaker"]]);
    expect(sources("The talks went well, the official news agency IRNA said.")).toEqual([["IRNA", "agency", "speaker"]]);
    expect(sources("A spokesman for the ministry said the port was closed.")).toEqual([["spokesman for the ministry", "official", "speaker"]]);
    expect(sources("Omar Aziz, a spokesman for the army, told reporters the base was hit.")).toEqual([["Omar Aziz", "official", "speaker"]]);
    expect(sources("A police officer, who asked not to be named, told AFP that two men were held.")).toEqual([["police officer", "official", "speaker"], ["AFP", "agency", "recipient"]]);
    expect(sources("Fighting resumed overnight, officials said.")).toEqual([["officials", "official", "speaker"]]);
    expect(sources("The vote was delayed, according to a statement from the electoral commission.")).toEqual([["electoral commission", "organisation", "according-to"]]);
  });

  it("reads French incises: a indiqué un porte-parole, ont rapporté les médias d'État", () => {
    expect(sources("Le port restera fermé, a indiqué un porte-parole du ministère.")).toEqual([["porte-parole du ministère", "official", "speaker"]]);
    expect(sources("Deux soldats ont été tués, ont rapporté les médias d'État.")).toEqual([["médias d'État", "outlet", "relayed-by"]]);
    expect(sources("Le vote est reporté, selon un communiqué du ministère de l'Intérieur.")).toEqual([["ministère de l'Intérieur", "official", "according-to"]]);
  });

  it("keeps a source named several times once, at its first mention, with its span", () => {
    const text = "Selon l'AFP, le vote est reporté. Le scrutin aura lieu lundi, selon l'AFP.";
    const found = extractCitedSources(text, gazetteer);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.source.start, found[0]!.source.end)).toBe("Selon l'AFP");
  });

  it("cites no one for a place, a pronoun, a quoted speaker or a minister's own words", () => {
    expect(sources("Le ministre a déclaré à Bagdad que la coopération continuerait.")).toEqual([]);
    expect(sources("D'après lui, la guerre continuera.")).toEqual([]);
    expect(sources("« Nous resterons », a expliqué le général Ayoub.")).toEqual([]);
    expect(sources("Le ministre chinois des Affaires étrangères Wang Yi a déclaré que Pékin était prêt.")).toEqual([]);
  });

  it("cites no one for a newsmaker's own words, a pronoun, an anaphor or a clause before the verb", () => {
    expect(sources("“We will not retreat,” Hassan told reporters after the talks.")).toEqual([]);
    expect(sources("Foreign Minister Ali Reza said the border would reopen.")).toEqual([]);
    expect(sources("The committee chairman said hearings would resume.")).toEqual([]);
    expect(sources("The talks ended, he said. The ministry said more talks would follow.")).toEqual([]);
    expect(sources("Authorities haven't said how many people were detained.")).toEqual([]);
    expect(sources("Il était parti, affirme que le gouvernement prépare une loi.")).toEqual([]);
  });
});
