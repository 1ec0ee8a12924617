import { describe, expect, it } from "vitest";
import type { AnalyseOptions, OrganisationMention } from "../types.ts";
import { ENGLISH_WIRE, seedArticle } from "./entity-fixtures.ts";
import { findOrganisations } from "./find-organisations.ts";
import { findPlaces } from "./find-places.ts";

const organisations = (options: AnalyseOptions): OrganisationMention[] => findOrganisations(options, findPlaces(options));
const ids = (options: AnalyseOptions): Set<string> => new Set(organisations(options).map((organisation) => organisation.id));
const french = (text: string): AnalyseOptions => ({ text, language: "fr", published: null });

describe("findOrganisations on the seed articles", () => {
  it("seed 000: IRNA, Daech, Iraqi military intelligence", () => {
    expect(ids(seedArticle("000"))).toEqual(new Set(["org:irna", "org:islamic-state", "org:iq:military-intelligence", "org:iq:armed-forces", "org:sy:armed-forces"]));
  });

  it("seed 001: Mehr News, the PLA under both its names, the Syrian army", () => {
    const found = organisations(seedArticle("001"));
    expect(found.find((organisation) => organisation.text === "Mehr News")).toMatchObject({ id: "org:mehr-news", orgType: "news-agency", country: "IR" });
    expect(found.filter((organisation) => organisation.text === "APL" || organisation.text.startsWith("Armée populaire")).map((organisation) => organisation.id)).toEqual(["org:cn:armed-forces", "org:cn:armed-forces"]);
    expect(ids(seedArticle("001"))).toContain("org:sy:armed-forces");
  });

  it("seed 002: the Iraqi Ministry of Defence and the Islamic State group", () => {
    const found = organisations(seedArticle("002"));
    expect(found.find((organisation) => organisation.orgType === "ministry")).toMatchObject({ text: "ministère de la Défense irakien", id: "org:iq:ministry-of-defence", name: "Iraqi Ministry of Defence" });
    expect(found.find((organisation) => organisation.text === "groupe Etat islamique")?.id).toBe("org:islamic-state");
    expect(found.filter((organisation) => organisation.text === "EI").length).toBeGreaterThan(0);
  });

  it("seed 003: the SVR under its French names, the Iranian intelligence ministry", () => {
    const found = organisations(seedArticle("003"));
    const svr = found.filter((organisation) => organisation.id === "org:ru:foreign-intelligence").map((organisation) => organisation.text);
    expect(svr).toContain("Service des renseignements extérieurs (SVR) de Russie");
    expect(svr).toContain("Service des renseignements extérieurs russe");
    const ministries = found.filter((organisation) => organisation.orgType === "ministry");
    expect(ministries.map((organisation) => organisation.id)).toEqual(["org:ir:ministry-of-intelligence", "org:ir:ministry-of-intelligence"]);
    // the seed writes this phrase with no-break spaces
    expect(found.find((organisation) => organisation.text.replace(/\s/gu, " ") === "service du renseignement étranger iranien")?.id).toBe("org:ir:foreign-intelligence");
  });

  it("seed 004: SANA, the Syrian army, Tsahal, Hezbollah", () => {
    const found = ids(seedArticle("004"));
    for (const id of ["org:sana", "org:sy:armed-forces", "org:il:armed-forces", "org:hezbollah", "org:sy:government"]) expect(found).toContain(id);
  });
});

describe("findOrganisations on English wire copy (written for tests)", () => {
  const found = organisations(ENGLISH_WIRE);

  it("gives the French ids to the English phrases", () => {
    const byText = new Map(found.map((organisation) => [organisation.text, organisation.id]));
    expect(byText.get("Iraq's defence ministry")).toBe("org:iq:ministry-of-defence");
    expect(byText.get("Iraqi military intelligence")).toBe("org:iq:military-intelligence");
    expect(byText.get("Syrian army")).toBe("org:sy:armed-forces");
    expect(byText.get("Iranian armed forces")).toBe("org:ir:armed-forces");
    expect(byText.get("Islamic State group")).toBe("org:islamic-state");
    expect(byText.get("SANA")).toBe("org:sana");
    expect(byText.get("NATO")).toBe("org:nato");
    expect(byText.get("UN")).toBe("org:un");
  });

  it("finds agencies named in prose (AFP, Reuters)", () => {
    expect(found.filter((organisation) => organisation.orgType === "news-agency").map((organisation) => organisation.id)).toEqual(["org:reuters", "org:afp", "org:sana"]);
  });
});

describe("findOrganisations traps", () => {
  it("reads acronyms only in capitals and needs a country for a bare army", () => {
    expect(ids({ text: "It is an army of volunteers, and the un-named official is here.", language: "en", published: null })).toEqual(new Set());
  });

  it("does not take an adjective « military » for the armed forces", () => {
    expect(ids({ text: "Iranian military cooperation grew. The Iranian military said it was ready.", language: "en", published: null })).toEqual(new Set(["org:ir:armed-forces"]));
  });

  it("names each country of « forces armées chinoises et iraniennes »", () => {
    expect([...ids(french("la coopération entre les forces armées chinoises et iraniennes"))]).toEqual(["org:cn:armed-forces", "org:ir:armed-forces"]);
  });
});
