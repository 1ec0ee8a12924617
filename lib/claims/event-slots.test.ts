import { describe, expect, it } from "vitest";
import { analyseArticle } from "../nlp/analyse-article.ts";
import { buildClaims } from "./build-claims.ts";
import type { SlotType } from "./types.ts";

// Short sentences written for these tests, in the shapes wire copy uses.
function mainSlots(text: string, language: "en" | "fr", type: SlotType): string[] {
  const options = { text, language, published: null };
  const claims = buildClaims({ ...options, analysis: analyseArticle(options), citedSources: [] });
  return claims.events.find((event) => event.main)!.slots.filter((slot) => slot.type === type).map((slot) => slot.canonical);
}

describe("where and when an event took place", () => {
  it("does not count the commas of a list of countries as clause breaks", () => {
    const english = "Egypt convened a summit of foreign ministers from Egypt, Jordan, Iraq and Lebanon in Cairo on Monday to discuss water.";
    expect(mainSlots(english, "en", "place")).toEqual(["city:eg:cairo"]);
    expect(mainSlots(english, "en", "date")).toEqual(["weekday:1"]);
    const french = "Une réunion des ministres de l'Égypte, de la Jordanie, de l'Irak et du Liban s'est tenue au Caire lundi.";
    expect(mainSlots(french, "fr", "place")).toEqual(["city:eg:cairo"]);
  });

  it("dates the event by the lead's weekday, not by the filing day of the dateline", () => {
    expect(mainSlots("AMMAN, June 13 (Reuters) - Jordanian and Iraqi officials met in Amman on Tuesday to discuss trade.", "en", "date")).toEqual(["weekday:2"]);
    expect(mainSlots("AMMAN, 13 juin (AFP) - Des responsables jordaniens et irakiens se sont réunis mardi à Amman.", "fr", "date")).toEqual(["weekday:2"]);
    // the dateline's date sits nearer the trigger than the weekday does
    expect(mainSlots("BEIRUT, May 3 — Talks between Lebanese and Syrian delegations in the Lebanese capital ended on Friday.", "en", "date")).toEqual(["weekday:5"]);
  });

  it("places the event in the most precise place the locative governs, through 'the town of' and a possessive", () => {
    expect(mainSlots("Air strikes in the town of Kafr Nabl in Syria's Idlib province killed 8 people on Monday.", "en", "place")).toEqual(["city:sy:kafr-nabl"]);
    expect(mainSlots("Air strikes in Syria's Idlib province killed 8 people on Monday.", "en", "place")).toEqual(["region:sy:idlib"]);
    expect(mainSlots("Des frappes aériennes dans la ville de Kafr Nabl, en Syrie, ont tué huit personnes lundi.", "fr", "place")).toEqual(["city:sy:kafr-nabl"]);
  });
});
