import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../ingest/ingest-article.ts";
import { loadGazetteer } from "../ingest/outlets/gazetteer.ts";
import { analyseArticle } from "../nlp/analyse-article.ts";
import { buildClaims } from "./build-claims.ts";
import type { ArticleClaims, EventMention, SlotType } from "./types.ts";

const root = path.resolve(import.meta.dirname, "../..");
const gazetteer = loadGazetteer();

function claimsOf(relative: string): ArticleClaims {
  const raw = readFileSync(path.join(root, relative), "utf8").replace(/^(?:#[^\n]*\n)+\s*/, "");
  const article = ingestArticle({ input: { sourceKind: "file", label: relative, text: raw, format: "text" }, gazetteer });
  const options = { text: article.text, language: article.metadata.language.value, published: article.metadata.published.value?.iso ?? null };
  const outlet = article.metadata.outlet.inferred ? null : (article.metadata.outlet.value?.slug ?? null);
  return buildClaims({ ...options, analysis: analyseArticle(options), citedSources: article.citedSources, gazetteer, outlet });
}

const canonicals = (event: EventMention, type: SlotType) => event.slots.filter((slot) => slot.type === type).map((slot) => slot.canonical);
const main = (claims: ArticleClaims) => claims.events.find((event) => event.main)!;

// Seeds 000 and 002 report "the same" quadripartite meeting in Baghdad and disagree on the day,
// the chair and the level of the delegations: the slots must keep those differences apart.
describe("buildClaims on the related seed pair 000 / 002", () => {
  const seed000 = claimsOf("data/samples/000_a7392bfecf3fe0bd.txt");
  const seed002 = claimsOf("data/samples/002_2e248bc0dc966fa8.txt");

  it("places both meetings in Baghdad, one on Thursday (jeudi), the other on Saturday (samedi)", () => {
    expect(canonicals(main(seed000), "place")).toEqual(["city:iq:baghdad"]);
    expect(canonicals(main(seed002), "place")).toEqual(["city:iq:baghdad"]);
    expect(canonicals(main(seed000), "date")).toEqual(["weekday:4"]);
    expect(canonicals(main(seed002), "date")).toEqual(["weekday:6"]);
  });

  it("does not date the meeting by the day the source spoke (« a indiqué samedi à l'IRNA »)", () => {
    expect(seed000.events.flatMap((event) => canonicals(event, "date"))).not.toContain("weekday:6");
  });

  it("reads the same four countries from 'irakiens, syriens, iraniens et russes' and 'russes, iraniens, syriens et irakiens'", () => {
    expect(new Set(main(seed000).countries)).toEqual(new Set(["IQ", "SY", "IR", "RU"]));
    expect(new Set(main(seed002).countries)).toEqual(new Set(["IQ", "SY", "IR", "RU"]));
  });

  it("gives 000 a chair (al-Allaq) and 002 a host and delegations led by deputy chiefs of staff", () => {
    expect(canonicals(main(seed000), "chair")).toEqual(["saad mozher al-allaq"]);
    expect(canonicals(main(seed002), "chair")).toEqual([]);
    expect(canonicals(main(seed002), "host")).toEqual(["org:iq:ministry-of-defence"]);
    const head = main(seed002).slots.find((slot) => slot.type === "delegation-head")!;
    expect(head.detail?.rank).toBe("deputy-chief-of-staff");
    expect(String(head.detail?.countries).split(",").sort()).toEqual(["IR", "RU", "SY"]);
    expect(head.span.text).toContain("adjoints des chefs d'état-major");
  });

  it("keeps Zarif's Sunday visit as a second event of 000, and Moradian in the meeting as head of the Iranian delegation", () => {
    const visit = seed000.events.find((event) => event.kind === "visit")!;
    expect(canonicals(visit, "date")).toEqual(["weekday:0"]);
    expect(canonicals(visit, "participant-person")).toEqual(["mohammad javad zarif"]);
    expect(canonicals(main(seed000), "delegation-head")).toEqual(["mostafa moradian"]);
  });

  it("attaches hedged numbers, quotes and cited sources to the main event", () => {
    expect(canonicals(main(seed002), "number")).toEqual(["2000|about|jihadist", "100|about|foreigner", "4|exact|region", "250|more-than|dead"]);
    expect(canonicals(main(seed002), "cited-source")).toEqual(["org:iq:ministry-of-defence", "person:hicham al-hachemi"]);
    expect(canonicals(main(seed000), "cited-source")).toEqual(["outlet:irna"]);
  });

  it("marks the pronoun attribution « …», s'est-il félicité as inferred", () => {
    const quote = main(seed000).slots.find((slot) => slot.type === "quote" && slot.span.text.includes("La coopération entre"))!;
    expect(quote.canonical.startsWith("saad mozher al-allaq|")).toBe(true);
    expect(quote.inferred).toBe(true);
    expect(quote.detail?.resolution).toBe("pronoun");
  });

  it("summarises the main events for the comparison list", () => {
    expect(main(seed000).summary).toBe("meeting · Baghdad · Thursday · IQ SY IR RU");
    expect(main(seed002).summary.startsWith("meeting · Baghdad · Saturday")).toBe(true);
  });
});

describe("buildClaims on an English wire fixture (en-01, Reuters style)", () => {
  const claims = claimsOf("data/eval/en-fixtures/en-01-reuters-baghdad.txt");
  const event = main(claims);

  it("finds the Baghdad meeting on Thursday, its chair and the deputy chiefs of staff leading the delegations", () => {
    expect(canonicals(event, "place")).toEqual(["city:iq:baghdad"]);
    expect(canonicals(event, "date")).toEqual(["weekday:4"]);
    expect(canonicals(event, "chair")).toEqual(["karim hassan al-saadi"]);
    const head = event.slots.find((slot) => slot.type === "delegation-head")!;
    expect(head.detail?.rank).toBe("deputy-chief-of-staff");
    expect(new Set(event.countries)).toEqual(new Set(["IQ", "IR", "RU", "SY"]));
  });

  it("reads English hedges and drops the outlet's own name from the cited sources", () => {
    expect(canonicals(event, "number")).toEqual(expect.arrayContaining(["3000|about|fighter", "500|more-than|foreigner", "40|at-least|person"]));
    expect(canonicals(event, "cited-source")).not.toContain("outlet:reuters");
  });

  it("keeps the pronoun-attributed quote (« …, he added ») inferred", () => {
    const quote = event.slots.find((slot) => slot.type === "quote" && slot.span.text.includes("Nobody can fight"))!;
    expect(quote.detail?.speakerId).toBe("karim hassan al-saadi");
    expect(quote.inferred).toBe(true);
  });
});
