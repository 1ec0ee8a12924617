import { describe, expect, it } from "vitest";
import { analyseArticle } from "../nlp/analyse-article.ts";
import { buildClaims } from "./build-claims.ts";

// Short sentences written for these tests, in the shapes wire copy uses.
function hosts(text: string, language: "en" | "fr"): string[] {
  const options = { text, language, published: null };
  const claims = buildClaims({ ...options, analysis: analyseArticle(options), citedSources: [] });
  return claims.events.flatMap((event) => event.slots.filter((slot) => slot.type === "host").map((slot) => slot.canonical));
}

describe("who hosted", () => {
  it("takes a state that hosts as the host, in English and French", () => {
    expect(hosts("Qatar hosted talks between Afghan and American negotiators in Doha on Sunday.", "en")).toEqual(["country:qa"]);
    expect(hosts("Le Qatar a accueilli dimanche à Doha des pourparlers entre négociateurs afghans et américains.", "fr")).toEqual(["country:qa"]);
  });

  it("keeps the ministry when both the state and its ministry host the same meeting", () => {
    const text = "L'Iran reçoit des délégations afghanes à Téhéran. Le ministère iranien des Affaires étrangères a reçu samedi ces délégations.";
    expect(hosts(text, "fr")).toEqual(["org:ir:ministry-of-foreign-affairs"]);
  });
});
